import { describe, expect, it } from 'vitest';
import { agedThing } from '../../src/core/agedThing.ts';
import { askedAge } from '../../src/core/askedAge.ts';

const ageIn = (sentence: string) => {
	const m = /\d+-\p{L}+-old/u.exec(sentence);
	if (!m) throw new Error('no age');
	return { text: m[0], start: m.index, end: m.index + m[0].length, typed: true };
};

describe('agedThing', () => {
	it('tells the age of a thing from the age of someone', () => {
		const span = 'Delia Frampton said the money would repair the 61-year-old suspension span.';
		expect(agedThing(span, ageIn(span))).toBe(true);
		const farmer = 'It was filed by Walter Pruitt, a 71-year-old corn and soybean farmer.';
		expect(agedThing(farmer, ageIn(farmer))).toBe(false);
		const leader = 'The party elected Niamh Costigan, choosing the 47-year-old over two rivals.';
		expect(agedThing(leader, ageIn(leader))).toBe(false);
		const horse = 'Bramble, a 22-year-old grey gelding, was retired on Monday.';
		expect(agedThing(horse, ageIn(horse))).toBe(false);
	});

	it('reads an age said of the subject as its own', () => {
		const puppy = 'She has had Juno since the dog was a 10-week-old puppy.';
		expect(agedThing(puppy, ageIn(puppy))).toBe(false);
	});

	it('gives no age of a person named beside a thing’s age', () => {
		const span =
			'Authority chairwoman Delia Frampton said the money was needed to repair the 61-year-old suspension span.';
		expect(askedAge('how old is delia frampton', span)).toBeNull();
		const farmer = 'Walter Pruitt, a 71-year-old farmer, said the toll was too high.';
		expect(askedAge('how old is walter pruitt', farmer)?.text).toBe('71-year-old');
	});
});
