import { describe, expect, it } from 'vitest';
import { demandedFigure } from '../../src/core/demandedFigure.ts';
import { floodReport } from './floodReport.ts';

const at = (sentence: string, figure: string) => sentence.indexOf(figure);

describe('demandedFigure', () => {
	it('reads a figure somebody asked for ("had sought 12 years") as no answer to what was given', () => {
		const sought = 'Prosecutors had sought 12 years for Valmont.';
		expect(demandedFigure('how long did valmont get', sought, at(sought, '12 years'))).toBe(true);
		const lawyer = 'His lawyer sought no more than five years, citing his early plea.';
		expect(demandedFigure('how long did lim get', lawyer, at(lawyer, 'five years'))).toBe(true);
		const seeking = 'Prosecutors are seeking 12 years in prison for Valmont.';
		expect(demandedFigure('how long did valmont get', seeking, at(seeking, '12 years'))).toBe(true);
		const union = 'The union is demanding a 9% rise.';
		expect(demandedFigure('how much will pay rise', union, at(union, '9%'))).toBe(true);
	});

	it('leaves a figure given, and one asked about as a demand', () => {
		const given = 'The court sentenced him to nine years in prison.';
		expect(demandedFigure('how long did he get', given, at(given, 'nine years'))).toBe(false);
		const sought = 'Prosecutors had sought 12 years for Valmont.';
		expect(demandedFigure('what sentence were prosecutors asking for', sought, at(sought, '12 years'))).toBe(false);
		expect(demandedFigure('how long did prosecutors want', sought, at(sought, '12 years'))).toBe(false);
		const who = 'The WHO recommends at least 150 minutes of moderate exercise a week.';
		expect(demandedFigure('how many minutes of exercise should adults do', who, at(who, 'at least'))).toBe(false);
		const hiring = 'Carmaker Voltra is seeking 500 workers for its new plant.';
		expect(demandedFigure('how many workers will voltra take on', hiring, at(hiring, '500'))).toBe(false);
		// What a plan called for answers what was planned.
		const plan = 'The original proposal called for 110 turbines, but the number was cut.';
		expect(demandedFigure('how many turbines were originally planned', plan, at(plan, '110'))).toBe(false);
		expect(demandedFigure('how many turbines were planned at first', plan, at(plan, '110'))).toBe(false);
		expect(demandedFigure('how many turbines will be built', plan, at(plan, '110'))).toBe(true);
	});

	it('lowers the fit of the short answer by otherDeedFit', () => {
		const { shortAnswer, context } = floodReport('Trial\n\nProsecutors had sought 12 years for Valmont.');
		expect(shortAnswer('how long did valmont get', 'sought').fit).toBe(context.options.otherDeedFit);
	});
});
