import { describe, expect, it } from 'vitest';
import { namesAskedBody } from '../../src/core/namesAskedBody.ts';

const phrase = (text: string) => ({ text, start: 0, end: text.length, typed: true });

describe('namesAskedBody', () => {
	it('takes a name ending in a word the question gives for what the role is of', () => {
		expect(namesAskedBody('who is the judge in the delacroix case', phrase('Delacroix Chemical'))).toBe(true);
	});

	it('leaves a holder named after the body or the role, and a single word, alone', () => {
		const question = 'Who was the Director of Central Intelligence in 2002?';
		expect(namesAskedBody(question, phrase('Director of Central Intelligence George Tenet'))).toBe(false);
		expect(namesAskedBody('who is the judge', phrase('U.S. District Judge Patricia Brenner'))).toBe(false);
		expect(namesAskedBody('who is the judge in the delacroix case', phrase('Delacroix'))).toBe(false);
	});
});
