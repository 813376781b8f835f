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

	it('reads past when and where the words were said ("in a statement", "on Monday night")', () => {
		const statement = 'The bridge will stay shut until May, police said in a statement.';
		expect(reportedWords('what did the police say', statement)?.text).toBe('The bridge will stay shut until May');
		const that = 'Police said in a statement on Monday night that the bridge would stay shut.';
		expect(reportedWords('what did the police say', that)?.text).toBe('the bridge would stay shut');
	});

	it('reads a speaker past where they work ("Dr. Ivan Peric of the University of Zagreb said")', () => {
		const peric = 'Co-author Dr. Ivan Peric of the University of Zagreb said poaching remained a concern.';
		expect(reportedWords('what did peric say about poaching', peric)?.text).toBe('poaching remained a concern');
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
		const mills = 'Mills criticised the mayor and said the bridge was unsafe.';
		expect(reportedWords('what did the mayor say', mills)).toBeUndefined();
		const who = 'Mills, who criticised the mayor, said the bridge was unsafe.';
		expect(reportedWords('what did the mayor say', who)).toBeUndefined();
		expect(reportedWords('what did mills say', who)?.text).toBe('the bridge was unsafe');
		expect(reportedWords('who is the mayor', mayor)).toBeUndefined();
	});

	it('answers "what did X say" of a sentence reporting X\'s words without quotation marks', () => {
		const { shortAnswer } = floodReport(
			'Orvik flood\n\nThe river burst its banks after heavy rain. Fire chief Ola Berg said the dam had held through the night.',
		);
		expect(shortAnswer('what did ola berg say', 'dam had held').phrase.text).toBe('the dam had held through the night');
	});
});
