import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNewsSite } from '../reports/fetch/newsSite.ts';
import { type CliRun, runCliHere } from './runCliHere.ts';

let dir: string;
let site: Awaited<ReturnType<typeof startNewsSite>>;
const QUESTION = 'How many vessels were diverted to Marrow Bay?';

/** The CLI (in this process) with the bot's configuration pointing into `dir`, and `env` on top. */
function cli(env: Record<string, string>, ...args: string[]): Promise<CliRun> {
	const environment = {
		...process.env,
		DATABASE_PATH: join(dir, 'factdesk.sqlite'),
		REPORTS_DIR: join(dir, 'shared'),
		FETCH_ALLOW_PRIVATE: 'true',
		NODE_ENV: 'test',
		...env,
	};
	return runCliHere(args, { env: environment });
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'factdesk-reports-cli-'));
	site = await startNewsSite();
	const shared = join(dir, 'shared');
	await import('node:fs').then((fs) => fs.mkdirSync(shared));
	writeFileSync(
		join(shared, 'harbour.md'),
		'# Harbour fire\n\nFirefighters said 40 boats burned in Gdansk on Monday.\n',
	);
});
afterAll(async () => {
	await site.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('npm run reports', () => {
	it('GIVEN add URL --server THEN it is stored for that server, and ask --server answers from it as the bot would', async () => {
		const added = await cli({}, 'reports', 'add', `${site.base}/article`, '--server', '111');
		expect(added).toMatchObject({ code: 0, stderr: '' });
		expect(added.stdout).toContain('Added "Dock workers strike at Port Halden" as dock-workers-strike-at-port-halden.');
		expect(added.stdout).toContain('Coastal Courier · 2026-03-02');
		const listed = await cli({}, 'reports', 'list', '--server', '111', '--json');
		const rows = listed.stdout
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line));
		expect(rows.map((r) => [r.id, r.scope])).toEqual([
			['dock-workers-strike-at-port-halden', 'server'],
			['harbour', 'shared'],
		]);
		const [here, elsewhere] = await Promise.all([
			cli({}, 'ask', '--json', '--data', join(dir, 'shared'), '--server', '111', QUESTION),
			cli({}, 'ask', '--json', '--data', join(dir, 'shared'), '--server', '222', QUESTION),
		]);
		expect(JSON.parse(here.stdout)).toMatchObject({ answered: true, answer: expect.stringContaining('6') });
		expect(JSON.parse(elsewhere.stdout).answer).not.toContain('6');
	});

	it('GIVEN the same URL again THEN it replaces the earlier copy', async () => {
		const again = await cli({}, 'reports', 'add', `${site.base}/article`, '--server', '111');
		expect(again.stdout).toMatch(/^Replaced the earlier copy of "Dock workers strike at Port Halden"/);
	});

	it.each([
		['a paywall stub', {}, '/paywall', /^Not added: .*no article text was found there/],
		[
			'a private address without FETCH_ALLOW_PRIVATE',
			{ FETCH_ALLOW_PRIVATE: 'false' },
			'/article',
			/127\.0\.0\.2 is a local or private address/,
		],
		['a server at its limit', { MAX_REPORTS_PER_SERVER: '1' }, '/plain', /the server already has 1 reports/],
	])('GIVEN %s THEN it exits 1 with the reason', async (_, env, path, reason) => {
		const run = await cli(env, 'reports', 'add', `${site.base}${path}`, '--server', '111');
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(reason);
	});

	it('GIVEN FETCH_ALLOW_PRIVATE=true in production THEN it exits 1 naming the key', async () => {
		const run = await cli({ NODE_ENV: 'production' }, 'reports', 'list');
		expect(run.code).toBe(1);
		expect(run.stderr).toContain('FETCH_ALLOW_PRIVATE');
	});

	it('GIVEN remove THEN the report is gone, and removing it again exits 1', async () => {
		expect((await cli({}, 'reports', 'remove', 'dock-workers-strike-at-port-halden', '--server', '111')).code).toBe(0);
		const again = await cli({}, 'reports', 'remove', 'dock-workers-strike-at-port-halden', '--server', '111');
		expect(again).toMatchObject({
			code: 1,
			stderr: 'There is no report "dock-workers-strike-at-port-halden" to remove there.\n',
		});
	});

	it('GIVEN add PATH without --server THEN it becomes a shared report file, and remove deletes it', async () => {
		const file = join(dir, 'Port Fees.md');
		writeFileSync(file, '---\ntitle: Port fees rise\ntags: [port]\n---\nPort fees rose 12 percent on Monday.\n');
		const added = await cli({}, 'reports', 'add', file);
		expect(added.stdout).toContain('Added "Port fees rise" as port-fees-rise.');
		expect(existsSync(join(dir, 'shared', 'port-fees-rise.md'))).toBe(true);
		expect((await cli({}, 'reports', 'list')).stdout).toContain('port-fees-rise  Port fees rise  [shared]');
		expect((await cli({}, 'reports', 'remove', 'port-fees-rise')).code).toBe(0);
		expect(existsSync(join(dir, 'shared', 'port-fees-rise.md'))).toBe(false);
	});

	it('GIVEN a bad command line THEN it exits 2 with the usage', async () => {
		const run = await cli({}, 'reports', 'add');
		expect(run.code).toBe(2);
		expect(run.stderr).toContain('usage: npm run --silent reports -- add PATH|URL [--server ID]');
	});
});
