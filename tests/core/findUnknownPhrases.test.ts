import { describe, expect, it } from 'vitest';
import { findUnknownPhrases } from '../../src/core/findUnknownPhrases.ts';
import { reportsHavePhrase } from '../../src/core/reportsHavePhrase.ts';
import { tokenize } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';

describe('findUnknownPhrases', () => {
	const { ask } = floodReport();

	it('finds a name whose words the report knows, but not in this order or together', () => {
		expect(ask('When did Holm Anna tour the hospital?').unknownPhrases).toEqual(['Holm Anna']);
		expect(ask('Who toured the St Brigid Clinic?').unknownPhrases).toEqual(['St Brigid Clinic']);
		expect(ask('What did Ola Holm say about the river?').unknownPhrases).toEqual(['Ola Holm']);
		expect(ask('Fire Chief Anna Holm toured which hospital?').unknownPhrases).toEqual(['Fire Chief Anna Holm']);
		expect(ask('Who toured the St. Clinic?').unknownPhrases).toEqual(['St. Clinic']);
	});

	it('lets a name the report writes pass, as well as one it never uses at all (that is an unknown word)', () => {
		expect(ask('When did Governor Anna Holm tour the hospital?').unknownPhrases).toEqual([]);
		expect(ask('Which hospital in Lerwick did Anna Holm tour?').unknownPhrases).toEqual([]);
		expect(ask('Governor Anna Holm toured which hospital?').unknownPhrases).toEqual([]);
		expect(ask('Who toured the St. Brigid Hospital?').unknownPhrases).toEqual([]);
		expect(ask('The Hospital: who toured it?').unknownPhrases).toEqual([]);
	});

	it('reads no names in a question written in title case', () => {
		expect(ask('What Did Holm Anna Say About The River?').unknownPhrases).toEqual([]);
		expect(ask('WHAT DID HOLM ANNA SAY ABOUT THE RIVER?').unknownPhrases).toEqual([]);
		expect(ask('What did Holm Anna say about The River?').unknownPhrases).toEqual(['Holm Anna']);
		expect(ask("What did Anna Holm's council approve?").unknownPhrases).toEqual([]);
		expect(ask('Who toured the Mercy General Hospital?').unknownPhrases).toEqual([]);
	});

	it('ends a name at a comma, a colon or a possessive, and corrects typos first', () => {
		expect(ask('Besides Orvik, Lerwick had what?').unknownPhrases).toEqual([]);
		expect(ask("Was Orvik's Governor there?").unknownPhrases).toEqual([]);
		expect(ask('What did Ana Holm tour?').unknownPhrases).toEqual([]);
		expect(ask('What did Holm Anna tour?').unknownPhrases).toEqual(['Holm Anna']);
	});
});

describe('reportsHavePhrase', () => {
	const { context } = floodReport();
	const stems = (text: string) => tokenize(text).map((t) => t.stem);

	it('finds words side by side in one sentence, in their order, stopwords included', () => {
		expect(reportsHavePhrase(context.corpus, stems('St Brigid Hospital'), 64)).toBe(true);
		expect(reportsHavePhrase(context.corpus, stems('the regional council'), 64)).toBe(true);
		expect(reportsHavePhrase(context.corpus, stems('Hospital Brigid'), 64)).toBe(false);
		expect(reportsHavePhrase(context.corpus, stems('the council Orvik'), 64)).toBe(false);
	});

	it('takes a name as found when its rarest word is in more sentences than the limit', () => {
		expect(reportsHavePhrase(context.corpus, stems('council Orvik'), 1)).toBe(true);
		expect(reportsHavePhrase(context.corpus, stems('council Orvik'), 3)).toBe(false);
	});

	it('looks for nothing without a lookup', () => {
		const lookup = { stems: context.questionContext.stems, correct: () => undefined };
		expect(findUnknownPhrases('Who is Holm Anna?', tokenize('Who is Holm Anna?'), lookup)).toEqual([]);
	});
});
