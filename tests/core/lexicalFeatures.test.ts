import { describe, expect, it } from 'vitest';
import {
	HEAD_BUCKETS,
	headOf,
	LEXICAL_FEATURES,
	lexicalFeatures,
	questionHead,
} from '../../src/core/lexicalFeatures.ts';
import { stem, tokenize } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';

const { ask } = floodReport();

/** The lexical features of `sentence` for `question`, by name, the shapes of the question's own bucket only. */
function shapesOf(question: string, sentence: string): Record<string, number> {
	const head = headOf(ask(question), stem);
	const values: number[] = [];
	lexicalFeatures(head, tokenize(sentence), sentence, new Set(), { add: (v: number) => values.push(v) });
	const prefix = `head${head.bucket}×`;
	return Object.fromEntries(
		LEXICAL_FEATURES.map((name, i) => [name, values[i] ?? 0] as const)
			.filter(([name]) => name.startsWith(prefix))
			.map(([name, v]) => [name.slice(prefix.length), v]),
	);
}

describe('questionHead', () => {
	it('keeps the wh-word and the word after it, auxiliaries as "aux"', () => {
		expect(questionHead('Which river flooded Orvik?')).toEqual({ key: 'which river', focus: ['river'] });
		expect(questionHead('Where was the clinic?')).toEqual({ key: 'where aux', focus: [] });
		expect(questionHead('Floods in Orvik')).toEqual({ key: 'none', focus: [] });
	});
});

describe('lexicalFeatures', () => {
	it('writes one value per named feature, buckets beyond the question head zero', () => {
		const values: number[] = [];
		const head = headOf(ask('Where was the clinic?'), stem);
		const text = 'The clinic stood near the market in Orvik.';
		lexicalFeatures(head, tokenize(text), text, new Set(), { add: (v: number) => values.push(v) });
		expect(values).toHaveLength(LEXICAL_FEATURES.length);
		expect(LEXICAL_FEATURES.length).toBe(3 + HEAD_BUCKETS * 8);
	});

	it('marks a year, a share and a cause where the sentence holds one', () => {
		const shapes = shapesOf('When did the river burst?', 'The river burst in 1990 because 40% of the dam failed.');
		expect([shapes.year, shapes.percent, shapes.cause, shapes.money]).toEqual([1, 1, 1, 0]);
	});
});
