import { describe, expect, it } from 'vitest';
import { floodReport } from './floodReport.ts';

describe('askedDate', () => {
	const { shortAnswer } = floodReport(
		'On July 18, 2013, Vellmark filed the largest municipal bankruptcy in its history. On November 7, 2014, a judge approved its plan.',
	);

	it('answers "on which date" with the date nearest the question\'s words', () => {
		expect(shortAnswer('On which date did Vellmark file for bankruptcy?', 'filed').phrase.text).toBe('July 18, 2013');
		expect(shortAnswer('On which date was the plan approved?', 'approved').phrase.text).toBe('November 7, 2014');
	});

	it('leaves other "which" questions to the other rules', () => {
		expect(shortAnswer('Which city filed for bankruptcy?', 'filed').phrase.text).not.toBe('July 18, 2013');
	});
});

describe('askedDate of a "which day" that is no time', () => {
	it('reads "which day centre" as no date asked', () => {
		const { shortAnswer } = floodReport('The Elm day centre closed on July 18, 2013, after cuts.');
		expect(shortAnswer('Which day centre closed?', 'closed').phrase.text).not.toBe('July 18, 2013');
	});
});

describe('askedDate of a deadline', () => {
	it('answers "what\'s the deadline" with the date, not the whole sentence', () => {
		const { shortAnswer } = floodReport('The regulator ordered all lenders to check their payment systems by Oct. 31.');
		expect(shortAnswer("what's the deadline for the other banks", 'lenders').phrase.text).toBe('Oct. 31');
	});
});
