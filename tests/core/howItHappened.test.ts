import { describe, expect, it } from 'vitest';
import { howItHappened } from '../../src/core/howItHappened.ts';
import { floodReport } from './floodReport.ts';

describe('howItHappened', () => {
	it('answers "how did X <verb>" with what the verb is followed by: when, after, because, of, by…', () => {
		const tree = 'A 54-year-old man died on Sunday when a tree fell on his car near Totnes, police said.';
		expect(howItHappened('how did the man die', tree)?.text).toBe('when a tree fell on his car near Totnes');
		const pan = 'The fire started in the kitchen after a pan of oil caught fire.';
		expect(howItHappened('How did the fire start?', pan)?.text).toBe('after a pan of oil caught fire');
		expect(howItHappened('how did they escape', 'They escaped by climbing through a window.')?.text).toBe(
			'by climbing through a window',
		);
	});

	it('gives none for a noun of the same stem, a result asked ("how did the council vote"), or no verb written', () => {
		const orientation = 'Few groups back efforts to change sexual orientation of patients.';
		expect(howItHappened('How do doctors approach efforts to change sexual orientation?', orientation)).toBeUndefined();
		const vote = 'The council voted 19 to 6 in favour after a debate lasting three hours.';
		expect(howItHappened('how did the council vote', vote)).toBeUndefined();
		expect(howItHappened('how did the man die', 'The man was found after a search.')).toBeUndefined();
	});

	it('gives the short answer of a "how did X die" question', () => {
		const { shortAnswer } = floodReport(
			'Orvik flood\n\nA driver, 61, died on Saturday when floodwater swept his van off the road, police said.',
		);
		expect(shortAnswer('how did the driver die', 'swept his van').phrase.text).toBe(
			'when floodwater swept his van off the road',
		);
	});
});
