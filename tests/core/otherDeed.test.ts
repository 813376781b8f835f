import { describe, expect, it } from 'vitest';
import { askedDeed, otherDeed } from '../../src/core/otherDeed.ts';
import { tokenize } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';

const deed = (question: string, sentence: string, figure: string) => {
	const start = sentence.indexOf(figure);
	return otherDeed(question, sentence, tokenize(sentence), start, start + figure.length);
};

describe('askedDeed', () => {
	it('reads the deed done to what a count question counts', () => {
		expect(askedDeed('how many ships were delivered last year')).toBe('delivered');
		expect(askedDeed('how many ppl got arrested')).toBe('arrested');
		expect(askedDeed('how much rain fell before the collapse')).toBeUndefined();
		expect(askedDeed('how many people live there')).toBeUndefined();
	});
});

describe('otherDeed', () => {
	it('tells a figure told with another deed in a sentence that never speaks of the one asked', () => {
		const trains = 'Trenitalia said it had added 14 extra high-speed trains between Milan and Rome.';
		expect(deed('how many trains were delayed by the fog', trains, '14 extra high-speed trains')).toBe(true);
		const flights = '129 arriving flights were diverted to Genoa, Bologna and Turin.';
		expect(deed('how many flights were cancelled at bologna', flights, '129 arriving flights')).toBe(true);
		expect(deed('how many flights were rerouted', flights, '129 arriving flights')).toBe(false);
		// The deed after a modal: "had to be aborted", "could be saved".
		const aborted = 'Only 23 flights had to be aborted, mostly because of high winds.';
		expect(deed('How many flights were flown in the trial?', aborted, '23 flights')).toBe(true);
	});

	it('takes the same deed told from the other side, or a synonym, for the one asked', () => {
		const objections = 'The ministry received more than 4,300 written objections.';
		expect(deed('how many objections were sent in', objections, '4,300 written objections')).toBe(false);
		const arrests = 'Police detained 23 people in a week-long operation.';
		expect(deed('how many people were arrested', arrests, '23 people')).toBe(false);
		// Deeds news tells in other words: "rescued" as "pulled", "seized" as "detained", "evicted" as "removed".
		const pulled = 'Rescuers pulled 212 people from the water and from life rafts.';
		expect(deed('how many people were rescued from the ferry', pulled, '212 people')).toBe(false);
		const detained = "In April, Norland's coast guard detained two Vessian trawlers.";
		expect(deed('how many trawlers were seized', detained, 'two Vessian trawlers')).toBe(false);
		const removed = 'Only two families were ultimately removed from the building.';
		expect(deed('how many families were evicted', removed, 'two families')).toBe(false);
		// "affected" says no deed of its own.
		const applies = 'The ban applies to the roughly 2,300 scooters operated by two companies.';
		expect(deed('how many scooters are affected', applies, '2,300 scooters')).toBe(false);
		// Another deed still is one: "rescued" is not "injured".
		const hurt = 'The blast injured 40 people near the port.';
		expect(deed('how many people were rescued', hurt, '40 people')).toBe(true);
	});

	it('lowers the fit of such a figure as the answer', () => {
		const { shortAnswer } = floodReport('Trenitalia said it had added 14 extra trains between Milan and Rome.');
		expect(shortAnswer('how many trains were delayed by the fog', '14 extra trains').fit).toBeLessThan(1);
		expect(shortAnswer('how many trains were added', '14 extra trains').fit).toBe(1);
	});
});
