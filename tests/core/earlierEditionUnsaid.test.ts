import { describe, expect, it } from 'vitest';
import { earlierEditionUnsaid } from '../../src/core/earlierEditionUnsaid.ts';
import { floodReport } from './floodReport.ts';

describe('earlierEditionUnsaid', () => {
	const won = 'The Lindenfeld Youth Orchestra won first prize on Sunday at the competition in Vienna.';
	const before = 'Its previous winner, in 2022, was the Baltic Youth Philharmonic from Riga.';

	it('tells a sentence of no earlier edition as no answer to who won last year or last time', () => {
		expect(earlierEditionUnsaid('who won the competition last time', won)).toBe(true);
		expect(earlierEditionUnsaid("who won last year's championship", won)).toBe(true);
		expect(earlierEditionUnsaid('who won the sheep classes at last years show', won)).toBe(true);
		expect(earlierEditionUnsaid('who won the competition last time', before)).toBe(false);
		expect(earlierEditionUnsaid('who won the final last year', "Last year's final was won by Services.")).toBe(false);
		expect(earlierEditionUnsaid('who won the competition', won)).toBe(false);
	});

	it("makes this edition's winner an unnamed answer to last year's", () => {
		const { shortAnswer, context } = floodReport(`${won}\n\n${before}`);
		expect(shortAnswer('who won the competition last time', 'Lindenfeld').fit).toBeLessThanOrEqual(
			context.options.unnamedFit,
		);
		expect(shortAnswer('who won the competition last time', 'Baltic').fit).toBe(1);
	});
});
