import { describe, expect, test } from 'vitest';
import { clickButton, slash } from '../standIn/interactions.ts';
import { EPHEMERAL, opt } from '../standIn/options.ts';
import type { SpecValidator } from '../standIn/specValidator.ts';
import { useTestBot } from '../standIn/useTestBot.ts';

/** 👍 / 👎 on answers, and what moderators see of them in /config feedback. */
export function feedbackTests(validator: SpecValidator): void {
	describe('feedback on answers', () => {
		const bot = useTestBot(validator);
		const votesOf = (components: { components: { custom_id: string; emoji?: { name: string } }[] }[]) =>
			components.flatMap((row) => row.components).filter((b) => b.custom_id.startsWith('vote:'));

		test('two members vote on an answer, one changes their vote, and a moderator sees it in /config feedback', async () => {
			const { discord } = bot();
			const { body: answer } = await slash(discord, 'ask', [opt.string('question', 'Who is Donald Trump?')]).edit();
			const [up, down] = votesOf(answer.components);
			expect(up).toMatchObject({ emoji: { name: '👍' } });
			expect(down).toMatchObject({ emoji: { name: '👎' } });
			const vote = async (custom: string, who: 'member' | 'moderator') =>
				(await clickButton(discord, custom, answer, { who }).callback()).body.data;
			expect(await vote(down?.custom_id ?? '', 'member')).toMatchObject({
				content: expect.stringContaining('Votes so far: 0 👍, 1 👎'),
				flags: EPHEMERAL,
			});
			expect((await vote(down?.custom_id ?? '', 'moderator')).content).toContain('Votes so far: 0 👍, 2 👎');
			expect((await vote(down?.custom_id ?? '', 'moderator')).content).toContain('Votes so far: 0 👍, 2 👎');
			expect((await vote(up?.custom_id ?? '', 'member')).content).toContain('Votes so far: 1 👍, 1 👎');

			const { body: declined } = await slash(discord, 'ask', [
				opt.string('question', 'Who won the football match?'),
			]).edit();
			expect(votesOf(declined.components)).toHaveLength(2);

			const { body } = await slash(discord, 'config', [opt.subcommand('feedback', [])], {
				who: 'moderator',
			}).callback();
			expect(body.data.flags).toBe(EPHEMERAL);
			const [wrong, declinedList] = body.data.embeds;
			expect(wrong.title).toBe('Answers members voted wrong');
			expect(wrong.description).toMatch(
				/^1\. 1× 👎, 1× 👍: “Who is Donald Trump\?” → \*\*.+\*\* \(Energy truce strikes, paragraph \d\)$/,
			);
			expect(declinedList.description).toContain('1× Who won the football match?');
			const source = body.data.components[0].components[0];
			expect(source).toMatchObject({
				label: 'Source of 1',
				custom_id: expect.stringMatching(/^para:\d:energy-truce-strikes$/),
			});
			const { body: paragraph } = await clickButton(discord, source.custom_id, body.data, {
				who: 'moderator',
			}).callback();
			expect(paragraph.data.flags).toBe(EPHEMERAL);
			expect(discord.violations).toEqual([]);
		});

		test('a vote on an answer the bot no longer keeps is refused politely', async () => {
			const { body } = await clickButton(bot().discord, 'vote:up:unknownAnswer', { components: [] }).callback();
			expect(body.data).toMatchObject({
				content: 'That answer is too old to vote on. Ask again with /ask.',
				flags: EPHEMERAL,
			});
		});
	});
}
