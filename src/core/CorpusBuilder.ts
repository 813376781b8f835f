import type { CorpusData } from './CorpusData.ts';
import { GrowableUint32 } from './GrowableArray.ts';
import { eachWord } from './tokenize.ts';
import type { Report } from './types.ts';
import { VocabularyBuilder } from './VocabularyBuilder.ts';

/** Where the builder stood, to go back to when a report is left out. */
export interface BuilderMark {
	reports: number;
	paragraphs: number;
	sentences: number;
	tokens: number;
	terms: number;
	vocabulary: { words: number; terms: number };
}

/**
 * Builds CorpusData report by report, sentence by sentence, straight into growing typed arrays: words are interned
 * as they are read, so no token object ever exists.
 *
 * @example
 * const builder = new CorpusBuilder();
 * builder.addSentence('One. Two.', 0, 4);
 * builder.endParagraph();
 * builder.endReport(report);
 * builder.finish().data.sentenceStart; // Uint32Array [0]
 */
export class CorpusBuilder {
	readonly vocabulary = new VocabularyBuilder();
	private readonly reports: Report[] = [];
	private readonly reportParagraphs = new GrowableUint32(256);
	private readonly paragraphSentences = new GrowableUint32();
	private readonly sentenceStart = new GrowableUint32();
	private readonly sentenceEnd = new GrowableUint32();
	private readonly sentenceTokens = new GrowableUint32();
	private readonly tokenWord = new GrowableUint32();
	private readonly tokenStart = new GrowableUint32();
	private readonly tokenEnd = new GrowableUint32();
	private readonly sentenceTerms = new GrowableUint32();
	private readonly termIds = new GrowableUint32();
	private readonly termCounts = new GrowableUint32();
	/** Per term id: where it stands in the current sentence's list, valid when its stamp is the sentence's. */
	private where = new Uint32Array(1024);
	private stamp = new Uint32Array(1024);

	constructor() {
		for (const offsets of [this.reportParagraphs, this.paragraphSentences, this.sentenceTokens, this.sentenceTerms])
			offsets.push(0);
	}

	get sentenceCount(): number {
		return this.sentenceStart.length;
	}

	/** Adds the sentence at start..end of `paragraph` (its text), tokenised; returns its index. */
	addSentence(paragraph: string, start: number, end: number): number {
		const index = this.sentenceStart.length;
		const first = this.termIds.length;
		this.sentenceStart.push(start);
		this.sentenceEnd.push(end);
		eachWord(paragraph.slice(start, end), (surface, from, to) => {
			const word = this.vocabulary.wordOf(surface);
			this.tokenWord.push(word);
			this.tokenStart.push(from);
			this.tokenEnd.push(to);
			for (const term of this.vocabulary.indexed[word] ?? []) this.count(term, index + 1, first);
		});
		this.sentenceTokens.push(this.tokenWord.length);
		this.sentenceTerms.push(this.termIds.length);
		return index;
	}

	/** Counts one occurrence of `term` in the sentence stamped `stamp`, whose terms start at `first`. */
	private count(term: number, stamp: number, first: number): void {
		if (term >= this.where.length) {
			const size = Math.max(term + 1, this.where.length * 2);
			const where = new Uint32Array(size);
			const stamps = new Uint32Array(size);
			where.set(this.where);
			stamps.set(this.stamp);
			this.where = where;
			this.stamp = stamps;
		}
		if (this.stamp[term] === stamp) {
			const at = first + (this.where[term] ?? 0);
			this.termCounts.set(at, this.termCounts.at(at) + 1);
			return;
		}
		this.stamp[term] = stamp;
		this.where[term] = this.termIds.length - first;
		this.termIds.push(term);
		this.termCounts.push(1);
	}

	endParagraph(): void {
		this.paragraphSentences.push(this.sentenceStart.length);
	}

	endReport(report: Report): void {
		this.reports.push(report);
		this.reportParagraphs.push(this.paragraphSentences.length - 1);
	}

	mark(): BuilderMark {
		return {
			reports: this.reports.length,
			paragraphs: this.paragraphSentences.length,
			sentences: this.sentenceStart.length,
			tokens: this.tokenWord.length,
			terms: this.termIds.length,
			vocabulary: this.vocabulary.mark(),
		};
	}

	/** Forgets everything added since `mark` (a report that took too long to index). */
	rollback(mark: BuilderMark): void {
		this.reports.splice(mark.reports);
		this.reportParagraphs.truncate(mark.reports + 1);
		this.paragraphSentences.truncate(mark.paragraphs);
		for (const list of [this.sentenceStart, this.sentenceEnd]) list.truncate(mark.sentences);
		for (const list of [this.sentenceTokens, this.sentenceTerms]) list.truncate(mark.sentences + 1);
		for (const list of [this.tokenWord, this.tokenStart, this.tokenEnd]) list.truncate(mark.tokens);
		for (const list of [this.termIds, this.termCounts]) list.truncate(mark.terms);
		this.vocabulary.rollback(mark.vocabulary);
		this.stamp.fill(0);
	}

	finish(): { reports: Report[]; data: CorpusData } {
		const table = this.vocabulary.table();
		const data: CorpusData = {
			...table,
			reportParagraphs: this.reportParagraphs.toArray(),
			paragraphSentences: this.paragraphSentences.toArray(),
			sentenceStart: this.sentenceStart.toArray(),
			sentenceEnd: this.sentenceEnd.toArray(),
			sentenceTokens: this.sentenceTokens.toArray(),
			tokenWord: this.tokenWord.toArray(),
			tokenStart: this.tokenStart.toArray(),
			tokenEnd: this.tokenEnd.toArray(),
			sentenceTerms: this.sentenceTerms.toArray(),
			termIds: this.termIds.toArray(),
			termCounts: this.termCounts.toArray(),
		};
		return { reports: this.reports, data };
	}
}
