import { describe, expect, it } from 'vitest';
import { reportedWords } from '../../src/core/reportedWords.ts';
import { floodReport } from './floodReport.ts';

describe('reportedWords', () => {
	it('gives the words reported after "X said (that)", past X\'s apposition', () => {
		const appeal = 'Mills denied the charges and his lawyer, Tom Reddy, said he would appeal.';
		expect(reportedWords('what did reddy say', appeal)?.text).toBe('he would appeal');
		const bridge = 'The mayor said that the bridge would reopen in May.';
		expect(reportedWords('What did the mayor say?', bridge)?.text).toBe('the bridge would reopen in May');
	});

	it('gives the words before "…, police said" and "…, said X"', () => {
		const shut = 'The bridge will stay shut until May, police said on Monday.';
		expect(reportedWords('what did the police say', shut)?.text).toBe('The bridge will stay shut until May');
		const unjust = 'The ruling was unjust and will be appealed, said Tom Reddy, the lawyer.';
		expect(reportedWords('what did reddy say', unjust)?.text).toBe('The ruling was unjust and will be appealed');
	});

	it("gives none for another speaker's words, a quote, or words too few to be a statement", () => {
		const mayor = 'The mayor said the bridge would reopen in May.';
		expect(reportedWords('what did reddy say', mayor)).toBeUndefined();
		expect(reportedWords('what did reddy say', 'Reddy said: "We will appeal."')).toBeUndefined();
		expect(reportedWords('what did the mayor say', 'Mills criticised the mayor, who said nothing.')).toBeUndefined();
		expect(reportedWords('who is the mayor', mayor)).toBeUndefined();
	});

	it('answers "what did X say" of a sentence reporting X\'s words without quotation marks', () => {
		const { shortAnswer } = floodReport(
			'Orvik flood\n\nThe river burst its banks after heavy rain. Fire chief Ola Berg said the dam had held through the night.',
		);
		expect(shortAnswer('what did ola berg say', 'dam had held').phrase.text).toBe('the dam had held through the night');
	});
});
