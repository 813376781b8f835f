import { describe, expect, test } from 'vitest';
import { IDS } from '../standIn/ids.ts';
import { clickButton, interact, slash } from '../standIn/interactions.ts';
import { EPHEMERAL, opt } from '../standIn/options.ts';
import { CHANNELS, interactionBase } from '../standIn/payloads.ts';
import type { SpecValidator } from '../standIn/specValidator.ts';
import { useTestBot } from '../standIn/useTestBot.ts';

/** Malformed or forged events, buttons and options: the bot goes on answering, and trusts none of them. */
export function malformedTests(validator: SpecValidator): void {
	describe('malformed and forged events', () => {
		const bot = useTestBot(validator);

		test('an interaction whose member has permissions "abc" does not end the process', async () => {
			const payload = interactionBase(2, { id: '1', name: 'ask', type: 1, options: [opt.string('question', 'hi')] });
			if (!('member' in payload)) throw new Error('a server interaction has a member');
			const broken = { ...payload, member: { ...payload.member, permissions: 'abc' } };
			const crashes: unknown[] = [];
			const onError = (error: unknown) => crashes.push(error);
			process.on('uncaughtException', onError);
			process.on('unhandledRejection', onError);
			try {
				interact(bot().discord, broken);
				const { body } = await slash(bot().discord, 'ask', [
					opt.string('question', 'How many drones were shot down?'),
				]).answer();
				expect(body.data.embeds[0].title).toMatch(/72/);
			} finally {
				process.off('uncaughtException', onError);
				process.off('unhandledRejection', onError);
			}
			expect(crashes).toEqual([]);
		});

		test('a button with a custom_id the bot never wrote gets a short note, only to the member', async () => {
			const { body } = await clickButton(bot().discord, 'para:x:../../etc', { content: 'old' }).callback();
			expect(body.data).toMatchObject({
				flags: EPHEMERAL,
				content: 'That button is no longer valid. Ask again with /ask.',
			});
		});

		test('buttons follow the channel settings: in a channel set to off they answer with where to ask', async () => {
			await bot().store.setChannelMode(IDS.guild, CHANNELS.news.id, 'mention');
			await bot().store.setChannelMode(IDS.guild, CHANNELS.quiet.id, 'off');
			try {
				const sent = { content: 'an earlier answer' };
				const { body } = await clickButton(bot().discord, 'para:5:energy-truce-strikes', sent, {
					channel: 'quiet',
				}).callback();
				expect(body.data).toMatchObject({
					flags: EPHEMERAL,
					content: `I do not answer in this channel. Ask me in <#${CHANNELS.news.id}>.`,
				});
				expect(body.data.embeds ?? []).toEqual([]);
			} finally {
				await bot().store.reset(IDS.guild);
			}
		});

		test('/config channel refuses a channel of another server slipped into the resolved data', async () => {
			const elsewhere = '300000000000000001';
			const forged = {
				channels: { [elsewhere]: { id: elsewhere, type: 0, name: 'news', permissions: '0', guild_id: IDS.guild } },
			};
			const options = [opt.subcommand('channel', [opt.channel('channel', elsewhere), opt.string('mode', 'auto')])];
			const { body } = await slash(bot().discord, 'config', options, { who: 'moderator' }, forged).callback();
			expect(body.data).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/not in this server/) });
			expect((await bot().store.get(IDS.guild)).channels).toEqual({});
		});

		test('a declined /ask still gets its answer when logging it fails (a full disk)', async () => {
			const store = bot().store;
			const log = store.logUnanswered;
			store.logUnanswered = () => Promise.reject(new Error('SQLITE_FULL: database or disk is full'));
			try {
				const { body } = await slash(bot().discord, 'ask', [
					opt.string('question', 'Who won the football cup?'),
				]).answer();
				expect(body.data.content).toMatch(/^The report does not say/);
			} finally {
				store.logUnanswered = log;
			}
			expect(bot().logs.join('')).toMatch(/could not log an unanswered question/);
		});
	});
}
