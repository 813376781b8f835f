import { describe, expect, test } from 'vitest';
import { type AsyncFactdesk, toAsyncFactdesk } from '../../../src/engine/AsyncFactdesk.ts';
import { autocomplete } from '../standIn/interactions.ts';
import { opt } from '../standIn/options.ts';
import type { SpecValidator } from '../standIn/specValidator.ts';
import { testFactdesk } from '../standIn/startTestBot.ts';
import { useTestBot } from '../standIn/useTestBot.ts';

const AUTOCOMPLETE_RESULT = 8;

/** The real core, whose suggestions can be held back (a busy engine thread) until released. */
function holdableEngine() {
	const real = toAsyncFactdesk(testFactdesk());
	const held: (() => void)[] = [];
	let holding = false;
	const engine: AsyncFactdesk = {
		...real,
		suggest: async (partial, limit) => {
			if (holding) await new Promise<void>((release) => held.push(release));
			return real.suggest(partial, limit);
		},
	};
	return {
		engine,
		hold: () => {
			holding = true;
		},
		release: () => {
			holding = false;
			for (const release of held.splice(0)) release();
		},
	};
}

/** Autocomplete is answered, but never lets members queue work on the engine. */
export function autocompleteTests(validator: SpecValidator): void {
	describe('autocomplete', () => {
		const control = holdableEngine();
		const bot = useTestBot(validator, {
			engine: control.engine,
			autocomplete: { perMemberPerSecond: 3, maxInFlight: 1, timeoutMs: 300 },
		});
		const typing = (text: string, who: 'member' | 'moderator' = 'member') =>
			autocomplete(bot().discord, 'ask', [opt.string('question', text, true)], { who }).callback();

		test('an autocomplete for a command the bot does not have gets an empty list, not silence', async () => {
			const { body } = await autocomplete(bot().discord, 'nope', [opt.string('x', 'how', true)]).callback();
			expect(body).toEqual({ type: AUTOCOMPLETE_RESULT, data: { choices: [] } });
		});

		test('a member typing faster than the limit gets no suggestions for the extra requests', async () => {
			const bodies = [];
			for (let n = 0; n < 5; n++) bodies.push((await typing(`how many ${n}`, 'moderator')).body);
			const counts = bodies.map((b) => b.data.choices.length);
			expect(counts.slice(0, 3).every((c: number) => c > 0)).toBe(true);
			expect(counts.slice(3)).toEqual([0, 0]);
		});

		test('a slow engine gets an empty list in time, and meanwhile others get one at once instead of queueing', async () => {
			control.hold();
			try {
				const slow = typing('how many drones');
				const busy = await typing('how many');
				expect(busy.body.data.choices).toEqual([]);
				const { body } = await slow;
				expect(body).toEqual({ type: AUTOCOMPLETE_RESULT, data: { choices: [] } });
			} finally {
				control.release();
			}
		});
	});
}
