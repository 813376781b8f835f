import { describe, expect, test } from 'vitest';
import { IDS } from '../standIn/ids.ts';
import { slash } from '../standIn/interactions.ts';
import { EPHEMERAL, opt } from '../standIn/options.ts';
import { CHANNELS, type InteractionPlace } from '../standIn/payloads.ts';
import type { SpecValidator } from '../standIn/specValidator.ts';
import { useTestBot } from '../standIn/useTestBot.ts';

const resolvedChannel = (id: string) => ({ channels: { [id]: { id, type: 0, name: 'news', permissions: '0' } } });

/** /config: every subcommand for a moderator, refused to a plain member and in direct messages. */
export function configTests(validator: SpecValidator): void {
	describe('/config', () => {
		const bot = useTestBot(validator);
		const config = (
			sub: string,
			options = [] as ReturnType<typeof opt.string>[],
			place: InteractionPlace = {},
			resolved?: object,
		) =>
			slash(
				bot().discord,
				'config',
				[opt.subcommand(sub, options)],
				{ who: 'moderator', ...place },
				resolved,
			).callback();

		test('a moderator sets a channel to auto with /config channel, only they see the confirmation', async () => {
			const { body } = await config(
				'channel',
				[opt.channel('channel', IDS.news), opt.string('mode', 'auto')],
				{},
				resolvedChannel(IDS.news),
			);
			expect(body.data).toMatchObject({ flags: EPHEMERAL, content: `<#${IDS.news}> is now set to **auto**.` });
			expect((await bot().store.get(IDS.guild)).channels).toEqual({ [IDS.news]: 'auto' });
		});

		test('a moderator sets the auto-answer threshold with /config threshold', async () => {
			const { body } = await config('threshold', [opt.number('value', 0.75)]);
			expect(body.data.content).toBe('Auto answers now need a confidence of at least 0.75.');
			expect((await bot().store.get(IDS.guild)).threshold).toBe(0.75);
		});

		test('/config show lists the threshold and each configured channel with its mode', async () => {
			const { body } = await config('show');
			expect(body.data.flags).toBe(EPHEMERAL);
			expect(body.data.embeds[0].fields).toEqual([
				{ name: 'Auto-answer threshold', value: '0.75' },
				{ name: 'Channels', value: `<#${IDS.news}>: **auto**` },
			]);
		});

		test('/config unanswered lists the questions nobody got an answer to, with counts', async () => {
			const ask = (q: string) => slash(bot().discord, 'ask', [opt.string('question', q)], { channel: 'news' }).answer();
			await ask('What is the capital of France?');
			await ask('What is the capital of France?');
			await ask('Who won the football cup?');
			const { body } = await config('unanswered');
			expect(body.data.flags).toBe(EPHEMERAL);
			const lines = body.data.embeds[0].description.split('\n');
			expect(lines).toContain('2× What is the capital of France?');
			expect(lines).toContain('1× Who won the football cup?');
		});

		test('/config reset forgets the channels and the threshold', async () => {
			const { body } = await config('reset');
			expect(body.data.content).toBe('Settings reset: I answer slash commands and mentions in every channel again.');
			expect(await bot().store.get(IDS.guild)).toMatchObject({ channels: {}, threshold: 0.6 });
			const { body: shown } = await config('show');
			expect(shown.data.embeds[0].fields[1].value).toMatch(/^No channel configured/);
		});

		test('refuses /config to a member without Manage Server even when the server lets them use the command', async () => {
			const before = await bot().store.get(IDS.guild);
			for (const sub of ['channel', 'threshold', 'reset', 'show', 'unanswered']) {
				const options =
					sub === 'channel'
						? [opt.channel('channel', CHANNELS.quiet.id), opt.string('mode', 'off')]
						: sub === 'threshold'
							? [opt.number('value', 0.1)]
							: [];
				const { body } = await config(sub, options, { who: 'member' }, resolvedChannel(CHANNELS.quiet.id));
				expect(body.data).toEqual(
					expect.objectContaining({
						flags: EPHEMERAL,
						content: 'Only members with the Manage Server permission can change my settings.',
					}),
				);
			}
			expect(await bot().store.get(IDS.guild)).toEqual(before);
		});

		test('refuses /config in direct messages', async () => {
			const { body } = await config('show', [], { channel: 'dm' });
			expect(body.data).toMatchObject({ flags: EPHEMERAL, content: '/config works only in a server.' });
		});
	});
}
