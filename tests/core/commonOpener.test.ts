import { describe, expect, it } from 'vitest';
import { commonOpener } from '../../src/core/commonOpener.ts';
import { floodReport } from './floodReport.ts';

const word = (text: string, start = 0) => ({ text, start, end: start + text.length, typed: true });

describe('commonOpener', () => {
	const report =
		'Furniture chain Oakhaven collapses\n\nThe furniture retailer, founded by Ann Reid, shut 40 stores. Warmer summers helped.';

	it('takes a common word capitalised only as the opening word for no name', () => {
		expect(commonOpener(word('Furniture'), 0, () => report)).toBe(true);
	});

	it('keeps a name the report capitalises inside a sentence, one it never writes in lowercase, and later words', () => {
		expect(commonOpener(word('Warmer'), 0, () => `${report} The shop was run by Warmer, a local man.`)).toBe(false);
		expect(commonOpener(word('Oakhaven'), 0, () => report)).toBe(false);
		expect(commonOpener(word('Furniture', 4), 0, () => report)).toBe(false);
		const target =
			'Target to close stores\nTarget will close nine stores. Target said theft hurt. It missed its target.';
		expect(commonOpener(word('Target'), 0, () => target)).toBe(false);
		const young = 'Young, a Democrat, won the seat. “We did it,” Young said. He thanked young voters.';
		expect(commonOpener(word('Young'), 0, () => young)).toBe(false);
	});

	it('lowers a "who" answer that is such a word to the fit unnamedFit', () => {
		const { context, shortAnswer } = floodReport(report);
		expect(shortAnswer('who started oakhaven', 'Furniture chain').fit).toBeLessThanOrEqual(context.options.unnamedFit);
		expect(shortAnswer('who founded the retailer', 'founded by Ann Reid').phrase.text).toBe('Ann Reid');
	});

	it('reads the word after a quotation mark that opens the sentence as its first', () => {
		const { context, shortAnswer } = floodReport(
			'The blaze at the battery plant burned for two days. "Battery fires behave like nothing else we deal with," said a fire officer. Lithium battery stores need their own rules, he said.',
		);
		expect(shortAnswer('who deals with the fires', 'Battery fires').fit).toBeLessThanOrEqual(
			context.options.unnamedFit,
		);
	});

	it('takes a word that a common noun\'s "of" follows for a common word, whatever the report writes elsewhere', () => {
		expect(commonOpener(word('Repair'), 0, () => 'Repair of the dam was delayed.', ' of the dam was delayed.')).toBe(
			true,
		);
		expect(commonOpener(word('Repair'), 0, () => 'Repair of the dam was delayed.', ' of a new dam')).toBe(true);
		expect(commonOpener(word('Bishop'), 0, () => 'Bishop of Lund said.', ' of Lund said')).toBe(false);
		const { context, shortAnswer } = floodReport('Repair of the dam was halted for a year while the site was studied.');
		expect(shortAnswer('who repaired the dam', 'Repair of').fit).toBeLessThanOrEqual(context.options.unnamedFit);
	});
});
