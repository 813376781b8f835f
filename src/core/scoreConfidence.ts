import type { AnalysedQuestion } from './analyseQuestion.ts';
import { DEFAULT_OPTIONS, type MatchOptions } from './options.ts';
import type { RankedSentence } from './rankSentences.ts';
import type { TermLookup } from './TermLookup.ts';
import type { Answer } from './types.ts';

/**
 * How sure we are that the sentence answers the question, 0..1: the share of the question's weight it holds
 * (and its paragraph), lowered when the kind of answer asked for is missing, when the question names things the
 * paragraph never mentions, and sharply when the sentence contradicts the question.
 */
export function scoreConfidence(
	best: RankedSentence,
	typed: boolean,
	question: AnalysedQuestion,
	signs: { contradictions: number; namesElsewhere: number },
	options: MatchOptions = DEFAULT_OPTIONS,
): number {
	const share = options.sentenceCoverageShare;
	let confidence = share * best.coverage + (1 - share) * best.contextCoverage;
	if (TYPED_QUESTIONS.has(question.type) && !typed) confidence *= options.missingKindFactor;
	for (const word of question.unknown)
		confidence *= word.capitalised ? options.unknownNameFactor : /\d/.test(word.word) ? options.unknownNumberFactor : 1;
	if (signs.namesElsewhere > 0) confidence *= options.namesElsewhereFactor;
	if (signs.contradictions > 0) confidence *= options.contradictionFactor;
	return Math.min(1, Math.max(0, confidence));
}

const TYPED_QUESTIONS = new Set<Answer['type']>(['count', 'when', 'where', 'who', 'quote']);

/**
 * Names (capitalised words) and numbers of the question that the reports use, but not in this paragraph; a small
 * number the paragraph spells ("8" of "the eight-minute target") is in it.
 */
export function namesMissingFromParagraph(question: AnalysedQuestion, paragraph: TermLookup | undefined): number {
	return question.terms.filter((t) => {
		if (t.weight !== 1 || !(t.capitalised || /\d/.test(t.word))) return false;
		if (question.unknown.some((u) => u.word === t.word) || paragraph?.has(t.stem)) return false;
		// The number spelled, alone or in a compound, is a term of the same slot (see analyseQuestion).
		return !(
			/^\d+$/.test(t.word) && question.terms.some((o) => o.slot === t.slot && o !== t && paragraph?.has(o.stem))
		);
	}).length;
}
