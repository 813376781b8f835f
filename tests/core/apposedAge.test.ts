import { describe, expect, it } from 'vitest';
import { apposedAge } from '../../src/core/apposedAge.ts';
import { floodReport } from './floodReport.ts';

const figure = (sentence: string, text: string) => {
	const start = sentence.indexOf(text);
	return { text, start, end: start + text.length };
};

describe('apposedAge', () => {
	it('reads a bare number in commas after a name as an age', () => {
		const farm = 'The dairy is run by Ann Kettle, 52, and her son Joss, 27.';
		expect(apposedAge(farm, figure(farm, '52'))).toBe(true);
		expect(apposedAge(farm, figure(farm, '27'))).toBe(true);
	});

	it('leaves a figure that counts something alone', () => {
		const plots = 'In Hollesby, 52 plots lie empty, the council said.';
		expect(apposedAge(plots, figure(plots, '52'))).toBe(false);
		const votes = 'The motion passed by 41 votes to 12, with 3 abstentions.';
		expect(apposedAge(votes, figure(votes, '12'))).toBe(false);
	});

	it('answers no "how many" with an age, and still answers "how old"', () => {
		const { context, shortAnswer } = floodReport(
			'The cheese is made by Greyholm Dairy, which is run by Ann Kettle, 52, and her son Joss, 27. The dairy entered 14 cheeses this year.',
		);
		expect(shortAnswer('how many cheeses did greyholm make', 'run by').fit).toBe(context.options.countMismatchFit);
		expect(shortAnswer('how many cheeses did greyholm enter', 'entered').phrase.text).toContain('14');
		expect(shortAnswer('how old is ann kettle', 'run by').phrase.text).toBe('52');
	});
});
