import type { AnalysedQuestion } from './analyseQuestion.ts';
import type { TermLookup } from './TermLookup.ts';

/**
 * Whether a question is about something the reports do not cover, whatever the ranking's confidence: fewer than
 * `minKnownShare` of its content words (or their synonyms) occur anywhere in the reports, or none of them occurs in the paragraph of the
 * answer found (only synonyms or word vectors linked the two). A learned ranker can be sure of a sentence that shares
 * no word with the question; members asking about the weather or a pizza place should hear that the reports do not say.
 *
 * @example
 * offTopic(analyseQuestion('what is the weather tomorrow?', ctx), paragraph.terms, 0.5); // true
 */
export function offTopic(
	question: AnalysedQuestion,
	paragraph: TermLookup | undefined,
	minKnownShare: number,
): boolean {
	if (question.slots === 0) return false;
	const unknown = new Set(question.unknown.map((u) => u.word));
	// A word is known when the reports use it or one of its synonyms (only synonyms the reports use are terms).
	const known = new Set(question.terms.filter((t) => t.weight < 1 || !unknown.has(t.word)).map((t) => t.slot));
	if (known.size / question.slots < minKnownShare) return true;
	return !question.terms.some((t) => paragraph?.has(t.stem));
}
