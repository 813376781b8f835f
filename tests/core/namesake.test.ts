import { describe, expect, it } from 'vitest';
import { namesake } from '../../src/core/namesake.ts';

describe('namesake', () => {
	it('takes the one a name honours, though the question gives part of it ("named after Ines Tessaly")', () => {
		const sentence = 'The probe is named after Ines Tessaly, the engineer who designed its first radar.';
		expect(namesake('who was tessaly named for?', sentence)?.text).toBe('Ines Tessaly');
		expect(namesake('who is the prize named after', 'It was named in honour of the late Omar Bakri.')?.text).toBe(
			'Omar Bakri',
		);
	});

	it('gives nothing for another question or a sentence naming nothing after anyone', () => {
		expect(namesake('who designed the radar', 'The probe is named after Ines Tessaly.')).toBeUndefined();
		expect(namesake('who was tessaly named for?', 'Tessaly reached orbit on Monday.')).toBeUndefined();
	});
});
