import { describe, expect, it } from 'vitest';
import { compoundMeasure } from '../../src/core/compoundMeasure.ts';
import { floodReport } from './floodReport.ts';
import { phraseAt } from './phraseAt.ts';

describe('compoundMeasure', () => {
	it('widens a figure to the measure it ends or begins, written in two units', () => {
		const sentence = 'Okonkwo, who stands 7 feet 1 inch tall, averaged 21.3 points and 11.8 rebounds.';
		expect(compoundMeasure(sentence, phraseAt(sentence, '1 inch tall')).text).toBe('7 feet 1 inch tall');
		expect(compoundMeasure(sentence, phraseAt(sentence, '7 feet')).text).toBe('7 feet 1 inch');
		const talks = 'The talks lasted 2 hours and 15 minutes, and 40 people attended.';
		expect(compoundMeasure(talks, phraseAt(talks, '15 minutes')).text).toBe('2 hours and 15 minutes');
	});

	it('leaves a figure alone that is no part of such a measure, or is untyped', () => {
		const sentence = 'Okonkwo, who stands 7 feet 1 inch tall, averaged 21.3 points and 11.8 rebounds.';
		expect(compoundMeasure(sentence, phraseAt(sentence, '21.3 points')).text).toBe('21.3 points');
		const untyped = { ...phraseAt(sentence, '1 inch tall'), typed: false };
		expect(compoundMeasure(sentence, untyped)).toBe(untyped);
		const apart = 'The wall is 3 metres high and 40 centimetres thick.';
		expect(compoundMeasure(apart, phraseAt(apart, '40 centimetres')).text).toBe('40 centimetres');
	});

	it('gives "how tall" the whole height as its short answer', () => {
		const { shortAnswer } = floodReport(
			'Draft Night\n\nLENFORD, June 3 — The Gulls took Ade Okonkwo first. Okonkwo, who stands 7 feet 1 inch tall, averaged 21.3 points a game.',
		);
		expect(shortAnswer('how tall is okonkwo', 'stands 7 feet').phrase.text).toBe('7 feet 1 inch tall');
	});
});

describe('compoundMeasure of a figure a "what was the …" question finds', () => {
	it('gives the whole time in minutes and seconds, not the seconds alone', () => {
		const { shortAnswer } = floodReport(
			'Delays\n\nThe average response time for those calls was 11 minutes and 40 seconds, up from 9 minutes in 2021.',
		);
		expect(shortAnswer('what was the average response time', 'average').phrase.text).toBe('11 minutes and 40 seconds');
	});
});
