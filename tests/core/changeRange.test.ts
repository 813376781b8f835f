import { describe, expect, it } from 'vitest';
import { changeRange } from '../../src/core/changeRange.ts';
import { floodReport } from './floodReport.ts';

const at = (sentence: string, text: string) => {
	const start = sentence.indexOf(text);
	return { text, start, end: start + text.length, typed: true };
};

describe('changeRange', () => {
	it('gives the whole change from one figure to another, picked at either end', () => {
		const fare = 'The fare rose from 2.40 pounds to 2.90 pounds on Monday.';
		expect(changeRange('how much was the fare raised', fare, at(fare, '2.40 pounds'))?.text).toBe(
			'from 2.40 pounds to 2.90 pounds',
		);
		expect(changeRange('how much did the fare go up', fare, at(fare, '2.90 pounds'))?.text).toBe(
			'from 2.40 pounds to 2.90 pounds',
		);
		const rate = 'The rate rose from 4.1 percent to 9.9 percent last year.';
		expect(changeRange('how much did the rate rise', rate, at(rate, '4.1 percent'))?.text).toBe(
			'from 4.1 percent to 9.9 percent',
		);
	});

	it('gives nothing for a level asked, another question, or a figure no change starts or ends at', () => {
		const fare = 'The fare rose from 2.40 pounds to 2.90 pounds, costing commuters 300 pounds a year.';
		expect(changeRange('what did the fare rise to', fare, at(fare, '2.90 pounds'))).toBeUndefined();
		expect(changeRange('how much is the fare', fare, at(fare, '2.40 pounds'))).toBeUndefined();
		expect(changeRange('how much is the fare after the increase', fare, at(fare, '2.90 pounds'))).toBeUndefined();
		expect(changeRange('how much did the fare go up', fare, at(fare, '300 pounds'))).toBeUndefined();
	});

	it('answers "how much did they cut her training" with the change, not its end alone', () => {
		const { shortAnswer } = floodReport(
			'Her coach cut her training from 220 kilometers a week to about 150, he said on Friday.',
		);
		expect(shortAnswer('how much did they cut her training', 'coach').phrase.text).toBe(
			'from 220 kilometers a week to about 150',
		);
	});
});
