import { describe, expect, it } from 'vitest';
import { lastOccasionAsked } from '../../src/core/lastOccasionAsked.ts';
import { floodReport } from './floodReport.ts';

const at = (sentence: string, text: string) => {
	const start = sentence.indexOf(text);
	return { text, start, end: start + text.length, typed: true };
};

describe('lastOccasionAsked', () => {
	const today = 'Corvo Ferries raised its fares on Monday, angering islanders.';
	it("knows the story's own day given for an earlier occasion asked", () => {
		expect(lastOccasionAsked('when did corvo ferries last raise fares', today, at(today, 'on Monday'))).toBe(true);
		expect(lastOccasionAsked('when did corvo ferries raise fares', today, at(today, 'on Monday'))).toBe(false);
		const earlier = 'Corvo Ferries last raised its fares in 2019.';
		expect(lastOccasionAsked('when did corvo last raise fares', earlier, at(earlier, 'in 2019'))).toBe(false);
		const recent = 'The scaffolding was inspected most recently on Tuesday, a notice said.';
		expect(lastOccasionAsked('when was it last inspected', recent, at(recent, 'on Tuesday'))).toBe(false);
	});
	it('reads a "before" of a moment in the event as no earlier occasion, and "the year before" as one', () => {
		const won =
			'Jamaica won the title on Sunday, beating Trinidad 58-57 with a goal four seconds before the final whistle.';
		expect(lastOccasionAsked('when did trinidad last win the title', won, at(won, 'on Sunday'))).toBe(true);
		const before = 'Jamaica won the title on Sunday, as it had the year before.';
		expect(lastOccasionAsked('when did jamaica last win the title', before, at(before, 'on Sunday'))).toBe(false);
	});

	it('gives that day a low fit', () => {
		const { shortAnswer, context } = floodReport(`Ferries\n\n${today}`);
		expect(shortAnswer('when did corvo ferries last raise fares', 'raised its fares').fit).toBe(
			context.options.missingFigureFit,
		);
		expect(shortAnswer('when did corvo ferries raise fares', 'raised its fares').fit).toBe(1);
	});
});
