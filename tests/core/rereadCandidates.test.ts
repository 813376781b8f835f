import { describe, expect, it } from 'vitest';
import { readerWords, rereadLogits, topByLogit } from '../../src/core/rereadCandidates.ts';

describe('rereadCandidates', () => {
	it('orders candidates by logit, the earlier first on a tie, and keeps the first `top`', () => {
		expect(topByLogit([1, 3, 3, 2])).toEqual([1, 2, 3, 0]);
		expect(topByLogit([1, 3, 3, 2], 2)).toEqual([1, 2]);
	});

	it('weighs every logit and adds the reader scores of the candidates it read, the lowest to the others (they stay below)', () => {
		expect(rereadLogits([1, 3, 2, 0.5], [1, 2], [-2, 0.5], 0.5)).toEqual([-1.5, -0.5, 1.5, -1.75]);
	});

	it('reads the words the index keeps', () => {
		expect(readerWords('Who won the Prize?')).toEqual(['who', 'won', 'the', 'prize']);
	});
});
