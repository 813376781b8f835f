import { describe, expect, it } from 'vitest';
import { modelLexicon } from '../../src/core/modelLexicon.ts';
import { stem } from '../../src/core/tokenize.ts';
import { loadRankerModel } from '../../src/engine/loadRankerModel.ts';

const small = loadRankerModel('tests/fixtures/ranker-small.json').model;

describe('modelLexicon', () => {
	it('unpacks a model’s vectors and opposite words once and shares them after', () => {
		if (!small) throw new Error('the fixture model did not load');
		const first = modelLexicon(small);
		expect(modelLexicon(small)).toBe(first);
		expect(first.vectors.rows.size).toBe(small.vectors.words.split('\n').length);
		expect(first.antonyms?.size).toBeGreaterThan(0);
		const [a, b] = (small.antonyms ?? '').split('\n')[0]?.split(' ') ?? [];
		expect(first.antonyms?.get(stem(a ?? ''))).toContain(stem(b ?? ''));
	});

	it('gives another model its own copy, without opposites when its file has none', () => {
		if (!small) throw new Error('the fixture model did not load');
		const { antonyms: _, ...bare } = small;
		const lexicon = modelLexicon(bare);
		expect(lexicon).not.toBe(modelLexicon(small));
		expect(lexicon.antonyms).toBeUndefined();
		expect(lexicon.vectors.rows.size).toBe(modelLexicon(small).vectors.rows.size);
	});
});
