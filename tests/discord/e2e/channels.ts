import { describe, expect, test } from 'vitest';
import type { FakeDiscord } from '../standIn/FakeDiscord.ts';
import { IDS } from '../standIn/ids.ts';
import { slash } from '../standIn/interactions.ts';
import { EPHEMERAL, opt } from '../standIn/options.ts';
import { CHANNELS, messageCreate, type TestChannel, type TestUser } from '../standIn/payloads.ts';
import type { SpecValidator } from '../standIn/specValidator.ts';
import { startTestBot } from '../standIn/startTestBot.ts';
import { useTestBot } from '../standIn/useTestBot.ts';

const BOT_MENTION = `<@${IDS.bot}>`;

/** Posts a message; `reply()` waits for the bot's reply to it, `replied()` says whether one was sent so far. */
function post(
	discord: FakeDiscord,
	who: TestUser,
	channel: TestChannel,
	content: string,
	mentionsBot = content.includes(BOT_MENTION),
) {
	const from = discord.requests.length;
	const message = messageCreate({ who, channel, content, mentions: mentionsBot ? ['bot'] : [] });
	discord.dispatch('MESSAGE_CREATE', message);
	const isReply = (r: { path: string; body: { message_reference?: { message_id?: string } } }) =>
		r.path === `/api/v10/channels/${CHANNELS[channel].id}/messages` &&
		r.body?.message_reference?.message_id === message.id;
	return {
		reply: () => discord.waitForRequest(isReply, from),
		replied: () => discord.requests.slice(from).some(isReply),
	};
}

/**
 * Messages are handled in order, so once a later message (the sentinel) was answered, an earlier one that got
 * no reply will never get one.
 */
async function expectNoReply(discord: FakeDiscord, ignored: ReturnType<typeof post>, sentinelChannel: TestChannel) {
	await post(discord, 'member', sentinelChannel, `${BOT_MENTION} How many drones were shot down?`).reply();
	expect(ignored.replied()).toBe(false);
}

/** Where and how the bot answers: no configured channel, off, mention and auto, with MESSAGE_CREATE. */
export function channelTests(validator: SpecValidator): void {
	describe('channel modes', () => {
		const bot = useTestBot(validator);
		const setMode = (channel: TestChannel, mode: string) =>
			slash(
				bot().discord,
				'config',
				[opt.subcommand('channel', [opt.channel('channel', CHANNELS[channel].id), opt.string('mode', mode)])],
				{ who: 'moderator' },
				{
					channels: { [CHANNELS[channel].id]: { id: CHANNELS[channel].id, type: 0, name: channel, permissions: '0' } },
				},
			).callback();

		test('with no channel configured, a mention in any channel gets a reply with the sourced answer', async () => {
			const { discord } = bot();
			const { body } = await post(discord, 'member', 'quiet', `${BOT_MENTION} how many drones were shot down?`).reply();
			expect(body.message_reference).toMatchObject({ message_id: expect.any(String) });
			expect(body.embeds[0].title).toBe('72 drones');
			expect(body.embeds[0].fields[0].value).toBe('Energy truce strikes, paragraph 5');
			expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
		});

		test('with no channel configured, a question that does not mention the bot gets no reply', async () => {
			const ignored = post(bot().discord, 'member', 'general', 'How many drones were shot down?');
			await expectNoReply(bot().discord, ignored, 'general');
		});

		test('a mention holding @everyone, a role and a user pings no one', async () => {
			const content = `${BOT_MENTION} @everyone <@&${IDS.role}> <@${IDS.moderator}> how many drones were shot down?`;
			const { body } = await post(bot().discord, 'member', 'general', content).reply();
			expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
		});

		test('a 10,000-character mention is cut before matching and the reply stays within Discord’s limits', async () => {
			const wall = `${BOT_MENTION} how many drones were shot down? ${'drones '.repeat(1500)}`;
			const { body } = await post(bot().discord, 'member', 'general', wall).reply();
			expect(body.embeds[0].footer.text.length).toBeLessThanOrEqual(300);
		});

		test('a declined mention is logged for /config unanswered', async () => {
			const { body } = await post(
				bot().discord,
				'member',
				'general',
				`${BOT_MENTION} What is the capital of Peru?`,
			).reply();
			expect(body.content).toMatch(/^The report does not say\./);
			expect((await bot().store.unanswered(IDS.guild)).map((q) => q.question)).toContain(
				'What is the capital of Peru?',
			);
		});

		test('once a channel is configured, other channels are off: /ask there gets an ephemeral note naming where to ask', async () => {
			await setMode('news', 'mention');
			const { body } = await slash(bot().discord, 'ask', [opt.string('question', 'How many drones?')], {
				channel: 'quiet',
			}).callback();
			expect(body.data).toMatchObject({
				flags: EPHEMERAL,
				content: `I do not answer in this channel. Ask me in <#${IDS.news}>.`,
			});
			const ignored = post(bot().discord, 'member', 'quiet', `${BOT_MENTION} How many drones were shot down?`);
			await expectNoReply(bot().discord, ignored, 'news');
		});

		test('off: a channel set to off gets no answers even to mentions, while /help still works', async () => {
			await setMode('general', 'off');
			const ignored = post(bot().discord, 'member', 'general', `${BOT_MENTION} How many drones were shot down?`);
			await expectNoReply(bot().discord, ignored, 'news');
			const { body } = await slash(bot().discord, 'help', [], { channel: 'general' }).callback();
			expect(body.data.embeds[0].title).toBe('factdesk');
		});

		test('mention: a message that mentions the bot gets a reply, a question without a mention does not', async () => {
			const ignored = post(bot().discord, 'member', 'news', 'How many drones were shot down?');
			await expectNoReply(bot().discord, ignored, 'news');
			const { body } = await slash(bot().discord, 'ask', [opt.string('question', 'How many drones were shot down?')], {
				channel: 'news',
			}).answer();
			expect(body.data.embeds[0].title).toBe('72 drones');
		});

		test('auto: a question above the threshold gets an answer without a mention; chit-chat and bots do not', async () => {
			await setMode('news', 'auto');
			const { body } = await post(bot().discord, 'member', 'news', 'How many drones were shot down?').reply();
			expect(body.embeds[0].title).toBe('72 drones');
			const chat = post(bot().discord, 'member', 'news', 'good morning everyone');
			const fromBot = post(bot().discord, 'otherBot', 'news', 'How many drones were shot down?');
			const fromItself = post(bot().discord, 'bot', 'news', 'How many drones were shot down?');
			await expectNoReply(bot().discord, chat, 'news');
			expect(fromBot.replied()).toBe(false);
			expect(fromItself.replied()).toBe(false);
		});

		test('auto: a question below the server’s threshold gets no unasked answer', async () => {
			const question = 'How many people were killed?';
			const answer = bot().factdesk.ask(question);
			expect(answer.confidence).toBeLessThan(1);
			await slash(bot().discord, 'config', [opt.subcommand('threshold', [opt.number('value', 1)])], {
				who: 'moderator',
			}).callback();
			const ignored = post(bot().discord, 'member', 'news', question);
			await expectNoReply(bot().discord, ignored, 'news');
		});
	});

	describe('auto mode rate limit', () => {
		test('auto: answers at most N unasked questions a minute per channel', async () => {
			const t = await startTestBot(validator, { channelAnswersPerMinute: 2 });
			try {
				await t.store.setChannelMode(IDS.guild, IDS.news, 'auto');
				await t.store.setChannelMode(IDS.guild, IDS.general, 'auto');
				const asked = [1, 2, 3].map(() => post(t.discord, 'member', 'news', 'How many drones were shot down?'));
				await asked[1]?.reply();
				await expectNoReply(t.discord, asked[2] as ReturnType<typeof post>, 'general');
				expect(asked.map((m) => m.replied())).toEqual([true, true, false]);
				const elsewhere = await post(t.discord, 'member', 'general', 'How many drones were shot down?').reply();
				expect(elsewhere.body.embeds[0].title).toBe('72 drones');
				expect(t.discord.violations).toEqual([]);
			} finally {
				await t.stop();
			}
		});
	});
}
