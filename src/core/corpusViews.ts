import type { Corpus } from './Corpus.ts';
import type { CorpusData } from './CorpusData.ts';
import type { IndexedParagraph } from './IndexedParagraph.ts';
import type { IndexedSentence } from './IndexedSentence.ts';
import type { TermLookup } from './TermLookup.ts';
import type { Token } from './tokenize.ts';
import type { Report, SourceRef } from './types.ts';

/** Sentence `index` of the corpus as an object: its source reference, tokens and terms. */
export function sentenceView(corpus: Corpus, index: number): IndexedSentence {
	return new SentenceView(corpus, index);
}

/** Paragraph `index` of the corpus as an object: its report, sentence indexes and terms. */
export function paragraphView(corpus: Corpus, index: number): IndexedParagraph {
	return new ParagraphView(corpus, index);
}

// A token of a view is made by a class, not an object literal: V8 decides per literal whether to make its objects
// straight in the old generation, and having once seen a view's tokens outlive a collection it made every later
// view's tokens there, which a question drops at once: the old generation grew by about a megabyte each young
// collection, and a full collection of 25 ms came every few hundred questions.
class TokenView implements Token {
	constructor(
		readonly word: string,
		readonly stem: string,
		readonly start: number,
		readonly end: number,
	) {}
}

// Classes, not object literals with a `terms` getter: a literal's getter is a new closure each time, which leaves
// every view an object in dictionary mode, slow to make and to read.
class SentenceView implements IndexedSentence {
	readonly paragraphIndex: number;
	readonly ref: SourceRef;
	readonly tokens: Token[];
	readonly length: number;
	readonly #data: CorpusData;
	#terms: Map<string, number> | undefined;

	constructor(
		corpus: Corpus,
		readonly index: number,
	) {
		const data = corpus.data;
		this.#data = data;
		this.paragraphIndex = corpus.sentenceParagraph[index] ?? 0;
		this.ref = corpus.ref(index);
		const tokens: Token[] = [];
		for (let k = data.sentenceTokens[index] ?? 0; k < (data.sentenceTokens[index + 1] ?? 0); k++) {
			const word = data.tokenWord[k] ?? 0;
			tokens.push(
				new TokenView(
					data.words[word] ?? '',
					data.terms[data.wordTerm[word] ?? 0] ?? '',
					data.tokenStart[k] ?? 0,
					data.tokenEnd[k] ?? 0,
				),
			);
		}
		this.tokens = tokens;
		this.length = corpus.sentenceLength[index] ?? 0;
	}

	/** Made on first use: most sentences looked at never need it, and a wall of numbers has 100,000 terms. */
	get terms(): Map<string, number> {
		const data = this.#data;
		this.#terms ??= termMap(data, data.sentenceTerms, data.termIds, data.termCounts, this.index);
		return this.#terms;
	}
}

class ParagraphView implements IndexedParagraph {
	readonly report: string;
	readonly reportIndex: number;
	readonly paragraph: number;
	readonly sentences: number[];
	readonly length: number;
	readonly #data: CorpusData;
	readonly #lists: Corpus['paragraphTerms'];
	readonly #index: number;
	#terms: Map<string, number> | undefined;

	constructor(corpus: Corpus, index: number) {
		const data = corpus.data;
		this.#data = data;
		this.#lists = corpus.paragraphTerms;
		this.#index = index;
		this.reportIndex = corpus.paragraphReport[index] ?? 0;
		this.report = corpus.reports[this.reportIndex]?.id ?? '';
		this.paragraph = index - (data.reportParagraphs[this.reportIndex] ?? 0) + 1;
		const sentences: number[] = [];
		for (let s = data.paragraphSentences[index] ?? 0; s < (data.paragraphSentences[index + 1] ?? 0); s++)
			sentences.push(s);
		this.sentences = sentences;
		this.length = corpus.paragraphLength[index] ?? 0;
	}

	get terms(): Map<string, number> {
		const lists = this.#lists;
		this.#terms ??= termMap(this.#data, lists.offsets, lists.ids, lists.counts, this.#index);
		return this.#terms;
	}
}

/** The terms of a sentence or paragraph to look up in the index (Corpus.sentenceHas, paragraphHas), as an object. */
export function termLookup(corpus: Corpus, index: number, of: 'sentence' | 'paragraph'): TermLookup {
	return new TermsOf(corpus, index, of === 'paragraph');
}

class TermsOf implements TermLookup {
	constructor(
		private readonly corpus: Corpus,
		private readonly index: number,
		private readonly paragraph: boolean,
	) {}

	has(term: string): boolean {
		return this.paragraph ? this.corpus.paragraphHas(this.index, term) : this.corpus.sentenceHas(this.index, term);
	}
}

/** The terms of item `index` of per-item term lists, with their counts, in order. */
function termMap(
	data: CorpusData,
	offsets: Uint32Array,
	ids: Uint32Array,
	counts: Uint32Array,
	index: number,
): Map<string, number> {
	const terms = new Map<string, number>();
	for (let k = offsets[index] ?? 0; k < (offsets[index + 1] ?? 0); k++)
		terms.set(data.terms[ids[k] ?? 0] ?? '', counts[k] ?? 0);
	return terms;
}

/** For offsets that divide `count` items into groups: the group of each item. */
export function spread(offsets: Uint32Array, count: number): Uint32Array {
	const group = new Uint32Array(count);
	for (let g = 0; g + 1 < offsets.length; g++) group.fill(g, offsets[g], offsets[g + 1]);
	return group;
}

/** Throws unless the arrays of `data` fit together and with the reports (a damaged or foreign cache). */
export function checkCorpusData(reports: readonly Report[], data: CorpusData): void {
	const fail = (what: string) => {
		throw new Error(`the stored index and the reports do not match (${what})`);
	};
	const offsets = (name: string, list: Uint32Array, groups: number, items: number) => {
		if (list.length !== groups + 1 || list[0] !== 0 || list[groups] !== items) fail(name);
		for (let i = 0; i < groups; i++) if ((list[i] ?? 0) > (list[i + 1] ?? 0)) fail(name);
	};
	const below = (name: string, list: Uint32Array, limit: number) => {
		for (const value of list) if (value >= limit) fail(name);
	};
	const paragraphs = data.paragraphSentences.length - 1;
	const sentences = data.sentenceStart.length;
	offsets('reports', data.reportParagraphs, reports.length, paragraphs);
	reports.forEach((report, r) => {
		const first = data.reportParagraphs[r] ?? 0;
		if ((data.reportParagraphs[r + 1] ?? 0) - first !== report.paragraphs.length) fail(`report ${report.id}`);
		report.paragraphs.forEach((text, p) => {
			for (let s = data.paragraphSentences[first + p] ?? 0; s < (data.paragraphSentences[first + p + 1] ?? 0); s++)
				if ((data.sentenceStart[s] ?? 0) > (data.sentenceEnd[s] ?? 0) || (data.sentenceEnd[s] ?? 0) > text.length)
					fail(`sentence ${s}`);
		});
	});
	offsets('paragraphs', data.paragraphSentences, paragraphs, sentences);
	if (data.sentenceEnd.length !== sentences) fail('sentence ends');
	offsets('tokens', data.sentenceTokens, sentences, data.tokenWord.length);
	if (data.tokenStart.length !== data.tokenWord.length || data.tokenEnd.length !== data.tokenWord.length)
		fail('tokens');
	offsets('terms', data.sentenceTerms, sentences, data.termIds.length);
	if (data.termCounts.length !== data.termIds.length) fail('term counts');
	if (data.wordTerm.length !== data.words.length) fail('words');
	below('token words', data.tokenWord, data.words.length);
	below('terms', data.termIds, data.terms.length);
	below('word terms', data.wordTerm, data.terms.length);
}
