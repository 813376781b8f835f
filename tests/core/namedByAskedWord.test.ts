import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/core/findMentions.ts';
import { namedByAskedWord } from '../../src/core/namedByAskedWord.ts';
import { floodReport } from './floodReport.ts';

const { ask } = floodReport();

/** The names of `sentence` that namedByAskedWord ties to the question. */
function tied(question: string, sentence: string): string[] {
	const analysed = ask(question);
	const asked = new Set(analysed.terms.map((t) => t.stem));
	return findMentions(sentence)
		.filter((m) => m.type === 'name' && namedByAskedWord(analysed, sentence, m, asked))
		.map((m) => m.text);
}

describe('namedByAskedWord', () => {
	it('ties a "who" question to the name after its noun or before its relative verb', () => {
		expect(tied('Who was the surveyor at the dam?', 'In Orvik the surveyor Ola Berg met Anna Holm.')).toEqual([
			'Ola Berg',
		]);
		expect(tied('Who leads the crews?', 'Anna Holm thanked Ola Berg, who leads the crews.')).toEqual(['Ola Berg']);
	});

	it('ties "what river" to a name that is a river', () => {
		expect(tied('What river flooded Orvik?', 'The Lerwick River flooded Orvik and Brenn.')).toEqual(['Lerwick River']);
	});

	it('ties nothing for other questions', () => {
		expect(tied('When did Ola Berg arrive?', 'The surveyor Ola Berg arrived.')).toEqual([]);
	});
});
