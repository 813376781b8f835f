import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/core/findMentions.ts';
import { focusName } from '../../src/core/focusName.ts';

function named(question: string, sentence: string): string | undefined {
	return focusName(question, sentence, findMentions(sentence))?.text;
}

describe('focusName', () => {
	it('answers "what/which <noun>" with the name the sentence gives by that noun, before or after it', () => {
		const railway = 'Despite the damage, Ukraine’s state railway company, Ukrzaliznytsya, confirmed that trains run.';
		expect(named("What company runs Ukraine's railways?", railway)).toBe('Ukrzaliznytsya');
		expect(named('Which law firm led the investigation?', 'It was led by the law firm Carver & Lowe.')).toBe(
			'Carver & Lowe',
		);
		expect(named('What rocket carried the lander?', 'It lifted off aboard a Falcon 9 rocket on Thursday.')).toBe(
			'Falcon 9',
		);
	});

	it('reads a name after "<noun> of", and a plural noun as asking for the whole list', () => {
		const ports = 'Dock workers at the ports of Felixstowe, Liverpool and Southampton began a strike.';
		expect(named('Which ports are on strike?', ports)).toBe('Felixstowe, Liverpool and Southampton');
		expect(named('Which port is on strike?', ports)).toBe('Felixstowe');
	});

	it('gives nothing for "what kind/year…", for a name the question gives, or when no name stands by the noun', () => {
		expect(named('What year did Carver & Lowe start?', 'The law firm Carver & Lowe began in 1998.')).toBeUndefined();
		expect(named('What firm is Carver & Lowe?', 'The law firm Carver & Lowe began in 1998.')).toBeUndefined();
		expect(named('What company runs the trains?', 'Trains run on schedule, Ukrzaliznytsya said.')).toBeUndefined();
	});
});
