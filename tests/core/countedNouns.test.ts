import { describe, expect, it } from 'vitest';
import { countedNouns, countsThingsForPeople } from '../../src/core/countedNouns.ts';
import { stem } from '../../src/core/tokenize.ts';

const all = { has: () => true };
const nouns = (question: string) => countedNouns(question, all, () => undefined);

describe('countedNouns', () => {
	it('reads the noun phrase after "how many", its first word and a plural after it', () => {
		expect(nouns('how many council members voted')).toEqual(['council', 'member'].map(stem));
		expect(nouns('How many children were injured?')).toEqual([stem('child')]);
		expect(nouns('how many registered voters are there')).toEqual(['registered', 'voters'].map(stem));
	});

	it('reads people named by what they do ("rescuers", "detainees") as the noun, not as the deed counted', () => {
		expect(nouns('how many rescuers reached the climbers')).toEqual([stem('rescuers')]);
		expect(nouns('how many detainees were freed')).toEqual([stem('detainees')]);
		expect(nouns('how many injured were there')).toEqual([]);
	});

	it('ends the noun at a verb after it: "how many investors bought shares" counts no shares', () => {
		expect(nouns('how many investors bought shares')).toEqual([stem('investors')]);
		expect(nouns('how many investors paid fees')).toEqual([stem('investors')]);
	});

	it('takes people by trade for people, but not things that stem alike ("villages")', () => {
		expect(countsThingsForPeople('how many ppl bought shares', [stem('investors')])).toBe(false);
		expect(countsThingsForPeople('how many people lost homes', [stem('villages')])).toBe(true);
		expect(countsThingsForPeople('how many people lost homes', [stem('homes')])).toBe(true);
	});

	it('reads no noun where a verb follows "how many" ("went", "attended the")', () => {
		expect(nouns('how many went to hospital')).toEqual([]);
		expect(nouns('how many attended the meeting')).toEqual([]);
		expect(nouns('How many stolen cars were recovered?')).toEqual(['stolen', 'cars'].map(stem));
		expect(nouns('how many voted')).toEqual([]);
		expect(nouns('how many people came')).toEqual([]);
	});

	it('reads no noun in a word of more, a comparison or a verb after "how much"', () => {
		expect(nouns('how much extra could taxpayers have to pay')).toEqual([]);
		expect(nouns('how many extra nurses were hired')).toEqual([stem('nurses')]);
		expect(nouns('how many additional staff')).toEqual([stem('staff')]);
		expect(nouns('how much warmer than normal was the sea')).toEqual([]);
		expect(nouns('how much goes to the health programme')).toEqual([]);
		expect(nouns('how much water goes to the farms')).toEqual([stem('water')]);
	});
});
