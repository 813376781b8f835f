import { describe, expect, it } from 'vitest';
import { nounAfter } from '../../src/core/nounAfter.ts';

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
