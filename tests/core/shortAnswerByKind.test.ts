import { describe, expect, it } from 'vitest';
import { floodReport } from './floodReport.ts';

describe('shortAnswerByKind', () => {
	it('gives a name asked in so many words no figure or other lowercase words, but a term asked may be one', () => {
		const text =
			'Fines\n\nEarlier this year the bank fined a money transfer company €2.8 million.\n\nThe head of a heresy is called a heresiarch.';
		const { shortAnswer, context } = floodReport(text);
		const fined = shortAnswer("what's the name of the money transfer firm that got fined", 'fined a money');
		expect(fined.fit).toBe(context.options.unnamedFit);
		expect(shortAnswer('what is the head of a heresy called', 'heresiarch').fit).toBe(1);
	});
});
