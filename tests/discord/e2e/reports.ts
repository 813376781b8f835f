import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startNewsSite } from '../../reports/fetch/newsSite.ts';
import { IDS } from '../standIn/ids.ts';
import { autocomplete, slash } from '../standIn/interactions.ts';
import { EPHEMERAL, opt } from '../standIn/options.ts';
import type { InteractionPlace, OptionValue } from '../standIn/payloads.ts';
import type { SpecValidator } from '../standIn/specValidator.ts';
import { startTestBot, type TestBot } from '../standIn/startTestBot.ts';

const QUESTION = 'How many vessels were diverted to Marrow Bay?';

/** /reports: moderators add news links and files per server; each server answers from its own plus the shared. */
export function reportsTests(validator: SpecValidator): void {
	describe('/reports', () => {
		let site: Awaited<ReturnType<typeof startNewsSite>>;
		let dir: string;
		let running: TestBot;
		const bot = () => running;
		const start = (discord?: TestBot['discord']) =>
			startTestBot(validator, {
				...(discord && { discord }),
				reports: { databasePath: join(dir, 'factdesk.sqlite'), cacheDir: join(dir, 'cache'), maxReports: 3 },
			});
		beforeAll(async () => {
			site = await startNewsSite();
			dir = mkdtempSync(join(tmpdir(), 'factdesk-reports-e2e-'));
			running = await start();
		});
		afterAll(async () => {
			await running?.stop();
			await site.close();
			rmSync(dir, { recursive: true, force: true });
		});
		const reports = (sub: string, options: OptionValue[] = [], place: InteractionPlace = {}, resolved?: object) =>
			slash(bot().discord, 'reports', [opt.subcommand(sub, options)], { who: 'moderator', ...place }, resolved);
		const addUrl = (path: string, place: InteractionPlace = {}) =>
			reports('add', [opt.string('url', `${site.base}${path}`)], place).answer();
		const ask = (place: InteractionPlace = {}) =>
			slash(bot().discord, 'ask', [opt.string('question', QUESTION)], place).answer();
		const noViolations = () => expect(bot().discord.violations.splice(0)).toEqual([]);

		test('a moderator adds a news link: the reply says what was understood, as plain text', async () => {
			const { body } = await addUrl('/r/2');
			expect(body.data.flags).toBe(EPHEMERAL);
			const content: string = body.data.content;
			expect(content).toContain('Added **Dock workers strike at Port Halden**.');
			expect(content).toContain('Coastal Courier · 2026-03-02 · ');
			expect(content).toContain('By Mara Lind');
			expect(content).toMatch(/First sentence:\n> Dock workers at Port Halden walked out on Sunday/);
			expect(content).not.toMatch(/<script|alert\(1\)|[^\\]\*\*bold/);
			noViolations();
		});

		test('the same link again replaces the earlier copy', async () => {
			const { body } = await addUrl('/r/2');
			expect(body.data.content).toContain('Replaced the earlier copy of **Dock workers strike at Port Halden**');
			expect(await listIds()).toEqual(['dock-workers-strike-at-port-halden']);
			noViolations();
		});

		test('the server with the report answers from it, with its link; another server does not', async () => {
			const here = await ask();
			expect(JSON.stringify(here.body.data)).toContain('6 vessels');
			expect(here.body.data.embeds[0].url).toBe('https://coastal.example/strike');
			expect(here.body.data.embeds[0].fields[0].value).toMatch(
				/^Dock workers strike at Port Halden, paragraph \d+ \(from this server’s reports\)$/,
			);
			const elsewhere = await ask({ guild: IDS.otherGuild });
			expect(JSON.stringify(elsewhere.body.data)).not.toContain('6 vessels');
			expect(JSON.stringify(elsewhere.body.data)).toContain('does not say');
			noViolations();
		});

		test('a "when" answer in relative words shows the date it means against the report’s published date', async () => {
			const when = (question: string) => slash(bot().discord, 'ask', [opt.string('question', question)]).answer();
			expect((await when('When did dock workers walk out?')).body.data.embeds[0].title).toBe(
				'2026-03-01 \\(“on Sunday”\\)',
			);
			const talks = await when('When did talks with the Halden Port Authority break down?');
			expect(talks.body.data.embeds[0].title).toBe('2026-02-23 \\(“last week”\\)');
			noViolations();
		});

		test('date facts in relative words show the date they stand for', async () => {
			const { body } = await slash(bot().discord, 'facts', [
				opt.string('kind', 'date'),
				opt.string('about', 'Port Halden'),
			]).answer();
			const sheet = JSON.stringify(body.data);
			expect(sheet).toContain('2026-03-01 \\\\(“on Sunday”\\\\)');
			noViolations();
		});

		test('a member without Manage Server is refused, and nothing is added', async () => {
			const { body } = await reports('add', [opt.string('url', `${site.base}/plain`)], { who: 'member' }).answer();
			expect(body.data).toMatchObject({
				flags: EPHEMERAL,
				content: 'Only members with the Manage Server permission can add or remove reports.',
			});
			expect(await listIds()).toHaveLength(1);
			noViolations();
		});

		test('an uploaded .md file is read from the CDN and added; a PDF is refused by its name', async () => {
			const file = bot().discord.attach(
				'harbour.md',
				'---\ntitle: Harbour fees\nauthor: Desk\n---\nHarbour fees rose 12 percent on Monday, the port authority said.\n',
			);
			const { body } = await reports(
				'add',
				[opt.attachment('file', file.id)],
				{},
				{ attachments: { [file.id]: file } },
			).answer();
			expect(body.data.content).toContain('Added **Harbour fees**.');
			const pdf = bot().discord.attach('scan.pdf', '%PDF-1.4', 'application/pdf');
			const refused = await reports(
				'add',
				[opt.attachment('file', pdf.id)],
				{},
				{ attachments: { [pdf.id]: pdf } },
			).answer();
			expect(refused.body.data.content).toBe('Only .txt, .md and .html files can be added (not .pdf).');
			noViolations();
		});

		test.each([
			['/paywall', /No article text was found there/],
			['/home', /No article text was found there/],
			['/pdf', /not a web page or text \(it is application\/pdf\)/],
			['/r/7', /redirects more than 5 times/],
			['/huge', /larger than the limit/],
		])('a link to %s is refused with its reason', async (path, reason) => {
			const { body } = await addUrl(path);
			expect(body.data.content).toMatch(reason);
			noViolations();
		});

		test('past MAX_REPORTS_PER_SERVER a new report is refused with the limit', async () => {
			await addUrl('/plain');
			const { body } = await reports('add', [opt.string('url', `${site.base}/article?again`)]).answer();
			expect(body.data.content).toBe('This server already has 3 reports, the most it may have. Remove one first.');
			noViolations();
		});

		test('/reports list shows the server’s own and the shared ones, to anyone', async () => {
			const { body } = await reports('list', [], { who: 'member' }).answer();
			expect(body.data.content).toContain(
				'**Dock workers strike at Port Halden** (dock-workers-strike-at-port-halden): this server · Coastal Courier · 2026-03-02',
			);
			expect(body.data.content).toMatch(/: shared · /);
			noViolations();
		});

		test('a moderator’s add survives a restart of the bot', async () => {
			const discord = bot().discord;
			await running.bot.stop();
			await running.store.close();
			running = await start(discord);
			expect(await listIds()).toContain('dock-workers-strike-at-port-halden');
			expect(JSON.stringify((await ask()).body.data)).toContain('6 vessels');
			noViolations();
		});

		test('remove offers only the server’s own reports and removes one', async () => {
			const typed = await autocomplete(
				bot().discord,
				'reports',
				[opt.subcommand('remove', [opt.string('report', 'harb', true)])],
				{ who: 'moderator' },
			).callback();
			expect(typed.body.data.choices).toEqual([{ name: 'Harbour fees', value: 'harbour-fees' }]);
			const { body } = await reports('remove', [opt.string('report', 'harbour-fees')]).answer();
			expect(body.data.content).toBe('Removed **Harbour fees**.');
			const again = await reports('remove', [opt.string('report', 'energy-truce-strikes')]).answer();
			expect(again.body.data.content).toMatch(/has no report "energy-truce-strikes" of its own/);
			noViolations();
		});

		async function listIds(): Promise<string[]> {
			const { body } = await reports('list').answer();
			return [...String(body.data.content).matchAll(/\(([\w-]+)\): this server/g)].map((m) => m[1] ?? '');
		}
	});
}
