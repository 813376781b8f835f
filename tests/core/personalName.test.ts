import { describe, expect, it } from 'vitest';
import { personalName } from '../../src/core/personalName.ts';
import { floodReport } from './floodReport.ts';

describe('personalName', () => {
	it('gives the name a sentence gives after "whose real name is", "born" or "née"', () => {
		const sentence = 'Vela, 29, whose real name is Ana Costa Lind, sang at the festival.';
		expect(personalName("what is vela's real name", sentence)?.text).toBe('Ana Costa Lind');
		expect(personalName('what was her maiden name', 'Ruth Moe, née Berg, died at 90.')?.text).toBe('Berg');
		expect(personalName("what is vela's real name", 'Vela sang at the festival.')).toBeUndefined();
		expect(personalName('how old is vela', sentence)).toBeUndefined();
	});

	it('answers "what is X\'s real name" in the engine', () => {
		const { shortAnswer } = floodReport('Vela, 29, whose real name is Ana Costa Lind, sang at the festival in Orvik.');
		expect(shortAnswer("whats vela's real name", 'festival').phrase.text).toBe('Ana Costa Lind');
	});
});
