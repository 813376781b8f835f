import { describe, expect, it } from 'vitest';
import { recordBeforeUntold } from '../../src/core/recordBeforeUntold.ts';
import { floodReport } from './floodReport.ts';

describe('recordBeforeUntold', () => {
	it('tells a sentence of the new record only as no answer to the record before', () => {
		const first = 'It was the first world record of the championships and Australia’s second gold medal.';
		expect(recordBeforeUntold('what was the old world record', first)).toBe(true);
		expect(recordBeforeUntold('who held the record before', 'Okoro won in 2:06:41, breaking the course record.')).toBe(
			true,
		);
		const previous = 'She took 0.31 seconds off the previous mark of 2:01.12, which had stood for five years.';
		expect(recordBeforeUntold('what was the old world record', previous)).toBe(false);
		expect(recordBeforeUntold('who held the record before', 'The record was held by Tomas Vilkner.')).toBe(false);
	});

	it('leaves questions of the margin and of the new record alone', () => {
		const lede = 'Okoro won in 2:06:41, breaking the course record by 58 seconds.';
		expect(recordBeforeUntold('by how much did he beat the old record', lede)).toBe(false);
		expect(recordBeforeUntold('what is the new course record', lede)).toBe(false);
	});

	it('lowers the new holder as an answer to who held the previous record, not the old holder', () => {
		const { shortAnswer, context } = floodReport(
			[
				'Ruth Okafor won the Harlow marathon on Sunday in 2:21:05, breaking the course record.',
				'The previous record of 2:22:39 had been set by Mia Torrance in 2019.',
			].join('\n\n'),
		);
		expect(shortAnswer('who held the previous record', 'Ruth Okafor').fit).toBeLessThanOrEqual(
			context.options.otherOrdinalFit,
		);
		const old = shortAnswer('who held the previous record', 'Mia Torrance');
		expect(old.phrase.text).toContain('Mia Torrance');
		expect(old.fit).toBeGreaterThan(context.options.otherOrdinalFit);
	});
});
