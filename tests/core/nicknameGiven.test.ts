import { describe, expect, it } from 'vitest';
import { nicknameGiven } from '../../src/core/nicknameGiven.ts';
import { floodReport } from './floodReport.ts';

describe('nicknameGiven', () => {
	it('takes the name after "nicknamed", "dubbed" or "known as" for a nickname asked', () => {
		const sentence = 'The skeleton, nicknamed "Bertha" by the crew that dug it up, is 152 million years old.';
		expect(nicknameGiven('whats the dinosaurs nickname', sentence)?.text).toBe('Bertha');
		expect(nicknameGiven('what is her nick name', 'The striker, known as Big Red, scored twice.')?.text).toBe(
			'Big Red',
		);
	});

	it('gives nothing for other questions, or a sentence that gives no nickname', () => {
		const sentence = 'The skeleton, nicknamed "Bertha" by the crew that dug it up, is 152 million years old.';
		expect(nicknameGiven('how old is the skeleton', sentence)).toBeUndefined();
		expect(nicknameGiven('whats the nickname', 'The skeleton is 152 million years old.')).toBeUndefined();
	});

	it('gives the nickname, not the whole sentence, as the short answer', () => {
		const { shortAnswer } = floodReport(
			'Dinosaur Donated\n\nDENVER, Oct. 3 — A museum got a dinosaur. The skeleton, nicknamed "Bertha" by the crew that dug it up, belongs to a sauropod species.',
		);
		expect(shortAnswer('whats the dinosaurs nickname', 'nicknamed').phrase.text).toBe('Bertha');
	});
});
