import { describe, expect, it } from 'vitest';
import { otherPlaceHead, otherTitleHolder } from '../../src/core/otherTitleHolder.ts';
import { floodReport } from './floodReport.ts';

describe('otherTitleHolder', () => {
	const kessel = 'Finance Minister Orrin Kessel defended the measure on Tuesday.';
	const name = (sentence: string, text: string): [number, number] => {
		const start = sentence.indexOf(text);
		return [start, start + text.length];
	};

	it('finds a name titled for another field than the one asked', () => {
		expect(
			otherTitleHolder('who is the agriculture minister', kessel, ...name(kessel, 'Finance Minister Orrin Kessel')),
		).toBe(true);
		expect(otherTitleHolder('who is the agriculture minister', kessel, ...name(kessel, 'Orrin Kessel'))).toBe(true);
		expect(otherTitleHolder('who is the finance minister', kessel, ...name(kessel, 'Orrin Kessel'))).toBe(false);
		const abiola = 'Defence Minister Celestine Abiola said 31 soldiers died.';
		expect(otherTitleHolder('who is the defense minister', abiola, ...name(abiola, 'Celestine Abiola'))).toBe(false);
		const hart = 'Company spokesman Daniel Hart said it would appeal.';
		expect(otherTitleHolder('who is the chirpwave spokesman', hart, ...name(hart, 'Daniel Hart'))).toBe(false);
	});

	it('reads the prime minister as a title of its own', () => {
		const whitcombe = 'Education Minister Daniel Whitcombe said the settlement was fair.';
		expect(otherTitleHolder('who is the prime minister', whitcombe, ...name(whitcombe, 'Daniel Whitcombe'))).toBe(true);
		const lind = 'Prime Minister Marta Lind said the settlement was fair.';
		expect(otherTitleHolder('who is the prime minister', lind, ...name(lind, 'Marta Lind'))).toBe(false);
	});

	it('names nobody for "who is the agriculture minister" from the finance minister\'s sentence', () => {
		const { context, shortAnswer } = floodReport(kessel);
		expect(shortAnswer('who is the agriculture minister', 'Kessel').fit).toBe(context.options.unnamedFit);
		expect(shortAnswer('who is the finance minister', 'Kessel').fit).toBe(1);
	});
});

describe('otherPlaceHead', () => {
	const durov = 'The agreement was signed by Korvathi President Anselm Durov in the capital.';

	it("finds a head titled of another place than the one asked, and not of the place's own word", () => {
		const at = durov.indexOf('Korvathi President Anselm Durov');
		expect(otherPlaceHead('who is the president of salemna', durov, at, at + 31)).toBe(true);
		const own = 'Salemnan President Leila Haddour spoke.';
		expect(otherPlaceHead('who is the president of salemna', own, 0, 34)).toBe(false);
		expect(otherPlaceHead('who is the president of korvath', durov, at, at + 31)).toBe(false);
		expect(otherPlaceHead('who signed the agreement', durov, at, at + 31)).toBe(false);
	});

	it('names nobody for "who is the president of salemna" from the Korvathi president\'s sentence', () => {
		const { context, shortAnswer } = floodReport(
			'The agreement was signed by Korvathi President Anselm Durov and Salemnan Prime Minister Leila Haddour.',
		);
		expect(shortAnswer('who is the president of salemna', 'Durov').fit).toBe(context.options.unnamedFit);
	});
});
