import { describe, expect, it } from 'vitest';
import { changedTo } from '../../src/core/changedTo.ts';
import { findMentions } from '../../src/core/findMentions.ts';
import { floodReport } from './floodReport.ts';

const reached = (question: string, sentence: string) => changedTo(question, sentence, findMentions(sentence))?.text;

describe('changedTo', () => {
	const pressure =
		'Pressure fell from a normal 101.3 kilopascals to 99.6 kilopascals, a drop put down to a faulty sensor.';

	it('gives the level a change reached, with its unit', () => {
		expect(reached('what did the pressure drop to', pressure)).toBe('99.6 kilopascals');
		expect(
			reached('what did the bank raise the rate to', 'The bank raised its rate from 4.5 percent to 4.75 percent.'),
		).toBe('4.75 percent');
	});

	it('gives none for another question or a sentence that tells no level reached', () => {
		expect(reached('what did the pressure drop by', pressure)).toBeUndefined();
		expect(reached('what did the pressure drop to', 'The crew moved to 12 modules after the leak.')).toBeUndefined();
	});

	it('answers "what did X drop to" with the level, not a noun after another "to"', () => {
		const { shortAnswer } = floodReport(pressure);
		expect(shortAnswer('what did the pressure drop to', 'Pressure').phrase.text).toBe('99.6 kilopascals');
	});
});
