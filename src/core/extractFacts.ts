import type { Corpus } from './buildCorpus.ts';
import type { Mention } from './findMentions.ts';
import type { Fact } from './types.ts';

export function extractFacts(_corpus: Corpus, _mentions: Mention[][]): Fact[] {
	return [];
}
