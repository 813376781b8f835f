import { describe, expect, test } from 'vitest';
import type { Factdesk } from '../../../src/core/Factdesk.ts';
import { toAsyncFactdesk } from '../../../src/engine/AsyncFactdesk.ts';
import { IDS } from '../standIn/ids.ts';
import { askAboutMessage, autocomplete, clickButton, slash } from '../standIn/interactions.ts';
import { EPHEMERAL, opt } from '../standIn/options.ts';
import type { SpecValidator } from '../standIn/specValidator.ts';
import { testFactdesk } from '../standIn/startTestBot.ts';
import { useTestBot } from '../standIn/useTestBot.ts';

const DEFERRED = 5;

/** A real core that fails with a bug (not a UserError) on one question, to reach the apology path. */
function faultyFactdesk(): Factdesk {
	const real = testFactdesk();
	return {
		...real,
		ask: (question) => {
			if (question.includes('crash')) throw new Error('boom in the core');
			return real.ask(question);
		},
	};
}

/** /summary, /facts, /source, /help, the context menu, autocomplete and the error paths. */
export function contentTests(validator: SpecValidator): void {
	describe('/summary, /facts, /source, /help and "Ask factdesk"', () => {
		const bot = useTestBot(validator, { engine: toAsyncFactdesk(faultyFactdesk()) });

		test('defers /summary, then edits in the summary with each sentence’s paragraph', async () => {
			const exchange = slash(bot().discord, 'summary');
			expect((await exchange.callback()).body).toEqual({ type: DEFERRED, data: { flags: 0 } });
			const { body } = await exchange.edit();
			const expected = bot().factdesk.summarise();
			expect(body.embeds[0].title).toBe('Energy truce strikes');
			expect(body.embeds[0].description.split('\n')).toHaveLength(expected.sentences.length);
			expect(body.embeds[0].description).toContain(`*(¶${expected.sentences[0]?.paragraph})*`);
			expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
		});

		test('/summary with a length and a topic says so under the summary', async () => {
			const exchange = slash(bot().discord, 'summary', [opt.string('length', 'medium'), opt.string('topic', 'drones')]);
			const { body } = await exchange.edit();
			expect(body.embeds[0].footer.text).toBe('medium summary about "drones"');
		});

		test('/summary of an unknown report tells only the asker that there is no such report', async () => {
			const exchange = slash(bot().discord, 'summary', [opt.string('report', 'nope')]);
			const { body } = await exchange.followUp();
			expect(body).toMatchObject({ content: 'There is no report called "nope".', flags: EPHEMERAL });
			const deleted = bot().discord.requests.some((r) => r.method === 'DELETE' && r.path.includes(exchange.token));
			expect(deleted).toBe(true);
		});

		test('defers /facts and pages through the facts with Next and Previous', async () => {
			const all = bot().factdesk.facts();
			expect(all.length, 'enough facts for two pages').toBeGreaterThan(5);
			const exchange = slash(bot().discord, 'facts');
			expect((await exchange.callback()).body.type).toBe(DEFERRED);
			const { body: first } = await exchange.edit();
			const pages = Math.ceil(all.length / 5);
			expect(first.embeds[0].footer.text).toBe(`Page 1 of ${pages} · ${all.length} facts`);
			expect(first.embeds[0].description).toContain(all[0]?.text);
			const [previous, next] = first.components[0].components;
			expect(previous).toMatchObject({ label: 'Previous', disabled: true });
			const { body: second } = await clickButton(bot().discord, next.custom_id, first).callback();
			expect(second.type).toBe(7);
			expect(second.data.embeds[0].footer.text).toBe(`Page 2 of ${pages} · ${all.length} facts`);
			expect(second.data.embeds[0].description).toContain(all[5]?.text);
			const back = second.data.components[0].components[0].custom_id;
			const { body: again } = await clickButton(bot().discord, back, second.data).callback();
			expect(again.data.embeds[0].footer.text).toBe(`Page 1 of ${pages} · ${all.length} facts`);
		});

		test('/facts kind:count about:drones lists only counts about drones, each cited', async () => {
			const expected = bot().factdesk.facts({ kind: 'count', about: 'drones' });
			const exchange = slash(bot().discord, 'facts', [opt.string('kind', 'count'), opt.string('about', 'drones')]);
			const { body } = await exchange.edit();
			if (expected.length === 0) {
				expect(body.content).toBe('No facts of that kind were found.');
				return;
			}
			expect(body.embeds[0].title).toBe('Facts (count) about "drones"');
			const lines = body.embeds[0].description.split('\n').filter((l: string) => l.startsWith('**'));
			expect(lines).toHaveLength(Math.min(5, expected.length));
			for (const line of lines) expect(line).toMatch(/\(Energy truce strikes, ¶\d+\)\*$/);
		});

		test('/source paragraph:5 returns the paragraph verbatim', async () => {
			const { body } = await slash(bot().discord, 'source', [opt.integer('paragraph', 5)]).callback();
			expect(body.data.embeds[0].description).toBe(bot().factdesk.paragraph(5).text);
			expect(body.data.embeds[0].title).toBe('Energy truce strikes, paragraph 5');
		});

		test('/source paragraph:99 tells only the asker how many paragraphs there are', async () => {
			const { body } = await slash(bot().discord, 'source', [opt.integer('paragraph', 99)]).callback();
			expect(body.data).toMatchObject({ flags: EPHEMERAL, content: expect.stringContaining('has 9 paragraphs') });
		});

		test('/help explains the commands, only to the asker', async () => {
			const { body } = await slash(bot().discord, 'help').callback();
			expect(body.data.flags).toBe(EPHEMERAL);
			for (const name of ['/ask', '/summary', '/facts', '/source', 'Ask factdesk', '/config']) {
				expect(body.data.embeds[0].description).toContain(name);
			}
		});

		test('answers "Ask factdesk" on a message with the sourced answer to the question in it', async () => {
			const { body } = await askAboutMessage(bot().discord, 'How many drones were shot down?').answer();
			expect(body.data.embeds[0].title).toBe('72 drones');
			expect(body.data.embeds[0].fields[0].value).toBe('Energy truce strikes, paragraph 5');
		});

		test('"Ask factdesk" on a message holding only mentions says it holds no question, only to the asker', async () => {
			const { body } = await askAboutMessage(bot().discord, `<@${IDS.member}> <#${IDS.news}>`).callback();
			expect(body.data).toMatchObject({
				flags: EPHEMERAL,
				content: 'That message holds no text I can read as a question.',
			});
		});

		test('suggests questions the reports can answer while /ask question is typed', async () => {
			const { body } = await autocomplete(bot().discord, 'ask', [opt.string('question', 'how many', true)]).callback();
			expect(body.type).toBe(8);
			const expected = bot().factdesk.suggest('how many', 25);
			expect(expected.length).toBeGreaterThan(0);
			expect(body.data.choices).toEqual(expected.map((s) => ({ name: s, value: s })));
		});

		test('offers the reports by title while /summary report is typed', async () => {
			const { body } = await autocomplete(bot().discord, 'summary', [opt.string('report', 'truce', true)]).callback();
			expect(body.data.choices).toEqual([{ name: 'Energy truce strikes', value: 'energy-truce-strikes' }]);
		});

		test('a bug is logged and the user gets the apology, only to them', async () => {
			const { body } = await slash(bot().discord, 'ask', [opt.string('question', 'why does it crash?')]).followUp();
			expect(body).toMatchObject({
				flags: EPHEMERAL,
				content: 'Sorry, something went wrong on my side. Please try again in a moment.',
			});
			expect(bot().logs.join('')).toContain('boom in the core');
		});
	});
}
