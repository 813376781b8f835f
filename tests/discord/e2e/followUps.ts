import { describe, expect, test } from 'vitest';
import type { FakeDiscord } from '../standIn/FakeDiscord.ts';
import { PERMISSIONS } from '../standIn/ids.ts';
import { interact, slash } from '../standIn/interactions.ts';
import { opt } from '../standIn/options.ts';
import { CHANNELS, interactionBase, messageCreate } from '../standIn/payloads.ts';
import type { SpecValidator } from '../standIn/specValidator.ts';
import { useTestBot } from '../standIn/useTestBot.ts';

/** Create Public Threads (1 << 35) on top of what the bot holds in the stand-in's channels. */
const MAY_THREAD = String(BigInt(PERMISSIONS.app) + (1n << 35n));

/** Posts a member's message (a reply to `replyTo`, or in the thread `channelId`) and waits for the bot's reply. */
function followUp(discord: FakeDiscord, content: string, where: { replyTo?: string; channelId?: string }) {
	const from = discord.requests.length;
	const message = messageCreate({ who: 'member', channel: 'general', content, ...where });
	discord.dispatch('MESSAGE_CREATE', message);
	return discord.waitForRequest(
		(r) => r.method === 'POST' && r.body?.message_reference?.message_id === message.id,
		from,
	);
}

/** Follow-up questions: by replying to an answer, and in a thread the bot opened for one. */
export function followUpTests(validator: SpecValidator): void {
	describe('follow-up questions', () => {
		const bot = useTestBot(validator);

		test('a reply to an answer is read with its question as context, and the answer says which it followed', async () => {
			const { discord } = bot();
			const first = await slash(discord, 'ask', [opt.string('question', 'How many drones were shot down?')]).edit();
			expect(first.body.embeds[0].title).toBe('72 drones');
			const reply = await followUp(discord, 'and how many were launched?', { replyTo: first.response.id });
			expect(reply.body.content).toContain('Following up on “How many drones were shot down?”');
			expect(reply.body.embeds[0].title).toMatch(/^1(45|50) drones$/);
			expect(reply.body.embeds[0].footer.text).toBe(
				'how many drones were launched? (following up on “How many drones were shot down?”)',
			);
			// The bot's reply is itself an answer to follow up on.
			const where = await followUp(discord, 'where?', { replyTo: reply.response.id });
			expect(where.body.content).toContain('Following up on “and how many were launched?”');
		});

		test('/ask thread:true opens a thread on the answer; a message there follows up without a mention', async () => {
			const { discord } = bot();
			const data = {
				id: '1',
				name: 'ask',
				type: 1,
				options: [opt.string('question', 'How many drones were shot down?'), opt.boolean('thread', true)],
			};
			const exchange = interact(discord, { ...interactionBase(2, data), app_permissions: MAY_THREAD });
			const answer = await exchange.edit();
			const opened = await discord.waitForRequest((r) => r.path.endsWith(`/messages/${answer.response.id}/threads`));
			expect(opened.path).toBe(`/api/v10/channels/${CHANNELS.general.id}/messages/${answer.response.id}/threads`);
			expect(opened.body.name).toBe('How many drones were shot down?');
			const reply = await followUp(discord, 'and how many were launched?', { channelId: opened.response.id });
			expect(reply.path).toBe(`/api/v10/channels/${opened.response.id}/messages`);
			expect(reply.body.embeds[0].title).toMatch(/^1(45|50) drones$/);
			expect(discord.violations).toEqual([]);
		});

		test('/ask thread:true where the bot may not create threads answers in the channel and says so to the asker', async () => {
			const exchange = slash(bot().discord, 'ask', [
				opt.string('question', 'How many drones were shot down?'),
				opt.boolean('thread', true),
			]);
			expect((await exchange.edit()).body.embeds[0].title).toBe('72 drones');
			const note = await exchange.followUp();
			expect(note.body).toMatchObject({ content: expect.stringContaining('I cannot open a thread here'), flags: 64 });
		});
	});
}
