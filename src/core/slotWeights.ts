import type { AnalysedQuestion } from './analyseQuestion.ts';
import type { Corpus } from './Corpus.ts';
import type { TermLookup } from './TermLookup.ts';

/** The idf weight of each of the question's own words (its slot), as rankSentences weighs them. */
export function slotWeights(corpus: Corpus, question: AnalysedQuestion): { bySlot: number[]; total: number } {
	const n = corpus.sentenceCount;
	const bySlot = new Array<number>(question.slots).fill(0);
	for (const term of question.terms) {
		if (term.weight !== 1) continue;
		const df = corpus.sentenceFrequency(term.stem);
		bySlot[term.slot] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
	}
	return { bySlot, total: bySlot.reduce((a, b) => a + b, 0) || 1 };
}

/** The share of the question's weight that the sentence at `sentenceIndex` holds (0 when there is none). */
export function coverageOf(
	corpus: Corpus,
	sentenceIndex: number | undefined,
	question: AnalysedQuestion,
	weights: { bySlot: number[]; total: number },
): number {
	if (sentenceIndex === undefined || !(sentenceIndex >= 0 && sentenceIndex < corpus.sentenceCount)) return 0;
	const found = new Array<number>(question.slots).fill(0);
	for (const term of question.terms)
		if (corpus.sentenceHas(sentenceIndex, term.stem))
			found[term.slot] = Math.max(found[term.slot] ?? 0, term.weight * (weights.bySlot[term.slot] ?? 0));
	return found.reduce((a, b) => a + b, 0) / weights.total;
}

/** The share of the question's weight found in either of two sentences (a sentence and the one before it). */
export function coverageOfBoth(
	corpus: Corpus,
	sentences: readonly (number | undefined)[],
	question: AnalysedQuestion,
	weights: { bySlot: number[]; total: number },
): number {
	const found = new Array<number>(question.slots).fill(0);
	for (const s of sentences) {
		if (s === undefined || !(s >= 0 && s < corpus.sentenceCount)) continue;
		for (const term of question.terms)
			if (corpus.sentenceHas(s, term.stem))
				found[term.slot] = Math.max(found[term.slot] ?? 0, term.weight * (weights.bySlot[term.slot] ?? 0));
	}
	return found.reduce((a, b) => a + b, 0) / weights.total;
}

/** The largest share of the question's weight held by one of its words that `terms` lack (synonyms count). */
export function largestMissing(
	question: AnalysedQuestion,
	weights: { bySlot: number[]; total: number },
	terms: TermLookup | undefined,
): number {
	let largest = 0;
	for (let slot = 0; slot < question.slots; slot++)
		if (!holdsSlot(question, slot, terms)) largest = Math.max(largest, (weights.bySlot[slot] ?? 0) / weights.total);
	return largest;
}

/** Whether `terms` hold the question's word at `slot` or a synonym of it. */
function holdsSlot(question: AnalysedQuestion, slot: number, terms: TermLookup | undefined): boolean {
	for (const t of question.terms) if (t.slot === slot && terms?.has(t.stem)) return true;
	return false;
}
