import { describe, expect, it } from 'vitest';
import { americanSpelling } from '../../src/core/americanSpelling.ts';
import { stem } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';

describe('americanSpelling', () => {
	it.each([
		['hospitalised', 'hospitalized'],
		['organisation', 'organization'],
		['analysed', 'analyzed'],
		['labour', 'labor'],
		['neighbourhood', 'neighborhood'],
		['metres', 'meters'],
		['theatre', 'theater'],
		['licence', 'license'],
		['catalogue', 'catalog'],
		['travelled', 'traveled'],
		['councillors', 'councilors'],
		['paediatric', 'pediatric'],
		['grey', 'gray'],
		['colours', 'colors'],
		['centres', 'centers'],
		['defences', 'defenses'],
		['manoeuvre', 'maneuver'],
		['programmes', 'programs'],
		['vapours', 'vapors'],
		['spectre', 'specter'],
	] as const)('reads "%s" as "%s"', (british, american) => {
		expect(americanSpelling(british)).toBe(american);
		expect(stem(british)).toBe(stem(american));
	});

	it('leaves words with one spelling as they are, or changes them alike on both sides', () => {
		for (const word of ['hour', 'four', 'tour', 'rise', 'raised', 'called', 'killed', 'acre', 'genre', 'crisis'])
			expect(americanSpelling(word)).toBe(word);
		expect(stem('promised')).toBe(stem('promise'));
	});

	it('lets a question in one spelling find a report in the other', () => {
		const { ask, context } = floodReport('The neighbourhood theatre was hit by floodwater, organisers said.');
		const terms = ask('which neighborhood theater was hit').terms.map((t) => t.stem);
		expect(terms.every((s) => context.questionContext.stems.has(s))).toBe(true);
	});
});
