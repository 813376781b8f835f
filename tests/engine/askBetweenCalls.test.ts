import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/types.ts';
import { askBetweenCalls } from '../../src/engine/askBetweenCalls.ts';

describe('askBetweenCalls', () => {
	it('asks every question in order, one per turn, so work queued meanwhile runs between them', async () => {
		const order: string[] = [];
		const desk = {
			ask: (question: string) => {
				order.push(question);
				if (question === 'q1') setImmediate(() => order.push('call'));
				return {} as Answer;
			},
		};
		await new Promise<void>((done) => askBetweenCalls(desk, ['q1', 'q2', 'q3', 'q4'], done));
		expect(order.filter((o) => o !== 'call')).toEqual(['q1', 'q2', 'q3', 'q4']);
		expect(order.indexOf('call')).toBeGreaterThan(0);
		expect(order.indexOf('call')).toBeLessThan(3);
	});

	it('is done at once with nothing to ask', async () => {
		let asked = 0;
		await new Promise<void>((done) =>
			askBetweenCalls({ ask: () => ({ asked: asked++ }) as unknown as Answer }, [], done),
		);
		expect(asked).toBe(0);
	});
});
