import { describe, expect, it } from 'vitest';
import { kindOfThing } from '../../src/core/kindOfThing.ts';
import { tokenize } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';

const kindIn = (question: string, sentence: string) => kindOfThing(question, sentence, tokenize(sentence))?.text;

describe('kindOfThing', () => {
	it('answers "what type of X" with X and the words before it that say its kind', () => {
		expect(
			kindIn('What type of architecture did Pugin think Christian?', 'Gothic architecture, Pugin believed, was best.'),
		).toBe('Gothic architecture');
		expect(kindIn('what kind of campus did they build', 'They began building an integrated campus in 1920.')).toBe(
			'integrated campus',
		);
		expect(kindIn('What kind of prejudice did he face?', 'He suffered anti-Semitic prejudice at school.')).toBe(
			'anti-Semitic prejudice',
		);
	});

	it('gives nothing for a thing written without its kind, or for other questions', () => {
		expect(kindIn('What type of wine do they make?', 'They make the wine in May.')).toBeUndefined();
		expect(kindIn('What wine do they make?', 'They make red wine.')).toBeUndefined();
	});

	it('is the short answer of such a question', () => {
		const { shortAnswer } = floodReport('Red wine may offer more benefits than white, a study found.');
		expect(shortAnswer('what type of wine has more benefits', 'Red wine').phrase.text).toBe('Red wine');
	});
});
