import { describe, expect, it } from 'vitest';
import { matchCount } from '../../src/core/matchCount.ts';
import { nearAskedWords } from '../../src/core/nearAskedWords.ts';
import { contentStems } from '../../src/core/tokenize.ts';
import { countsOf } from './countsOf.ts';

const all = { has: () => true };
const count = (sentence: string, question: string) =>
	matchCount(question, countsOf(sentence), all, () => undefined).fact?.value;

describe('nearAskedWords', () => {
	it('takes, of counts that fit alike, the one the question’s other words stand next to', () => {
		const jail = 'Harlow jail was built for 800 inmates but currently holds 1,250, the inspectors found.';
		expect(count(jail, 'how many inmates does harlow jail hold now')).toBe(1250);
		expect(count(jail, 'how many inmates was the jail built for')).toBe(800);
		const wreck =
			'The galleon is thought to have carried around 2 million coins, of which divers have so far raised roughly 410,000, experts said.';
		expect(count(wreck, 'how many coins have divers raised so far')).toBe(410_000);
		const clinic =
			'By noon, 31 people had been seen at the clinic for food poisoning, and 6 of them had later been admitted.';
		expect(count(clinic, 'how many were admitted?')).toBe(6);
	});

	it('keeps a clause’s words to its own figure and leaves a name’s number word alone', () => {
		const tally = 'When the postal votes were added, Ferreira gained 512 votes and Lindqvist gained 377.';
		expect(count(tally, 'how many votes did lindqvist gain from the postal votes')).toBe(377);
		const films = 'The festival’s main competition has a record seven films directed by women out of 19.';
		expect(count(films, 'how many films by women are in the main competition')).toBe(7);
		const ship = 'The 90-metre ship, named Polar One, left port on Monday.';
		const facts = countsOf(ship);
		expect(nearAskedWords(facts, facts, new Set(contentStems('how long is polar one')), [])).toBeUndefined();
	});

	it('decides nothing when no word of the question is near one figure more than another', () => {
		const fund = 'The fund paid 40 grants in March and 55 grants in April.';
		const facts = countsOf(fund);
		expect(nearAskedWords(facts, facts, new Set(contentStems('how many grants')), ['grant'])).toBeUndefined();
		expect(count(fund, 'how many grants were paid in april')).toBe(55);
	});
});
