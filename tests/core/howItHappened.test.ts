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
		const kitchen = 'The fire started in the kitchen of a restaurant on Main Street.';
		expect(howItHappened('how did the fire start', kitchen)).toBeUndefined();
		expect(howItHappened('how did the man die', 'The man died at the scene of the crash.')).toBeUndefined();
		expect(howItHappened('how did the fire start', 'The fire started shortly after 3am on Sunday.')).toBeUndefined();
		const whose = 'The woman, whose husband died of cancer in 2019, drowned when her car was swept away.';
		expect(howItHappened('how did the woman die', whose)).toBeUndefined();
		expect(howItHappened('how did she die', 'She died of cancer in 2019.')?.text).toBe('of cancer in 2019');
		const generator = 'A man died of carbon monoxide poisoning after running a generator in his garage.';
		expect(howItHappened('how did the man die', generator)?.text).toBe(
			'of carbon monoxide poisoning after running a generator in his garage',
		);
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
