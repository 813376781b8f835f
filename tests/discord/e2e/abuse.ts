import { describe, expect, test } from 'vitest';
import { MAX_QUESTION_CHARS } from '../../../src/discord/askQuestion.ts';
import type { FakeDiscord } from '../standIn/FakeDiscord.ts';
import { IDS } from '../standIn/ids.ts';
import { slash } from '../standIn/interactions.ts';
import { EPHEMERAL, opt } from '../standIn/options.ts';
import { CHANNELS, messageCreate, type TestChannel, type TestUser } from '../standIn/payloads.ts';
import { SlowFactdesk } from '../standIn/SlowFactdesk.ts';
import type { SpecValidator } from '../standIn/specValidator.ts';
import { startTestBot, testFactdesk } from '../standIn/startTestBot.ts';

const DRONES = 'How many drones were shot down?';

/** Posts a channel message; `replied()` says whether the bot has replied to it so far. */
function post(discord: FakeDiscord, who: TestUser, channel: TestChannel, content: string, mentionsBot = false) {
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

/** Abuse: a member spamming /ask, a busy auto channel, bots talking to the bot, walls of text. */
export function abuseTests(validator: SpecValidator): void {
	describe('abuse', () => {
		test('a member spamming /ask gets one answer, then the cooldown message, only to them, each time', async () => {
			const t = await startTestBot(validator, { cooldownSeconds: 30 });
			try {
				const spam = Array.from({ length: 6 }, () => slash(t.discord, 'ask', [opt.string('question', DRONES)]));
				const first = await spam[0]?.answer();
				expect(first?.body.data.embeds[0].title).toBe('72 drones');
				for (const exchange of spam.slice(1)) {
					const { body } = await exchange.callback();
					expect(body.type).toBe(4);
					expect(body.data.flags).toBe(EPHEMERAL);
					expect(body.data.content).toMatch(/^You are asking quickly\. Please wait (29|30) s before the next \/ask\.$/);
				}
				const edits = t.discord.requests.filter((r) => r.method === 'PATCH');
				expect(edits, 'answers sent: only the first /ask').toHaveLength(1);
				expect(t.discord.violations).toEqual([]);
			} finally {
				await t.stop();
			}
		});

		test('a member spamming mentions gets one reply within the cooldown; the rest are ignored, other members still answered', async () => {
			const t = await startTestBot(validator, { cooldownSeconds: 30 });
			try {
				const mention = `<@${IDS.bot}> ${DRONES}`;
				const spam = Array.from({ length: 5 }, () => post(t.discord, 'member', 'general', mention, true));
				const other = await post(t.discord, 'moderator', 'general', mention, true).reply();
				expect(other.body.embeds[0].title, 'messages are handled in order: all 5 were by now').toBe('72 drones');
				expect(spam.map((m) => m.replied())).toEqual([true, false, false, false, false]);
			} finally {
				await t.stop();
			}
		});

		test('an auto channel gets at most N unasked answers a minute however many members ask, while mentions still get theirs', async () => {
			const t = await startTestBot(validator, { channelAnswersPerMinute: 3 });
			try {
				await t.store.setChannelMode(IDS.guild, IDS.news, 'auto');
				const asked = Array.from({ length: 8 }, (_, i) =>
					post(t.discord, i % 2 ? 'moderator' : 'member', 'news', DRONES),
				);
				await asked[2]?.reply();
				const mention = await post(t.discord, 'member', 'news', `<@${IDS.bot}> ${DRONES}`, true).reply();
				expect(mention.body.embeds[0].title, 'messages are handled in order: all 8 were by now').toBe('72 drones');
				expect(asked.map((m) => m.replied())).toEqual([true, true, true, false, false, false, false, false]);
				expect(t.discord.violations).toEqual([]);
			} finally {
				await t.stop();
			}
		});

		test('auto mode never answers another bot or itself, even when they mention it or ask a clear question', async () => {
			const t = await startTestBot(validator);
			try {
				await t.store.setChannelMode(IDS.guild, IDS.news, 'auto');
				const ignored = [
					post(t.discord, 'otherBot', 'news', DRONES),
					post(t.discord, 'otherBot', 'news', `<@${IDS.bot}> ${DRONES}`, true),
					post(t.discord, 'bot', 'news', DRONES),
					post(t.discord, 'bot', 'news', `<@${IDS.bot}> ${DRONES}`, true),
				];
				const sentinel = await post(t.discord, 'member', 'news', DRONES).reply();
				expect(sentinel.body.embeds[0].title).toBe('72 drones');
				expect(ignored.map((m) => m.replied())).toEqual([false, false, false, false]);
			} finally {
				await t.stop();
			}
		});

		test('a 10,000-character question reaches the core cut to its first 300 characters and answers as those do', async () => {
			const core = new SlowFactdesk(testFactdesk());
			const t = await startTestBot(validator, { engine: core.desk });
			try {
				const wall = `${DRONES} ${'drones '.repeat(40)}${'What is the capital of France? '.repeat(400)}`.slice(
					0,
					10_000,
				);
				const head = wall.slice(0, MAX_QUESTION_CHARS).trim();
				expect(wall).toHaveLength(10_000);
				const viaAsk = await slash(t.discord, 'ask', [opt.string('question', wall)]).answer();
				const viaMention = await post(t.discord, 'member', 'general', `<@${IDS.bot}> ${wall}`, true).reply();
				expect(core.asked).toEqual([head, head]);
				const short = await slash(t.discord, 'ask', [opt.string('question', head)]).answer();
				expect(viaAsk.body.data.embeds).toEqual(short.body.data.embeds);
				expect(viaMention.body.embeds).toEqual(short.body.data.embeds);
				expect(short.body.data.embeds[0].title).toBe('72 drones');
			} finally {
				await t.stop();
			}
		});
	});
}
