import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { figureCountsNothing } from '../../src/core/figureCountsNothing.ts';
import { shippedModelTuning } from './shippedModel.ts';

const counts = (sentence: string, figure: string) =>
	!figureCountsNothing(sentence, sentence.indexOf(figure), sentence.indexOf(figure) + figure.length);

describe('figureCountsNothing', () => {
	it('reads a model number and half a span of time as counting nothing', () => {
		expect(counts('Orbis pulled 2.5 million Halo 7 phones after fires.', '7')).toBe(false);
		expect(counts('The storm became a Category 4 hurricane overnight.', '4')).toBe(false);
		expect(counts('It is the biggest upgrade in half a century.', 'half')).toBe(false);
	});

	it('keeps counts after a lowercase word, a weekday or a month, and in a title-case headline', () => {
		expect(counts('The storm killed 7 people.', '7')).toBe(true);
		expect(counts('Officials said on Sunday 14 people had died.', '14')).toBe(true);
		expect(counts('Fire in Oslo Kills 3 and Injures 5', '3')).toBe(true);
		expect(counts('Nearly half a dozen boats sank.', 'half')).toBe(true);
		expect(counts('About half the staff left.', 'half')).toBe(true);
	});

	it('does not answer "how many phones" with a model number of another recall', () => {
		const desk = createFactdesk(
			[
				{
					id: 'recall',
					title: 'Recall',
					paragraphs: [
						'Phone maker Vantor said on Monday it would recall about 900,000 of its Lumen S2 phones after battery fires.',
						'The last recall of that size came in 2019, when rival Orbis pulled 2.5 million Halo 7 phones after 96 fires.',
					],
				},
			],
			{ ...shippedModelTuning(), minConfidence: 0 },
		);
		expect(desk.ask('how many phones did orbis recall in 2019').answer).toBe('2.5 million Halo 7 phones');
		expect(desk.ask('how many phones is vantor recalling').answer).not.toMatch(/^7\b/);
	});
});
