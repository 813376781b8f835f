import { describe, expect, it } from 'vitest';
import { withQualifier } from '../../src/core/withQualifier.ts';
import { floodReport } from './floodReport.ts';

function qualified(sentence: string, figure: string): string {
	const start = sentence.indexOf(figure);
	return withQualifier({ text: figure, start, end: start + figure.length, typed: true }, sentence).text;
}

describe('withQualifier', () => {
	it('takes the qualifier the sentence writes right before a figure into the answer', () => {
		expect(qualified('He could get up to 15 years in prison.', '15 years')).toBe('up to 15 years');
		expect(qualified('The hikers were stuck for nearly 40 hours.', '40 hours')).toBe('nearly 40 hours');
		expect(qualified('It took roughly a week.', 'a week')).toBe('roughly a week');
	});

	it('leaves a figure with no qualifier before it, a qualified one and a name alone', () => {
		expect(qualified('It lasted 11 days.', '11 days')).toBe('11 days');
		expect(qualified('The turnout was about 60 percent.', 'about 60 percent')).toBe('about 60 percent');
		expect(qualified('It was about Anna Berg.', 'Anna Berg')).toBe('Anna Berg');
	});

	it('answers "how long could he get" with the ceiling the sentence gives', () => {
		const { shortAnswer } = floodReport('The former mayor could get up to 15 years in prison if convicted.');
		expect(shortAnswer('how long could the mayor get in prison', 'mayor').phrase.text).toBe('up to 15 years');
	});
});
