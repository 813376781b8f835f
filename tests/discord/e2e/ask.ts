import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { clickButton, slash } from '../standIn/interactions.ts';
import { EPHEMERAL, opt } from '../standIn/options.ts';
import type { SpecValidator } from '../standIn/specValidator.ts';
import { startTestBot } from '../standIn/startTestBot.ts';
import { useTestBot } from '../standIn/useTestBot.ts';

const REPORT = readFileSync(
	new URL('../../fixtures/discord-reports/energy-truce-strikes.txt', import.meta.url),
	'utf8',
);
const PARAGRAPHS = REPORT.split('\n').filter((line) => line.trim() !== '');

/** /ask: the sourced answer, its buttons, declines, private answers, the cooldown and mentions in questions. */
export function askTests(validator: SpecValidator): void {
	describe('/ask', () => {
		const bot = useTestBot(validator);
		const ask = (question: string, extra = [] as ReturnType<typeof opt.boolean>[]) =>
			slash(bot().discord, 'ask', [opt.string('question', question), ...extra]).answer();

		test('answers /ask with the short answer, the quoted sentence with the answering words in bold, its source and confidence', async () => {
			const { body } = await ask('How many drones were shot down?');
			expect(body.type, 'deferred, then the answer edits @original').toBe(5);
			const embed = body.data.embeds[0];
			expect(embed.title).toBe('72 drones');
			expect(embed.description).toContain('shoot down **72 drones**, but critical infrastructure');
			expect(embed.fields).toEqual([
				{ name: 'Source', value: 'Energy truce strikes, paragraph 5', inline: true },
				{ name: 'Confidence', value: expect.stringMatching(/^\d{1,3}%$/), inline: true },
			]);
			expect(body.data.components[0].components[0]).toMatchObject({
				label: 'Show paragraph',
				custom_id: 'para:5:energy-truce-strikes',
			});
			expect(body.data.flags ?? 0).toBe(0);
		});

		test('shows the paragraph verbatim, only to the member who pressed "Show paragraph"', async () => {
			const { body: answer } = await ask('How many drones were shot down?');
			const { body } = await clickButton(bot().discord, 'para:5:energy-truce-strikes', answer.data).callback();
			expect(body.type).toBe(4);
			expect(body.data.flags).toBe(EPHEMERAL);
			expect(body.data.embeds[0].title).toBe('Energy truce strikes, paragraph 5');
			expect(body.data.embeds[0].description).toBe(PARAGRAPHS[4]);
		});

		test('answers privately when private is true', async () => {
			const { body } = await ask('How many drones were shot down?', [opt.boolean('private', true)]);
			expect(body.data.flags).toBe(EPHEMERAL);
			expect(body.data.embeds[0].title).toBe('72 drones');
		});

		test('says "not in the report" for a question the report does not cover, naming the closest topics', async () => {
			const question = 'What is the capital of France?';
			const expected = bot().factdesk.ask(question);
			expect(expected.answered).toBe(false);
			const { body } = await ask(question);
			expect(body.data.content).toMatch(/^The report does not say\./);
			for (const topic of expected.closestTopics) expect(body.data.content).toContain(topic);
			expect(body.data.embeds ?? []).toEqual([]);
		});

		test('shows conflicting figures side by side, each with its source', async () => {
			const candidates = ['How many drones?', 'How many drones did Russia launch?', 'How many drones were launched?'];
			const question = candidates.find((q) => bot().factdesk.ask(q).conflicts.length > 0);
			expect(question, 'a question whose answer has conflicting figures').toBeDefined();
			const answer = bot().factdesk.ask(question as string);
			const { body } = await ask(question as string);
			const sideBySide = body.data.embeds[1];
			expect(sideBySide.title).toBe('The reports give different figures');
			expect(sideBySide.fields.length).toBe(1 + Math.min(answer.conflicts.length, 2));
			expect(sideBySide.fields.every((f: { inline: boolean }) => f.inline)).toBe(true);
			expect(sideBySide.fields[0].value).toContain(answer.answer);
			const conflict = answer.conflicts[0];
			expect(sideBySide.fields[1].value).toContain(conflict?.text);
			expect(sideBySide.fields[1].value).toContain(`paragraph ${conflict?.source.paragraph}`);
		});

		test('offers "Did you mean" buttons below the confidence floor, and answers the one pressed', async () => {
			const candidates = [
				'What did Zelensky say?',
				'weather in Sumy?',
				'How long was the truce the White House pushed for?',
			];
			const question = candidates.find((q) => {
				const a = bot().factdesk.ask(q);
				return a.answered && a.confidence < 0.6 && a.alternatives.length > 0;
			});
			expect(question, 'a low-confidence question with alternatives').toBeDefined();
			const answer = bot().factdesk.ask(question as string);
			const { body } = await ask(question as string);
			expect(body.data.content).toBe('I am not sure about this one. Did you mean one of these?');
			const buttons = body.data.components[1].components as { label: string; custom_id: string }[];
			expect(buttons).toHaveLength(Math.min(3, answer.alternatives.length));
			const first = answer.alternatives[0];
			expect(buttons[0]?.custom_id).toBe(
				`alt:${first?.source.paragraph}:${first?.source.start}:${first?.source.end}:${first?.source.report}`,
			);
			const click = clickButton(bot().discord, buttons[0]?.custom_id ?? '', body.data);
			expect((await click.callback()).body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
			const { body: picked } = await click.answer();
			expect(picked.data.flags).toBe(EPHEMERAL);
			const shown = JSON.stringify(picked.data.embeds);
			expect(shown).toContain(`paragraph ${first?.source.paragraph}`);
			const more = picked.data.components.flatMap((row: { components: { custom_id: string }[] }) => row.components);
			expect(more.map((b: { custom_id: string }) => b.custom_id)).toContain(
				`para:${first?.source.paragraph}:${first?.source.report}`,
			);
		});

		test('a "Did you mean" button whose label is a whole question asks that question again', async () => {
			const customId = 'alt:5:255:447:energy-truce-strikes';
			const button = { type: 2, style: 2, label: 'How many drones were shot down?', custom_id: customId };
			const sent = { content: 'Did you mean…', components: [{ type: 1, components: [button] }] };
			const { body } = await clickButton(bot().discord, customId, sent).answer();
			expect(body.data.flags).toBe(EPHEMERAL);
			expect(body.data.embeds[0].title).toBe('72 drones');
			expect(body.data.embeds[0].description).toContain('**72 drones**');
		});

		test('answers /ask in direct messages too', async () => {
			const exchange = slash(bot().discord, 'ask', [opt.string('question', 'How many drones were shot down?')], {
				channel: 'dm',
			});
			const { body } = await exchange.answer();
			expect(body.data.embeds[0].title).toBe('72 drones');
		});

		test('a question holding @everyone, @here, a role and a user mention pings no one', async () => {
			const question = '@everyone @here <@&400000000000000001> <@300000000000000001> how many drones were shot down?';
			const { body } = await ask(question);
			expect(body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
			expect(body.data.embeds[0].footer.text).toContain('@everyone');
		});
	});

	describe('/ask cooldown', () => {
		test('tells a member who asks again within the cooldown to wait, without affecting other members', async () => {
			const t = await startTestBot(validator, { cooldownSeconds: 30 });
			try {
				const question = [opt.string('question', 'How many drones were shot down?')];
				const first = await slash(t.discord, 'ask', question, { who: 'member' }).answer();
				expect(first.body.data.embeds[0].title).toBe('72 drones');
				const second = await slash(t.discord, 'ask', question, { who: 'member' }).callback();
				expect(second.body.data.flags).toBe(EPHEMERAL);
				expect(second.body.data.content).toMatch(/^You are asking quickly\. Please wait (29|30) s/);
				const other = await slash(t.discord, 'ask', question, { who: 'moderator' }).answer();
				expect(other.body.data.embeds[0].title).toBe('72 drones');
				expect(t.discord.violations).toEqual([]);
			} finally {
				await t.stop();
			}
		});
	});
}
