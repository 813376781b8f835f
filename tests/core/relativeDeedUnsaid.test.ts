import { describe, expect, it } from 'vitest';
import { relativeDeedUnsaid } from '../../src/core/relativeDeedUnsaid.ts';
import { floodReport } from './floodReport.ts';

describe('relativeDeedUnsaid', () => {
	it('finds a sentence holding none of the deed that picks out the one asked', () => {
		expect(relativeDeedUnsaid('whats the name of the manager who quit', 'said manager Ruth Okonedo.')).toBe(true);
		expect(
			relativeDeedUnsaid(
				'who is the firefighter who rescued the old guy',
				'Fire Chief Alana Moretti praised the crews.',
			),
		).toBe(true);
	});

	it('keeps a sentence with a word of the deed or a synonym, and questions with no such clause', () => {
		expect(relativeDeedUnsaid('whats the name of the man who died', 'The man killed was named as Alistair Venn.')).toBe(
			false,
		);
		expect(relativeDeedUnsaid('whats the name of the guy who broke his ankle', 'the man with the broken ankle')).toBe(
			false,
		);
		expect(relativeDeedUnsaid('who is the manager', 'said manager Ruth Okonedo.')).toBe(false);
		expect(relativeDeedUnsaid('whats the name of the man who got it', 'said manager Ruth Okonedo.')).toBe(false);
	});

	it('halves the fit of a name whose sentence tells no such deed', () => {
		const { shortAnswer, context } = floodReport(
			[
				'Food bank struggles',
				'"Most people we saw were between jobs," said manager Ruth Okonedo.',
				'The deputy manager, Tom Reid, quit in March after a row over funding.',
			].join('\n\n'),
		);
		expect(shortAnswer('whats the name of the manager who quit', 'Okonedo').fit).toBeLessThanOrEqual(
			context.options.otherDeedFit,
		);
		expect(shortAnswer('whats the name of the manager who quit', 'Tom Reid').fit).toBe(1);
	});
});
