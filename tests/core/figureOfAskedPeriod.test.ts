import { describe, expect, it } from 'vitest';
import { figureOfAskedPeriod } from '../../src/core/figureOfAskedPeriod.ts';
import { findMentions } from '../../src/core/findMentions.ts';
import { floodReport } from './floodReport.ts';

describe('figureOfAskedPeriod', () => {
	const sentence =
		'The council will spend 12 million euros on dykes, with 7 million euros this year and 5 million euros next year.';
	const mentions = findMentions(sentence);
	const whole = { text: '12 million euros', start: 23, end: 39, typed: true };

	it('gives the figure of the same kind written right before the period asked', () => {
		expect(figureOfAskedPeriod('how much will it spend next year', sentence, whole, mentions)?.text).toBe(
			'5 million euros',
		);
		expect(figureOfAskedPeriod('how much will it spend this year', sentence, whole, mentions)?.text).toBe(
			'7 million euros',
		);
	});

	it('gives none without a period asked, or one the sentence does not write once', () => {
		expect(figureOfAskedPeriod('how much will it spend', sentence, whole, mentions)).toBeUndefined();
		expect(figureOfAskedPeriod('how much will it spend last year', sentence, whole, mentions)).toBeUndefined();
	});

	it('takes no size hyphened to its thing for a count ("the 4,810-metre summit last year")', () => {
		const climb = 'Some 18,000 climbers tried to reach the 4,810-metre summit last year, up from 11,000 in 2015.';
		const counted = { text: 'Some 18,000 climbers', start: 0, end: 20, typed: true };
		expect(
			figureOfAskedPeriod('how many climbers tried last year', climb, counted, findMentions(climb)),
		).toBeUndefined();
	});

	it('takes no figure of another noun written before the period ("16 clean sheets in 34 league games last season")', () => {
		const keeper = 'Kjeldsen kept 16 clean sheets in 34 league games for Nordvig last season.';
		const sheets = { text: '16 clean sheets', start: 14, end: 29, typed: true };
		expect(
			figureOfAskedPeriod('how many clean sheets last season', keeper, sheets, findMentions(keeper)),
		).toBeUndefined();
		const { shortAnswer } = floodReport(keeper);
		expect(shortAnswer('how many clean sheets did he keep last season?', 'Kjeldsen kept').phrase.text).toBe(
			'16 clean sheets',
		);
	});

	it('answers a count question in the engine with that figure', () => {
		const { shortAnswer } = floodReport(
			'Nurses will get a 9 percent pay rise spread over two years, with 5 percent paid this year and a further 4 percent next year.',
		);
		expect(shortAnswer('how big is the pay rise next year', 'Nurses will').phrase.text).toBe('4 percent');
		expect(shortAnswer('how big is the pay rise', 'Nurses will').phrase.text).toMatch(/^9 percent/);
	});

	it('answers "what was X the year before" with the figure compared, its unit kept', () => {
		const { shortAnswer } = floodReport(
			'Operating profit for the year to 31 March was 41 million euros, down from 55 million euros a year earlier.',
		);
		expect(shortAnswer('what was the operating profit the year before', 'Operating profit').phrase.text).toBe(
			'55 million euros',
		);
		expect(shortAnswer('what was the operating profit', 'Operating profit').phrase.text).toBe('41 million euros');
	});
});
