import { describe, expect, it } from 'vitest';
import { asksExpansion, expandAcronym, spelledOutAnswer } from '../../src/core/expandAcronym.ts';
import { contentStems } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';

/** The flood report, naming two bodies in full once with their acronyms, then by acronym or in full only. */
const TEXT = [
	'The Regional Flood Office (RFO) and the Institute of Water Safety (IWS) warned Orvik on Friday.',
	'The regional flood office said the river would rise. The Orvik Harbour Authority (OHA) closed the port.',
	'The IWS asked residents to leave, and the harbour authority opened a shelter.',
	'Pumps running on direct current (DC) drained the school. The DC pumps came from Lerwick.',
].join('\n\n');

describe('expandAcronym', () => {
	const { context, ask } = floodReport(TEXT);

	it('finds the words an acronym stands for, small words skipped', () => {
		expect(expandAcronym(context.corpus, 'RFO', 16)).toEqual(contentStems('Regional Flood Office'));
		expect(expandAcronym(context.corpus, 'IWS', 16)).toEqual(contentStems('Institute of Water Safety'));
		expect(expandAcronym(context.corpus, 'OHA', 16)).toEqual(contentStems('Orvik Harbour Authority'));
		expect(expandAcronym(context.corpus, 'DC', 16)).toEqual(contentStems('direct current'));
	});

	it('finds nothing for an acronym never spelled out, unknown, or past the sentences it may read', () => {
		expect(expandAcronym(context.corpus, 'XYZ', 16)).toEqual([]);
		expect(expandAcronym(context.corpus, 'RFO', 0)).toEqual([]);
		const { context: plain } = floodReport('The RFO warned Orvik. The Regional Flood Office agreed.');
		expect(expandAcronym(plain.corpus, 'RFO', 16)).toEqual([]);
	});

	it('asks about the acronym and its words, the words weighing as synonyms', () => {
		const terms = ask('What did the OHA open?').terms;
		expect(terms.map((t) => t.stem)).toEqual(expect.arrayContaining(contentStems('oha Orvik Harbour Authority')));
		const oha = terms.find((t) => t.stem === 'oha');
		const harbour = terms.find((t) => t.stem === contentStems('harbour')[0]);
		expect(harbour?.slot).toBe(oha?.slot);
		expect(harbour?.weight).toBeLessThan(1);
	});

	it('answers "What does X stand for?" with the words, where the sentence spells it out', () => {
		const { shortAnswer } = floodReport(TEXT);
		expect(shortAnswer('What does IWS stand for?', 'Institute of Water Safety').phrase.text).toBe(
			'Institute of Water Safety',
		);
		expect(shortAnswer('What does the DC mean?', 'direct current').phrase.text).toBe('direct current');
		expect(shortAnswer('What does IWS stand for?', 'The IWS asked').phrase.text).not.toBe('Institute of Water Safety');
		expect(spelledOutAnswer('What did the IWS say?', TEXT.split('\n\n')[0] ?? '')).toBeUndefined();
	});

	it('answers it for an acronym written as a name ("Defra"), but reads "what does Obersee mean" as no acronym', () => {
		const sentence = 'Figures from the Department for Environment, Food and Rural Affairs (Defra) show a rise.';
		expect(spelledOutAnswer('What does Defra stand for?', sentence)?.text).toBe(
			'Department for Environment, Food and Rural Affairs',
		);
		expect(spelledOutAnswer('what does DEFRA stand for', sentence)?.text).toBe(
			'Department for Environment, Food and Rural Affairs',
		);
		expect(asksExpansion('What does Defra stand for?')).toBe(true);
		expect(asksExpansion('What does Obersee mean?')).toBe(false);
		expect(asksExpansion('What does Brexit mean for farmers?')).toBe(false);
	});

	it('answers it with the name before "(X)" given in another language, and gives a sentence that only uses X a low fit', () => {
		const census = 'The National Statistics Institute (INE) said it counted 20,186,433 people.';
		expect(spelledOutAnswer('what does INE stand for', census)?.text).toBe('National Statistics Institute');
		expect(spelledOutAnswer('what does INE stand for', 'The INE said the count was late.')).toBeUndefined();
		expect(spelledOutAnswer('whats INE stand for', census)?.text).toBe('National Statistics Institute');
		expect(spelledOutAnswer('what does ine mean', census)?.text).toBe('National Statistics Institute');
		expect(spelledOutAnswer('What does the union stand for?', census)).toBeUndefined();
		const tram = "The authority, the Syndicat Mixte des Transports de l'Aubert (SMTA), expects 48,000 riders.";
		expect(spelledOutAnswer('what does SMTA stand for', tram)?.text).toBe("Syndicat Mixte des Transports de l'Aubert");
		const vote = 'Seats are decided by the party vote under the mixed-member proportional (MMP) system.';
		expect(spelledOutAnswer('what does MMP stand for', vote)?.text).toBe('mixed-member proportional');
		const { shortAnswer } = floodReport(TEXT);
		expect(shortAnswer('What does IWS stand for?', 'The IWS asked').fit).toBeLessThan(1);
		// Whatever else the sentence says ("does not alter"), it spells the acronym out.
		const seats = floodReport(
			`The change does not alter the seats, decided under the mixed-member proportional (MMP) system.`,
		);
		expect(seats.shortAnswer('what does MMP stand for', 'does not alter').fit).toBe(1);
	});

	it('takes a sentence in which the spelled-out body speaks as reporting the acronym’s words', () => {
		const { shortAnswer } = floodReport(TEXT);
		const said = 'The regional flood office said';
		expect(shortAnswer('What did the RFO say?', said).fit).toBe(1);
		expect(shortAnswer('What did the IWS say?', said).fit).toBeLessThan(1);
	});
});
