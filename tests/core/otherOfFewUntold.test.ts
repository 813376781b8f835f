import { describe, expect, it } from 'vitest';
import { otherOfFewUntold } from '../../src/core/otherOfFewUntold.ts';
import { floodReport } from './floodReport.ts';

describe('otherOfFewUntold', () => {
	const one =
		'Councillor Peter Hallam, one of the two committee members who voted against the changes, said the cut was too deep.';

	it('tells a sentence naming one of a few as no answer to "who is the other…"', () => {
		expect(otherOfFewUntold('who was the other councillor that voted against', one)).toBe(true);
		const van = 'The van will be staffed by two library assistants, one of whom, Callum Dreyer, 26, drove the old one.';
		expect(otherOfFewUntold('who is the other library assistant on the van', van)).toBe(true);
		const both = 'Two members voted against: one of them, Peter Hallam, spoke; the other, Ann Rennie, did not.';
		expect(otherOfFewUntold('who was the other member that voted against', both)).toBe(false);
		expect(otherOfFewUntold('who was the councillor that voted against', one)).toBe(false);
	});

	it('makes the one named an unnamed answer', () => {
		const { shortAnswer, context } = floodReport(one);
		expect(shortAnswer('who was the other councillor that voted against', 'Hallam').fit).toBe(
			context.options.unnamedFit,
		);
		expect(shortAnswer('who was the councillor that voted against', 'Hallam').fit).toBe(1);
	});
});
