import { describe, expect, it } from 'vitest';
import { nounAfter, shownCount } from '../../src/core/nounAfter.ts';
import { floodReport } from './floodReport.ts';
import { newUserDesk } from './shippedModel.ts';

describe('nounAfter', () => {
	it('reads the noun phrase after a number, up to a function word, an adverb or a participle', () => {
		expect(nounAfter(' drones, but most were shot down')).toBe('drones');
		expect(nounAfter(' prisoners still at large')).toBe('prisoners');
		expect(nounAfter(' men serving life sentences')).toBe('men');
		expect(nounAfter(' office buildings burned')).toBe('office buildings');
		expect(nounAfter('-megawatt scheme')).toBe('megawatt scheme');
		// "the 151-seat Sabor", "a 12-member jury": what a body holds, counted.
		expect(nounAfter('-seat Sabor after a debate')).toBe('seat Sabor');
		expect(nounAfter('-member jury.')).toBe('member jury');
		expect(nounAfter('-year-old man')).toBeUndefined();
		expect(nounAfter(' miles per hour')).toBe('miles per hour');
		expect(nounAfter(' kronor a year, paid monthly')).toBe('kronor a year');
		// "a year earlier" tells when, it is no rate.
		expect(nounAfter(' kronor a year earlier, as sales fell')).toBe('kronor');
		expect(nounAfter(' kronor a year ago')).toBe('kronor');
	});

	it('reads a noun in "-ing" before a plural as part of it, and a sum before a noun as the sum', () => {
		expect(nounAfter(' reverse vending machines.')).toBe('reverse vending machines');
		expect(nounAfter(' pound tidal lagoon off the coast')).toBe('pound');
		expect(nounAfter(' dollar gift to the hospital')).toBe('dollar');
		expect(nounAfter(' pence deposit on each bottle')).toBe('pence');
		expect(nounAfter(' pounds in damages')).toBe('pounds');
	});

	it('reads three describing words before a plural noun, not a verb or a function word among them', () => {
		expect(nounAfter(' additional housing enforcement officers, funded from fees')).toBe(
			'additional housing enforcement officers',
		);
		expect(nounAfter(' new underground car parks by 2027')).toBe('new underground car parks');
		expect(nounAfter(' people waiting outside hospitals')).toBe('people');
		expect(nounAfter(' homes on the coast road')).toBe('homes');
	});

	it('lets the engine count the officers a council will hire, the whole noun phrase read', () => {
		const answer = newUserDesk('nu111-').ask('how many new enforcement officers r they hiring');
		expect(answer.answered).toBe(true);
		expect(answer.answer).toBe('12 additional housing enforcement officers');
	});

	it('reads none for a time of day, and none past a plural in a headline', () => {
		expect(nounAfter(" o'clock on Saturday")).toBeUndefined();
		expect(nounAfter(' inmates escape south african prison', true)).toBe('inmates');
	});
});

describe('nounAfter of a make or model', () => {
	it('reads the plural noun after a make or model as what is counted', () => {
		expect(nounAfter(' Shahed drones overnight')).toBe('Shahed drones');
		expect(nounAfter(' Halo 7 phones after 96 battery fires')).toBe('Halo 7 phones');
	});

	it('reads none for a name alone, or a make in a headline', () => {
		expect(nounAfter(' Oxford Street, London')).toBeUndefined();
		expect(nounAfter(' Shahed Drones Hit Kyiv', true)).toBeUndefined();
	});
});

describe('nounAfter past a plural noun', () => {
	it('ends the counted phrase at a name or an adverb after a plural noun, and keeps a verb for the deed', () => {
		expect(nounAfter(' procedures Vandermolen carried out between 2019 and 2022')).toBe('procedures');
		expect(nounAfter(' people directly once it opens')).toBe('people');
		expect(nounAfter(' children rely on these buses')).toBe('children rely');
	});

	it('shows a count without the verb it keeps, with what happened to it or a measure', () => {
		expect(shownCount('Around 4,800 children rely')).toBe('Around 4,800 children');
		// The figure after its noun: no count ends at that noun.
		expect(shownCount('water voles recorded on the reserve rose to 1,300')).toBe(
			'water voles recorded on the reserve rose to 1,300',
		);
		expect(shownCount('14 people seriously injured')).toBe('14 people seriously injured');
		expect(shownCount('roughly 18 kilometres southwest')).toBe('roughly 18 kilometres southwest');
		expect(shownCount('15 bus routes')).toBe('15 bus routes');
		expect(shownCount('$4.2 million')).toBe('$4.2 million');
		expect(shownCount('Tens of thousands of people')).toBe('Tens of thousands of people');
		expect(shownCount('up to 60 miles per hour')).toBe('up to 60 miles per hour');
	});

	it('reads no noun in a clause after a figure ("$8.1 million using a similar method")', () => {
		expect(nounAfter(' using a similar method')).toBeUndefined();
		expect(nounAfter(' working days')).toBe('working days');
	});

	it('goes on with what happened to it, a measure or another plural noun', () => {
		expect(nounAfter(' people seriously injured')).toBe('people seriously injured');
		expect(nounAfter(' people dead')).toBe('people dead');
		expect(nounAfter(' bus routes were cut')).toBe('bus routes');
		expect(nounAfter(' news outlets')).toBe('news outlets');
	});

	it('answers "how many" with the figure and its noun, without the name after it', () => {
		const { shortAnswer } = floodReport('The review examined 1,046 procedures Vandermolen carried out in four years.');
		expect(shortAnswer('how many procedures did the review look at', 'review').phrase.text).toBe('1,046 procedures');
	});
});
