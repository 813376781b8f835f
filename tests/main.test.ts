import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consoleText } from '../src/console/consoleText.ts';
import { FakeDiscord } from './discord/standIn/FakeDiscord.ts';
import { SpecValidator } from './discord/standIn/specValidator.ts';
import { startNewsSite } from './reports/fetch/newsSite.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.main-test-secret';

interface Started {
	child: ReturnType<typeof spawn>;
	exited: Promise<{ code: number | null; stdout: string; stderr: string }>;
	stderr: () => string;
	/** Resolves once stderr holds `text`; rejects if the process ends first. */
	logged: (text: string) => Promise<void>;
}

/** What `npm start` runs once it has built dist/ (its prestart): `npm test` builds it before the tests. */
const MAIN = [process.execPath, join(REPO, 'dist/main.js')];

/**
 * The built bot (`node dist/main.js`, as `npm start` runs it) with the given variables set; an empty DISCORD_TOKEN
 * keeps a developer's .env token out of the way. The first test runs `npm start` itself.
 */
function start(env: Record<string, string | undefined>, stdin = '', command = MAIN, cwd = REPO): Started {
	const [program = process.execPath, ...args] = command;
	const child = spawn(program, args, {
		cwd,
		// A budget no loaded machine runs out of: a report skipped for time would add a warning to what a test reads.
		env: withoutUnset({
			...process.env,
			DISCORD_TOKEN: '',
			LOG_LEVEL: 'info',
			REPORT_INDEX_BUDGET_MS: '60000',
			...env,
		}),
		stdio: ['pipe', 'pipe', 'pipe'],
	});
	let stdout = '';
	let stderr = '';
	child.stdout?.on('data', (chunk: Buffer) => {
		stdout += chunk.toString();
	});
	child.stderr?.on('data', (chunk: Buffer) => {
		stderr += chunk.toString();
	});
	child.stdin?.end(stdin);
	const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
		child.on('close', (code) => resolve({ code, stdout, stderr })),
	);
	const logged = (text: string) =>
		new Promise<void>((resolve, reject) => {
			const check = () => {
				if (!stderr.includes(text)) return;
				child.stderr?.off('data', check);
				resolve();
			};
			child.stderr?.on('data', check);
			check();
			void exited.then(() => reject(new Error(`exited before logging "${text}":\n${stderr}`)));
		});
	return { child, exited, stderr: () => stderr, logged };
}

function withoutUnset(env: Record<string, string | undefined>): Record<string, string> {
	return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'factdesk-main-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm start', () => {
	it('GIVEN no token and stdin closed THEN the console banner is printed and it exits 0', async () => {
		const { code, stdout } = await start({}, '', ['npm', 'start', '--silent']).exited;
		expect(code).toBe(0);
		expect(stdout).toContain(consoleText.chat.banner);
	});

	it('GIVEN a bad env value THEN it exits 1 with a message naming the key, and never prints the token', async () => {
		const { code, stdout, stderr } = await start({ DISCORD_TOKEN: TOKEN, LOG_LEVEL: 'loud' }).exited;
		expect(code).toBe(1);
		expect(stderr).toContain('LOG_LEVEL');
		expect(stdout + stderr).not.toContain(TOKEN);
		expect(stdout).not.toContain(consoleText.chat.banner);
	});

	it('GIVEN FETCH_ALLOW_PRIVATE=true in production THEN it exits 1 naming the key', async () => {
		const { code, stderr } = await start({ FETCH_ALLOW_PRIVATE: 'true', NODE_ENV: 'production' }).exited;
		expect(code).toBe(1);
		expect(stderr).toContain('FETCH_ALLOW_PRIVATE');
	});

	it('GIVEN a .env file THEN it fills unset keys but never overrides a variable already set', async () => {
		writeFileSync(join(dir, '.env'), 'LOG_LEVEL=loud\n');
		const [fromFile, fromEnv] = await Promise.all([
			start({ LOG_LEVEL: undefined }, '', MAIN, dir).exited,
			start({ LOG_LEVEL: 'warn' }, '', MAIN, dir).exited,
		]);
		expect(fromFile.code).toBe(1);
		expect(fromFile.stderr).toContain('LOG_LEVEL');
		expect(fromEnv.code).toBe(0);
		expect(fromEnv.stdout).toContain(consoleText.chat.banner);
	});

	it('GIVEN /reports add URL in the console chat THEN the article is added to the shared reports and answers next', async () => {
		const site = await startNewsSite();
		try {
			writeFileSync(join(dir, 'harbour.txt'), 'Firefighters said 40 boats burned in the harbour on Monday.\n');
			const env = { REPORTS_DIR: dir, CACHE_DIR: join(dir, '.cache'), FETCH_ALLOW_PRIVATE: 'true' };
			const lines = `/reports add ${site.base}/paywall\n/reports add ${site.base}/article\nHow many vessels were diverted to Marrow Bay?\n`;
			const { code, stdout } = await start(env, lines).exited;
			expect(code).toBe(0);
			expect(stdout).toContain(`Not added: ${site.base}/paywall: no article text was found there`);
			expect(stdout).toContain('Added "Dock workers strike at Port Halden" as dock-workers-strike-at-port-halden.');
			expect(stdout).toMatch(/6 vessels/);
			expect(existsSync(join(dir, 'dock-workers-strike-at-port-halden.md'))).toBe(true);
		} finally {
			await site.close();
		}
	}, 180_000);

	it('GIVEN a reports folder with a bad file THEN the bad file is logged by name and the chat answers from the rest', async () => {
		writeFileSync(join(dir, 'empty.txt'), '');
		writeFileSync(join(dir, 'harbour.txt'), 'Firefighters said 40 boats burned in the harbour on Monday.\n');
		const { code, stdout, stderr } = await start({ REPORTS_DIR: dir }, 'How many boats burned?\n').exited;
		expect(code).toBe(0);
		expect(stderr).toContain('empty.txt');
		expect(stdout).toContain('40 boats');
		expect(stdout).toMatch(/Harbour, paragraph 1, sentence 1/);
	});

	it('GIVEN a token and a database file that is not SQLite THEN it exits 1 naming the file, leaving it unchanged', async () => {
		const path = join(dir, 'factdesk.sqlite');
		writeFileSync(path, 'not a database');
		const { code, stdout, stderr } = await start({ DISCORD_TOKEN: TOKEN, DATABASE_PATH: path }).exited;
		expect(code).toBe(1);
		expect(stderr).toContain(path);
		expect(stdout + stderr).not.toContain(TOKEN);
		expect(readFileSync(path, 'utf8')).toBe('not a database');
	});

	it.each([
		['a folder', (dir: string) => dir],
		['a path under a file', (dir: string) => join(dir, 'a-file', 'factdesk.sqlite')],
	])(
		'GIVEN a token and a DATABASE_PATH that is %s THEN it exits 1 with one readable line, no stack trace',
		async (_what, pathIn) => {
			writeFileSync(join(dir, 'a-file'), 'x');
			const path = pathIn(dir);
			const { code, stdout, stderr } = await start({ DISCORD_TOKEN: TOKEN, DATABASE_PATH: path }).exited;
			expect(code).toBe(1);
			expect(stderr.trim().split('\n')).toEqual([
				expect.stringContaining(`The settings database ${path} cannot be opened`),
			]);
			expect(stderr).not.toMatch(/\n\s+at /);
			expect(stdout + stderr).not.toContain(TOKEN);
		},
	);

	it('GIVEN a token and an unreachable Discord API THEN the failure is logged without the token and it exits 1', async () => {
		const server = createServer().listen(0, '127.0.0.1');
		await once(server, 'listening');
		const { port } = server.address() as AddressInfo;
		server.close();
		const apiUrl = `http://127.0.0.1:${port}/api`;
		const path = join(dir, 'factdesk.sqlite');
		const { code, stdout, stderr } = await start({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: apiUrl, DATABASE_PATH: path })
			.exited;
		expect(code).toBe(1);
		expect(stderr).toContain('the Discord bot could not start');
		expect(stdout + stderr).not.toContain(TOKEN);
	}, 180_000);

	it('GIVEN a token and a Discord stand-in THEN the bot comes online, and SIGTERM stops it with exit 0', async () => {
		const discord = await FakeDiscord.start(new SpecValidator());
		const path = join(dir, 'db', 'factdesk.sqlite');
		const bot = start({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: discord.apiUrl, DATABASE_PATH: path });
		try {
			await discord.waitForRequest((r) => r.method === 'PUT' && r.path.includes('/commands'), 0, 20_000);
			await bot.logged('factdesk is online');
			bot.child.kill('SIGTERM');
			const { code, stdout, stderr } = await bot.exited;
			expect(code).toBe(0);
			expect(stderr).toContain('shutting down');
			expect(stdout + stderr).not.toContain(TOKEN);
			expect(existsSync(path)).toBe(true);
		} finally {
			if (bot.child.exitCode === null) bot.child.kill('SIGTERM');
			await discord.close();
		}
	}, 180_000);
});
