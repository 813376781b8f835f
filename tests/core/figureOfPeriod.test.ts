import { describe, expect, it } from 'vitest';
import { figureOfPeriod } from '../../src/core/figureOfPeriod.ts';
import { findMentions } from '../../src/core/findMentions.ts';
import { floodReport } from './floodReport.ts';

describe('figureOfPeriod', () => {
	const sentence = 'Calmira recorded 48,000 dengue cases last year, up from 31,000 the year before.';
	const found = [sentence.indexOf('48,000'), sentence.indexOf('48,000') + 6] as const;

	it('gives the figure of the period the question names, written as the sentence writes it', () => {
		const asked = figureOfPeriod('how many cases were there the year before', sentence, found, findMentions(sentence));
		expect(asked?.text).toBe('31,000');
	});

	it("keeps the figure found when it is the period's own, or the question names two periods", () => {
		expect(figureOfPeriod('how many cases last year', sentence, found, findMentions(sentence))).toBeUndefined();
		const both = 'how many cases last yr compared with the year before';
		expect(figureOfPeriod(both, sentence, found, findMentions(sentence))).toBeUndefined();
		const season = 'Okafor scored 31 goals in 34 games last season.';
		const goals = [season.indexOf('31'), season.indexOf('31') + 2] as const;
		expect(figureOfPeriod('how many goals last season', season, goals, findMentions(season))).toBeUndefined();
	});

	it('answers "how many … the year before" with that year\'s count', () => {
		const { shortAnswer } = floodReport(`Floods hit Orvik again. ${sentence}`);
		expect(shortAnswer('how many dengue cases were there the year before', '48,000').phrase.text).toBe('31,000');
	});

	it('answers "how many … in 2021" with the figure compared and given for that year, of the same thing', () => {
		const { shortAnswer } = floodReport(
			'The Orvik Alliance took 38 seats, up from 29 in the 2021 election. Bergen received 412 cruise calls and 650,000 passengers in 2024, up from 298 calls in 2019.',
		);
		expect(shortAnswer('how many seats did the alliance have in 2021', 'took 38').phrase.text).toBe('29');
		expect(shortAnswer('how many seats did the alliance have in 2021 vs now', 'took 38').phrase.text).not.toBe('29');
		expect(shortAnswer('how many cruise calls did bergen get in 2019', 'cruise calls').phrase.text).toBe('298 calls');
	});
});
