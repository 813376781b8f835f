import type { Message } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { embedLength, LIMITS } from '../../src/discord/fitMessage.ts';
import { renderAnswer } from '../../src/discord/renderAnswer.ts';
import { send } from '../../src/discord/send.ts';
import { loadFixtureReports } from '../core/loadFixtureReports.ts';

const desk = createFactdesk(loadFixtureReports());
const view = { titleOf: (id: string) => desk.reports().find((r) => r.id === id)?.title ?? id, threshold: 0.6 };

const fragment = fc.oneof(
	fc.string({ unit: 'grapheme', maxLength: 40 }),
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc.constantFrom(
		'how many drones were shot down',
		'who is the president',
		'@everyone',
		'@here',
		'<@123456789012345678>',
		'<@!123456789012345678>',
		'<@&987654321098765432>',
		'<#112233445566778899>',
		'https://example.test/a?b=c',
		'```js\nalert(1)\n```',
		'**bold** __under__ ~~strike~~ ||spoiler|| `code`',
		'> quote\n# heading',
		'\u202Eevil\u202C',
		'\u200F\u05E9\u05DC\u05D5\u05DD\u200E',
		'\u0645\u0631\u062D\u0628\u0627',
		'\u200B\u200C\u200D\uFEFF',
		'🚀🇺🇦👩‍👩‍👧',
		'   ',
		'\n\t\r',
		'?',
	),
	fc.nat({ max: 10_000 }).map((n) => 'x'.repeat(n)),
);
const question = fc.oneof(
	fc.array(fragment, { maxLength: 8 }).map((parts) => parts.join(' ')),
	fc.constantFrom('', ' ', '\n', 'a'.repeat(10_000)),
);

/** A channel message stand-in that records what the bot replies with. */
function recordingMessage(): { message: Message; sent: unknown[] } {
	const sent: unknown[] = [];
	const message = { reply: async (body: unknown) => void sent.push(body) } as unknown as Message;
	return { message, sent };
}

describe('hostile questions (property-based, 10,000 runs)', () => {
	it('never throws, stays within Discord’s limits, pings no one and answers the same question the same way', async () => {
		let runs = 0;
		await fc.assert(
			fc.asyncProperty(question, async (q) => {
				runs++;
				const answer = desk.ask(q);
				expect(desk.ask(q)).toEqual(answer);
				expect(answer.confidence).toBeGreaterThanOrEqual(0);
				expect(answer.confidence).toBeLessThanOrEqual(1);
				const { message, sent } = recordingMessage();
				await send(message, renderAnswer(answer, view));
				const body = sent[0] as {
					content?: string;
					embeds?: Parameters<typeof embedLength>[0][];
					allowedMentions: unknown;
				};
				expect(body.allowedMentions).toEqual({ parse: [], repliedUser: false });
				expect((body.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
				const embeds = body.embeds ?? [];
				expect(embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
				expect(embeds.reduce((sum, e) => sum + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
			}),
			{ numRuns: 10_000, seed: 20261126 },
		);
		expect(runs).toBe(10_000);
	}, 300_000);
});
