import { GrowableUint32 } from './GrowableArray.ts';
import { compoundParts, normaliseWord, STOPWORDS, stem } from './tokenize.ts';

/** What the index knows of each distinct word, by word id: its stem's term id, whether it is a stopword, its parts. */
export interface WordTable {
	/** Distinct words (lowercased, spelling-normalised), by word id. */
	words: string[];
	/** Distinct terms (stems, and parts of hyphenated numbers), by term id. */
	terms: string[];
	/** The term id of each word's stem. */
	wordTerm: Uint32Array;
}

/**
 * Interns words and terms to ids while the index is built, so a token is three numbers instead of an object with
 * two strings. Surface forms seen before skip normalising and stemming. Everything added after a mark can be
 * forgotten again (a report left out for taking too long).
 */
export class VocabularyBuilder {
	readonly words: string[] = [];
	readonly terms: string[] = [];
	private readonly wordIds = new Map<string, number>();
	private readonly termIds = new Map<string, number>();
	private readonly surfaces = new Map<string, number>();
	private readonly wordTerm = new GrowableUint32();
	/** Per word, the terms it adds to the index: none for a stopword, else its stem, then its parts' stems. */
	readonly indexed: number[][] = [];

	/** The word id of a word as it stands in the text. */
	wordOf(surface: string): number {
		const known = this.surfaces.get(surface);
		if (known !== undefined) return known;
		const word = normaliseWord(surface);
		let id = this.wordIds.get(word);
		if (id === undefined) {
			id = this.words.length;
			this.words.push(word);
			this.wordIds.set(word, id);
			const stemId = this.termOf(stem(word));
			this.wordTerm.push(stemId);
			this.indexed.push(STOPWORDS.has(word) ? [] : [stemId, ...compoundParts(word).map((p) => this.termOf(p))]);
		}
		this.surfaces.set(surface, id);
		return id;
	}

	termOf(term: string): number {
		let id = this.termIds.get(term);
		if (id === undefined) {
			id = this.terms.length;
			this.terms.push(term);
			this.termIds.set(term, id);
		}
		return id;
	}

	mark(): { words: number; terms: number } {
		return { words: this.words.length, terms: this.terms.length };
	}

	/** Forgets the words and terms added since `mark`. */
	rollback(mark: { words: number; terms: number }): void {
		for (const word of this.words.splice(mark.words)) this.wordIds.delete(word);
		for (const term of this.terms.splice(mark.terms)) this.termIds.delete(term);
		this.indexed.splice(mark.words);
		this.wordTerm.truncate(mark.words);
		for (const [surface, id] of this.surfaces) if (id >= mark.words) this.surfaces.delete(surface);
	}

	table(): WordTable {
		return { words: this.words, terms: this.terms, wordTerm: this.wordTerm.toArray() };
	}
}
