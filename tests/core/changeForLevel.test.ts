import { describe, expect, it } from 'vitest';
import { changeForLevel } from '../../src/core/changeForLevel.ts';
import { floodReport } from './floodReport.ts';

const at = (sentence: string, text: string) => {
	const start = sentence.indexOf(text);
	return { text, start, end: start + text.length, typed: true };
};

describe('changeForLevel', () => {
	const cut = 'The central bank cut its main lending rate by half a point on Tuesday.';
	it('knows a figure told as a change, which no question for the level is answered by', () => {
		expect(changeForLevel("what's the new lending rate?", cut, at(cut, 'half'))).toBe(true);
		expect(changeForLevel('how big was the rate cut', cut, at(cut, 'half'))).toBe(false);
		const level = 'The bank set its main lending rate at 4.5 percent.';
		expect(changeForLevel("what's the lending rate", level, at(level, '4.5 percent'))).toBe(false);
	});
	it('gives the change a low fit in the short answer', () => {
		const { shortAnswer, context } = floodReport(`Rates\n\n${cut}`);
		expect(shortAnswer("what's the new lending rate?", 'lending rate').fit).toBe(context.options.missingFigureFit);
	});
});
