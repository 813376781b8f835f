import { describe, expect, it } from 'vitest';
import { makeUnsaid } from '../../src/core/makeUnsaid.ts';
import { floodReport } from './floodReport.ts';

describe('makeUnsaid', () => {
	it('tells a sentence naming no make for "what make"', () => {
		const car = "Moult's own car, a silver hatchback he bought in March, was the second to disappear.";
		expect(makeUnsaid("what make was moult's car", car)).toBe(true);
		expect(makeUnsaid("what make was moult's car", 'His car, a 2019 Skoda Fabia, was taken.')).toBe(false);
		expect(makeUnsaid('what model years are covered', car)).toBe(false);
		expect(makeUnsaid('what happened to the car', car)).toBe(false);
	});

	it('leaves the make to another sentence', () => {
		const { shortAnswer, context } = floodReport(
			"Moult's own car, a silver hatchback he bought in March, was the second to disappear.\n\nIt was a Vauxhall Corsa.",
		);
		expect(shortAnswer("what make was moult's car", 'hatchback').fit).toBe(context.options.missingFigureFit);
		expect(shortAnswer("what make was moult's car", 'Vauxhall').fit).toBe(1);
	});
});
