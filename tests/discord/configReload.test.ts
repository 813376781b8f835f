/**
 * `/config reload` end to end through the stand-in: the real bot, a real EngineSupervisor on a temporary reports
 * folder, its engine on a worker thread.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { EngineSupervisor } from '../../src/engine/EngineSupervisor.ts';
import { slash } from './standIn/interactions.ts';
import { EPHEMERAL, opt } from './standIn/options.ts';
import { SpecValidator } from './standIn/specValidator.ts';
import { useTestBot } from './standIn/useTestBot.ts';

const work = mkdtempSync(join(tmpdir(), 'factdesk-reload-'));
const reportsDir = join(work, 'reports');
mkdirSync(reportsDir);
copyFileSync('tests/fixtures/discord-reports/energy-truce-strikes.txt', join(reportsDir, 'energy-truce-strikes.txt'));
const library = await EngineSupervisor.open(reportsDir, { cacheDir: join(work, 'cache') });
afterAll(async () => {
	await library.close();
	rmSync(work, { recursive: true, force: true });
});

describe('/config reload', () => {
	const bot = useTestBot(new SpecValidator(), {
		engine: library.factdesk,
		reloadReports: () => library.reload(),
	});
	const reload = (who: 'moderator' | 'member') =>
		slash(bot().discord, 'config', [opt.subcommand('reload', [])], { who }).answer();
	const ask = (question: string) =>
		slash(bot().discord, 'ask', [opt.string('question', question)], { who: 'member' }).answer();

	test('a moderator reloads: new reports are answered from, bad files are named, only they see the reply', async () => {
		writeFileSync(
			join(reportsDir, 'lighthouses.md'),
			'The city council said 17 lighthouses were repainted in Farrowmouth this spring.\n',
		);
		writeFileSync(join(reportsDir, 'broken.md'), '---\ntitle: never closed\n');
		const { body } = await reload('moderator');
		expect(body.data.flags).toBe(EPHEMERAL);
		expect(body.data.content).toBe('Reloaded: 2 reports loaded. Skipped a bad file: broken.md.');
		const answer = await ask('How many lighthouses were repainted?');
		expect(JSON.stringify(answer.body)).toContain('17 lighthouses');
	});

	test('a plain member is refused and nothing is reloaded', async () => {
		writeFileSync(join(reportsDir, 'another.md'), 'A ferry carried 40 passengers across the bay on Friday.\n');
		const { body } = await reload('member');
		expect(body.data).toMatchObject({
			flags: EPHEMERAL,
			content: 'Only members with the Manage Server permission can change my settings.',
		});
		expect(library.reports()).toBe(2);
	});
});

describe('/config reload without a library', () => {
	const bot = useTestBot(new SpecValidator());

	test('says reloading is not available', async () => {
		const { body } = await slash(bot().discord, 'config', [opt.subcommand('reload', [])], {
			who: 'moderator',
		}).answer();
		expect(body.data).toMatchObject({
			flags: EPHEMERAL,
			content: 'Reloading the reports is not available in this bot.',
		});
	});
});
