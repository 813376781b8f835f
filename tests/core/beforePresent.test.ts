import { describe, expect, it } from 'vitest';
import { countsYearsAgo, notBeforePresent } from '../../src/core/beforePresent.ts';

describe('beforePresent', () => {
	it('tells a date of many years before the present, whose figure counts years, from "two years ago"', () => {
		expect(countsYearsAgo('about 300 million years ago')).toBe(true);
		expect(countsYearsAgo('7500 yr ago')).toBe(true);
		expect(countsYearsAgo('~11,600 BP')).toBe(true);
		expect(countsYearsAgo('two years ago')).toBe(false);
		expect(countsYearsAgo('14 months ago')).toBe(false);
	});

	it('takes a bare "BP" for no era in lowercase or after a year of our era', () => {
		expect(notBeforePresent('2010 BP')).toBe(true);
		expect(notBeforePresent('25 bp')).toBe(true);
		expect(notBeforePresent('11,600 BP')).toBe(false);
		expect(notBeforePresent('5800 yr BP')).toBe(false);
		expect(notBeforePresent('800 BP')).toBe(false);
		expect(notBeforePresent('1,500 BP')).toBe(false);
	});
});
