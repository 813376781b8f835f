import { describe, expect, it } from 'vitest';
import { askedProfession, tradeOf, tradeTold } from '../../src/core/askedProfession.ts';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { floodReport } from './floodReport.ts';
import { shippedModelTuning } from './shippedModel.ts';

/** An invented report: people given a trade before their name, after it, or none. */
const MILL = [
	'The old mill at Korsby was drawn in 1790 by the Danish architect Henrik Vall, whose plans survive in Aarhus.',
	'Ebba Strand, a retired nurse, bought the mill in 2011 and turned it into a museum.',
	'Her son Olof worked as a ship designer for a yard in Gothenburg before he joined her.',
	'On Saturday Mayor Ines Lunde opened the new bakery in the mill.',
].join('\n\n');

describe('askedProfession', () => {
	it('reads the person whose work is asked', () => {
		expect(askedProfession("What was Vall's profession?")).toBe('Vall');
		expect(askedProfession("what was Henrik Vall' occupation")).toBe('Henrik Vall');
		expect(askedProfession('What did Ebba Strand do for a living?')).toBe('Ebba Strand');
		expect(askedProfession('What was the mill used for?')).toBeUndefined();
	});
});

describe('tradeOf', () => {
	it('takes the trade before the name or after it, up to the noun of the trade', () => {
		expect(tradeOf('Vall', 'It was drawn by the Danish architect Henrik Vall in 1790.')?.text).toBe('architect');
		expect(tradeOf('Strand', 'Ebba Strand, a retired nurse, bought it.')?.text).toBe('retired nurse');
		expect(tradeOf('Olof', 'Olof worked as a ship designer for a yard.')?.text).toBe('ship designer');
	});

	it('gives none when the sentence tells no trade', () => {
		expect(tradeOf('Lunde', 'On Saturday Ines Lunde opened the bakery.')).toBeUndefined();
		expect(tradeOf('Strand', 'Ebba Strand, who is 70, bought it.')).toBeUndefined();
		expect(tradeOf('Strand', 'Over the summer Strand trained every day.')).toBeUndefined();
		expect(tradeOf('Strand', 'Strand, however, declined to comment.')).toBeUndefined();
		expect(tradeOf('Strand', 'Strand, the former Labour minister, spoke.')).toBeUndefined();
		expect(tradeOf('Strand', 'A spokesperson for Strand said no.')).toBeUndefined();
		expect(tradeOf('Lunde', 'After meeting Ebba Strand, president Lunde left.')).toBeUndefined();
	});

	it('answers "What was X\'s profession?" with the trade, not the whole sentence', () => {
		const parsed = parseReport('mill', MILL);
		if (!parsed.ok) throw new Error(parsed.problem);
		const desk = createFactdesk([parsed.report], { ...shippedModelTuning(), minConfidence: -1 });
		expect(desk.ask("What was Henrik Vall's profession?").answer).toBe('architect');
		expect(desk.ask('What did Ebba Strand do for a living?').answer).toBe('retired nurse');
	});
});

describe('tradeOf after an age and an owner', () => {
	it('gives the office told after "Name, 58, the university’s …" for a name asked in lowercase', () => {
		const quote = "Gregory Thane, 58, the university's associate dean of admissions, was arrested on Tuesday.";
		expect(tradeOf('thane', quote)?.text).toBe('associate dean of admissions');
		expect(tradeOf('Thane', 'Marta Lind, a retired nurse, said so.')).toBeUndefined();
		expect(tradeOf('Lind', 'Marta Lind, 61, a retired nurse, said so.')?.text).toBe('retired nurse');
	});

	it('reads "what does X do" and a trade after its owner ("the network\'s field coordinator, Priya Raman")', () => {
		expect(askedProfession('what does Priya Raman do')).toBe('Priya Raman');
		expect(askedProfession('What does Dana Okonkwo do?')).toBe('Dana Okonkwo');
		expect(askedProfession('what does the council plan to do')).toBeUndefined();
		const quote = "Several calves survived, according to the network's field coordinator, Priya Raman.";
		expect(tradeOf('Priya Raman', quote)?.text).toBe('field coordinator');
	});
});

describe('tradeTold', () => {
	it("tells a sentence that writes anyone's trade from one that writes none", () => {
		expect(tradeTold('Her mother, Beatriz Ferraz, a primary school teacher, said Nadia learned.')).toBe(true);
		expect(tradeTold('said Jana Kolarova, a 34-year-old nurse who commutes from Lidno.')).toBe(true);
		expect(tradeTold('Vasquez-Hale, 52, ran a haulage business.')).toBe(true);
		expect(tradeTold('"Grandad said we should take a photo before we touched anything else."')).toBe(false);
		expect(tradeTold('"He does this for a tennis ball, nothing else," Ferreira said.')).toBe(false);
	});

	it('leaves "what did X do for a living" to another sentence where this one tells no trade', () => {
		const { shortAnswer, context } = floodReport(
			'"Grandad said we should take a photo first," Mia said.\n\nHer grandfather, Tom Hale, is a retired postman.',
		);
		expect(shortAnswer('what did the grandad do for a living', 'photo').fit).toBe(context.options.missingFigureFit);
		expect(shortAnswer('what did tom hale do for a living', 'postman').fit).toBe(1);
	});
});
