import { describe, expect, it } from 'vitest';
import { measureSpelled } from '../../src/core/measureSpelled.ts';
import { floodReport } from './floodReport.ts';

function spelled(question: string, text: string): string {
	return measureSpelled(question, { text, start: 0, end: text.length, typed: true }).text;
}

describe('measureSpelled', () => {
	it('writes a hyphened measure as it is said on its own for a question that asks it', () => {
		expect(spelled('how long did the trial last', 'eight-day')).toBe('eight days');
		expect(spelled('How old is the tomb?', '2,800-year-old')).toBe('2,800 years old');
		expect(spelled('how long was the stage', '187-kilometre mountain stage')).toBe('187 kilometres');
		expect(spelled('how long is the ban', 'one-year')).toBe('one year');
		expect(spelled('how many hours was the flight', 'nearly 13-hour')).toBe('nearly 13 hours');
		expect(spelled('how long is the tunnel', '12-foot')).toBe('12 feet');
	});

	it('leaves other questions, other phrases and untyped ones as they are', () => {
		expect(spelled('what contract did he sign', 'six-year contract')).toBe('six-year contract');
		expect(spelled('how long is the contract', 'June 2029')).toBe('June 2029');
		expect(spelled('how long is the contract', 'a six-year contract')).toBe('a six-year contract');
		expect(measureSpelled('how long', { text: 'eight-day', start: 0, end: 9, typed: false }).text).toBe('eight-day');
	});

	it('answers "how long" and "how old" of a report with the measure and its unit', () => {
		const { shortAnswer } = floodReport(
			'The court heard during the eight-day trial that the cleaner had lied. Divers found a 2,800-year-old royal tomb near the shore.',
		);
		expect(shortAnswer('how long did the trial last', 'trial').phrase.text).toBe('eight days');
		expect(shortAnswer('how old is the royal tomb', 'tomb').phrase.text).toBe('2,800 years old');
	});
});
