import { describe, expect, it } from 'vitest';
import { otherTitleHolder } from '../../src/core/otherTitleHolder.ts';
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
