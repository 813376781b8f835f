import type { MentionType } from './findMentions.ts';
import { LEXICAL_FEATURES } from './lexicalFeatures.ts';
import { QUESTION_TYPES } from './types.ts';

/** The kinds of mention a candidate's features pair with each question type (QUESTION_TYPES × MENTION_TYPES). */
export const MENTION_TYPES: readonly MentionType[] = ['number', 'date', 'name', 'quote'];

/** Names of the ranking features, in the order candidateFeatures writes them; a model file lists the same. */
export const RANK_FEATURES: readonly string[] = [
	'logScore',
	'relativeScore',
	'reciprocalRank',
	'coverage',
	'contextCoverage',
	'logSentenceBm25',
	'logParagraphBm25',
	'affinity',
	'typed',
	'typeMissing',
	'sharedPairs',
	'firstInParagraph',
	'positionInParagraph',
	'logLength',
	'namesElsewhere',
	'contradicted',
	'negationMismatch',
	'countMisfit',
	'personByRole',
	'previousCoverage',
	'nextCoverage',
	'startsWithPronoun',
	'answerNearQuestionWords',
	'capitalisedCovered',
	'sameParagraphAsTop',
	'candidatesInParagraph',
	'largestMissingInSentence',
	'largestMissingInParagraph',
	'softCoverage',
	'centroidSimilarity',
	'oppositeInSentence',
	'pronounAfterCovered',
	'withPreviousCoverage',
	...QUESTION_TYPES.flatMap((type) => MENTION_TYPES.map((mention) => `${type}×${mention}`)),
	...LEXICAL_FEATURES,
];
