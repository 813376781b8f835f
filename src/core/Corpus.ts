import type { CorpusData } from './CorpusData.ts';
import { cachedView, VIEW_CACHE } from './cachedView.ts';
import { checkCorpusData, paragraphView, sentenceView, termLookup } from './corpusViews.ts';
import { typoWords } from './correctTypos.ts';
import { buildDeletionTable, fitsWords } from './deletionIndex.ts';
import { deriveCorpus } from './deriveCorpus.ts';
import type { IndexedParagraph } from './IndexedParagraph.ts';
import type { IndexedSentence } from './IndexedSentence.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import type { TermLookup } from './TermLookup.ts';
import type { TypoTable } from './TypoTable.ts';
import type { Postings, TermLists } from './termLists.ts';
import { titleNameStems } from './titleNameStems.ts';
import { contentStems } from './tokenize.ts';
import type { Report, SourceRef } from './types.ts';

/**
 * Reports split into sentences and paragraphs, tokenised once, with postings for BM25: flat typed arrays (see
 * CorpusData) plus the lookups derived from them; a sentence or paragraph becomes an object only when asked for.
 */
export class Corpus {
	readonly sentenceCount: number;
	readonly paragraphCount: number;
	declare readonly sentenceParagraph: Uint32Array;
	declare readonly paragraphReport: Uint32Array;
	declare readonly sentenceLength: Uint32Array;
	declare readonly paragraphLength: Uint32Array;
	declare readonly averageSentenceLength: number;
	declare readonly averageParagraphLength: number;
	declare readonly sentencePostings: Postings;
	declare readonly paragraphPostings: Postings;
	declare readonly reportPostings: Postings;
	declare readonly paragraphTerms: TermLists;
	/** Reports whose title holds each stem. */
	readonly titleStems = new Map<string, number[]>();
	/** Score arrays reused by every question (all zero between questions), so answering makes little garbage. */
	readonly scratch: {
		sentenceScores: Float64Array;
		paragraphScores: Float64Array;
		/** The sentences and paragraphs a question scored (their count is kept by the caller). */
		touchedSentences: Uint32Array;
		touchedParagraphs: Uint32Array;
	};
	private readonly termIndex = new Map<string, number>();
	private readonly reportIndex = new Map<string, number>();
	private sentenceViews = new Map<number, IndexedSentence>();
	private paragraphViews = new Map<number, IndexedParagraph>();
	/** Views of the few sentences too long to make again for every question (a wall of numbers), kept for good. */
	private readonly pinnedSentences = new Map<number, IndexedSentence>();
	private readonly pinnedParagraphs = new Map<number, IndexedParagraph>();
	private typoWords?: { minLength: number; words: string[] };

	/** Throws when the parts of `data` do not fit together or with the reports. */
	constructor(
		readonly reports: Report[],
		readonly data: CorpusData,
		private typos?: TypoTable,
	) {
		checkCorpusData(reports, data);
		const { terms, paragraphSentences, sentenceStart } = data;
		this.sentenceCount = sentenceStart.length;
		this.paragraphCount = paragraphSentences.length - 1;
		terms.forEach((term, t) => {
			this.termIndex.set(term, t);
		});
		reports.forEach((report, r) => {
			this.reportIndex.set(report.id, r);
			const titled = new Set(contentStems(report.title));
			for (const stem of [...titled, ...titleNameStems(report, titled)]) {
				const holding = this.titleStems.get(stem);
				if (holding) holding.push(r);
				else this.titleStems.set(stem, [r]);
			}
		});
		Object.assign(this, deriveCorpus(data));
		this.scratch = {
			sentenceScores: new Float64Array(this.sentenceCount),
			paragraphScores: new Float64Array(this.paragraphCount),
			touchedSentences: new Uint32Array(this.sentenceCount),
			touchedParagraphs: new Uint32Array(this.paragraphCount),
		};
		for (let s = 0; s < this.sentenceCount; s++)
			if ((data.sentenceTokens[s + 1] ?? 0) - (data.sentenceTokens[s] ?? 0) > SENTENCE_LIMITS.tokens) this.pin(s);
	}

	/** Every distinct word of the reports (lowercased, spelling-normalised), for typo correction. */
	get words(): readonly string[] {
		return this.data.words;
	}

	/**
	 * The words typos are corrected to (typoWords) and their deletion table: the table read from the cache when it
	 * was made for this minLength and fits, else built here; both once.
	 */
	typoIndex(minLength: number): { words: string[]; table: TypoTable } {
		if (this.typoWords?.minLength === minLength && this.typos?.minLength === minLength)
			return { words: this.typoWords.words, table: this.typos };
		const words = typoWords(this.data.words, minLength);
		this.typoWords = { minLength, words };
		if (this.typos?.minLength !== minLength || !fitsWords(this.typos, words.length))
			this.typos = { minLength, ...buildDeletionTable(words) };
		return { words, table: this.typos };
	}

	/** The id of a term (a stem), or -1 when the reports never use it. */
	termId(term: string): number {
		return this.termIndex.get(term) ?? -1;
	}

	/** In how many sentences a term occurs (0 for a stopword or a word the reports never use). */
	sentenceFrequency(term: string): number {
		const t = this.termId(term);
		return t < 0 ? 0 : (this.sentencePostings.offsets[t + 1] ?? 0) - (this.sentencePostings.offsets[t] ?? 0);
	}

	/** Whether sentence `index` holds `term` among its content stems. */
	sentenceHas(index: number, term: string): boolean {
		const pinned = this.pinnedSentences.get(index);
		if (pinned) return pinned.terms.has(term);
		const t = this.termId(term);
		if (t < 0) return false;
		for (let k = this.data.sentenceTerms[index] ?? 0; k < (this.data.sentenceTerms[index + 1] ?? 0); k++)
			if (this.data.termIds[k] === t) return true;
		return false;
	}

	/** The terms of sentence `index` to look up (see sentenceHas), without making them a Map. */
	sentenceTermLookup(index: number): TermLookup {
		return termLookup(this, index, 'sentence');
	}

	/** The terms of paragraph `index` to look up (see paragraphHas), likewise. */
	paragraphTermLookup(index: number): TermLookup {
		return termLookup(this, index, 'paragraph');
	}

	/** Where sentence `index` stands, with its text. */
	ref(index: number): SourceRef {
		const p = this.sentenceParagraph[index] ?? 0;
		const r = this.paragraphReport[p] ?? 0;
		const start = this.data.sentenceStart[index] ?? 0;
		const end = this.data.sentenceEnd[index] ?? 0;
		const paragraph = p - (this.data.reportParagraphs[r] ?? 0) + 1;
		return {
			report: this.reports[r]?.id ?? '',
			paragraph,
			sentence: index - (this.data.paragraphSentences[p] ?? 0) + 1,
			start,
			end,
			quote: this.reports[r]?.paragraphs[paragraph - 1]?.slice(start, end) ?? '',
		};
	}

	/** The text of sentence `index`. */
	quote(index: number): string {
		const p = this.sentenceParagraph[index] ?? 0;
		const r = this.paragraphReport[p] ?? 0;
		const text = this.reports[r]?.paragraphs[p - (this.data.reportParagraphs[r] ?? 0)] ?? '';
		return text.slice(this.data.sentenceStart[index] ?? 0, this.data.sentenceEnd[index] ?? 0);
	}

	/** Whether paragraph `index` holds `term` in one of its sentences. */
	paragraphHas(index: number, term: string): boolean {
		const pinned = this.pinnedParagraphs.get(index);
		if (pinned) return pinned.terms.has(term);
		const t = this.termId(term);
		if (t < 0) return false;
		const lists = this.paragraphTerms;
		for (let k = lists.offsets[index] ?? 0; k < (lists.offsets[index + 1] ?? 0); k++)
			if (lists.ids[k] === t) return true;
		return false;
	}

	/** The index of the sentence a source reference points to, or -1. */
	sentenceAt(ref: Pick<SourceRef, 'report' | 'paragraph' | 'sentence'>): number {
		const r = this.reportIndex.get(ref.report);
		if (r === undefined) return -1;
		const p = (this.data.reportParagraphs[r] ?? 0) + ref.paragraph - 1;
		if (ref.paragraph < 1 || p >= (this.data.reportParagraphs[r + 1] ?? 0)) return -1;
		const s = (this.data.paragraphSentences[p] ?? 0) + ref.sentence - 1;
		return ref.sentence < 1 || s >= (this.data.paragraphSentences[p + 1] ?? 0) ? -1 : s;
	}

	/** The index of the report with this id, or -1. */
	reportAt(id: string): number {
		return this.reportIndex.get(id) ?? -1;
	}

	/** The sentences of report `r`: indexes from, up to to. */
	reportSentences(r: number): { from: number; to: number } {
		const { reportParagraphs, paragraphSentences } = this.data;
		return {
			from: paragraphSentences[reportParagraphs[r] ?? 0] ?? 0,
			to: paragraphSentences[reportParagraphs[r + 1] ?? 0] ?? 0,
		};
	}

	/**
	 * Forgets the sentences and paragraphs made into objects so far (each question starts so), unless every sentence
	 * fits the cache (a few reports: each is made once). Kept from question to question in a cache that starts over,
	 * they outlive a young-generation collection or two, and whatever such a cache once held keeps young objects
	 * alive and copied until the next full collection: at 1,000 reports, most of each pause.
	 */
	forgetViews(): void {
		if (this.sentenceCount <= VIEW_CACHE) return;
		this.sentenceViews = new Map();
		this.paragraphViews = new Map();
	}

	/** Sentence `index` as an object (made on first use, kept while among the last few used; see forgetViews). */
	sentence(index: number): IndexedSentence | undefined {
		if (!(index >= 0 && index < this.sentenceCount)) return undefined;
		return cachedView(this.sentenceViews, this.pinnedSentences, index, () => sentenceView(this, index));
	}

	/** Paragraph `index` as an object, likewise. */
	paragraph(index: number): IndexedParagraph | undefined {
		if (!(index >= 0 && index < this.paragraphCount)) return undefined;
		return cachedView(this.paragraphViews, this.pinnedParagraphs, index, () => paragraphView(this, index));
	}

	/** Keeps sentence `s` and its paragraph as objects, terms made, for good (a wall of numbers). */
	private pin(s: number): void {
		const sentence = sentenceView(this, s);
		const p = this.sentenceParagraph[s] ?? 0;
		const paragraph = this.pinnedParagraphs.get(p) ?? paragraphView(this, p);
		void sentence.terms;
		void paragraph.terms;
		this.pinnedSentences.set(s, sentence);
		this.pinnedParagraphs.set(p, paragraph);
	}
}
