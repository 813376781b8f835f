import { describe, expect, it } from 'vitest';
import { matchCount } from '../../src/core/matchCount.ts';
import { stem } from '../../src/core/tokenize.ts';
import { countsOf } from './countsOf.ts';

const SENTENCE =
	'Over two seasons, 312 children in the vaccine group caught malaria, against 951 in the control group.';
const known = new Set(['child', 'malaria', 'vaccin', 'control', 'group', 'season'].map(stem));
const ask = (question: string) => matchCount(question, countsOf(SENTENCE), known, () => undefined);

describe('matchCount', () => {
	it('takes, of several counts of the thing asked, the one whose qualifier the question names', () => {
		expect(ask('How many children in the control group caught malaria?').fact?.value).toBe(951);
		expect(ask('How many children in the vaccine group caught malaria?').fact?.value).toBe(312);
		expect(ask('How many children caught malaria?').fact?.value).toBe(312);
	});

	it('counts a synonym of the noun asked ("kids" for "children")', () => {
		expect(ask('How many kids in the control group caught malaria?').fact?.value).toBe(951);
	});

	it('finds nothing that counts a thing the reports never name', () => {
		const match = ask('How many horses caught malaria?');
		expect(match.fact).toBeUndefined();
		expect(match.fit).toBeLessThan(1);
	});
});
