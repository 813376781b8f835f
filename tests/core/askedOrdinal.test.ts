import { describe, expect, it } from 'vitest';
import { askedOrdinal } from '../../src/core/askedOrdinal.ts';
import { tokenize } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';

const ordinal = (question: string, sentence: string) => askedOrdinal(question, sentence, tokenize(sentence))?.text;

describe('askedOrdinal', () => {
	it('gives the place in an order nearest the thing asked', () => {
		expect(ordinal('which lap did ribeiro crash on', 'She crashed on the third of six laps of the course.')).toBe(
			'third',
		);
		expect(ordinal('what was her world ranking', 'Varga, who was ranked 31st in the world, won.')).toBe('31st');
		expect(ordinal('what position did varga finish in', 'Varga finished in fifth position, ahead of Hart.')).toBe(
			'fifth',
		);
	});

	it('gives none for another question, or a sentence without an ordinal beside the thing asked', () => {
		expect(ordinal('which team won', 'The third team won.')).toBeUndefined();
		expect(ordinal('which stage did he win', 'He won the race on the second day.')).toBeUndefined();
		expect(ordinal('which lap did she crash on', 'She crashed on the last lap.')).toBeUndefined();
	});

	it('answers "which lap" with the ordinal, not the whole sentence', () => {
		const { shortAnswer } = floodReport(
			'The defending champion, Ana Ribeiro, crashed on a wet descent on the third of six laps of the bike course.',
		);
		expect(shortAnswer('which lap did ribeiro crash on', 'crashed').phrase.text).toBe('third');
	});
});
