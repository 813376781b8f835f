import type { AnswerContext } from './AnswerContext.ts';
import { askedOpposites, holdsOpposite } from './AntonymTable.ts';
import type { AnalysedQuestion } from './analyseQuestion.ts';
import { answerProximity, unaskedMentionTypes } from './answerProximity.ts';
import type { CandidateSigns } from './CandidateSigns.ts';
import { FeatureRow } from './FeatureRow.ts';
import { prepareContradictions } from './findContradictions.ts';
import { headOf, lexicalFeatures } from './lexicalFeatures.ts';
import { MENTION_TYPES, RANK_FEATURES } from './rankFeatures.ts';
import type { RankedSentence } from './rankSentences.ts';
import { namesMissingFromParagraph } from './scoreConfidence.ts';
import { coverageOf, coverageOfBoth, largestMissing, slotWeights } from './slotWeights.ts';
import { stem } from './tokenize.ts';
import { QUESTION_TYPES } from './types.ts';
import { questionRows, vectorSimilarity } from './WordVectors.ts';
import { withReportTopic } from './withReportTopic.ts';

const PRONOUN_START = /^(he|she|it|they|this|these|those|his|her|its|their|there|such)\b/i;

/**
 * The feature vector of each candidate sentence of a question, for the learned re-ranker (see RankerModel.ts).
 * Candidates come best first from the hand-tuned ranking; `signs` holds what the re-ranking loop found.
 */
export function candidateFeatures(
	question: AnalysedQuestion,
	ranked: readonly RankedSentence[],
	signs: readonly CandidateSigns[],
	context: AnswerContext,
): number[][] {
	const { corpus } = context;
	const top = ranked[0];
	const topParagraph = top ? corpus.sentence(top.index)?.paragraphIndex : undefined;
	const weights = slotWeights(corpus, question);
	const contradictions = prepareContradictions(question.text);
	const capitalised = question.terms.filter((t) => t.weight === 1 && t.capitalised);
	const askedStems = new Set(question.terms.map((t) => t.stem));
	const perParagraph = new Map<number, number>();
	for (const r of ranked) {
		const p = corpus.sentence(r.index)?.paragraphIndex ?? -1;
		perParagraph.set(p, (perParagraph.get(p) ?? 0) + 1);
	}
	const typeAt = QUESTION_TYPES.indexOf(question.type);
	const negated = NEGATION.test(question.text);
	const head = headOf(question, stem);
	const opposites = askedOpposites(question.terms, context.antonyms);
	const vectors = context.vectors;
	const asked = vectors ? questionRows(question, vectors, weights.bySlot) : [];
	const scratch = vectors && {
		question: new Float64Array(vectors.dimensions),
		sentence: new Float64Array(vectors.dimensions),
		dots: new Map(),
	};
	return ranked.map((candidate, rank) => {
		const sentence = corpus.sentence(candidate.index);
		const paragraph = sentence ? corpus.paragraph(sentence.paragraphIndex) : undefined;
		const sign = signs[rank] ?? { typed: false, personByRole: false, countFit: 1, sharedPairs: 0 };
		const position = paragraph?.sentences.indexOf(candidate.index) ?? 0;
		const count = paragraph?.sentences.length ?? 1;
		const quote = sentence?.ref.quote ?? '';
		const tokens = sentence?.tokens ?? [];
		const mentions = context.mentions.of(candidate.index);
		const present = unaskedMentionTypes(mentions, tokens, askedStems);
		// Looked up in the index's term lists: a Map of each sentence's and paragraph's terms is garbage per question.
		const sentenceTerms = sentence && corpus.sentenceTermLookup(candidate.index);
		const paragraphTerms = sentence && paragraph && withReportTopic(corpus, sentence.paragraphIndex);
		const previous = coverageOf(corpus, paragraph?.sentences[position - 1], question, weights);
		const pronounStart = PRONOUN_START.test(quote.replace(/^\W+/, ''));
		const row = new FeatureRow(RANK_FEATURES.length);
		row.addAll([
			Math.log1p(candidate.score),
			top && top.score > 0 ? candidate.score / top.score : 0,
			1 / (rank + 1),
			candidate.coverage,
			candidate.contextCoverage,
			Math.log1p(candidate.sentenceScore),
			Math.log1p(candidate.paragraphScore),
			candidate.affinity,
			sign.typed ? 1 : 0,
			EXPECTS_KIND.has(question.type) && !sign.typed ? 1 : 0,
			Math.min(3, sign.sharedPairs) / 3,
			position === 0 ? 1 : 0,
			count > 1 ? position / (count - 1) : 0,
			Math.log1p(tokens.length),
			namesMissingFromParagraph(question, paragraphTerms) > 0 ? 1 : 0,
			contradictions(quote).length > 0 ? 1 : 0,
			negated && !NEGATION.test(quote) ? 1 : 0,
			1 - sign.countFit,
			sign.personByRole ? 1 : 0,
			previous,
			coverageOf(corpus, paragraph?.sentences[position + 1], question, weights),
			pronounStart ? 1 : 0,
			answerProximity(mentions, tokens, askedStems, present),
			capitalised.length ? capitalised.filter((t) => sentenceTerms?.has(t.stem)).length / capitalised.length : 0,
			sentence && sentence.paragraphIndex === topParagraph ? 1 : 0,
			Math.log(perParagraph.get(sentence?.paragraphIndex ?? -1) ?? 1),
			largestMissing(question, weights, sentenceTerms),
			largestMissing(question, weights, paragraphTerms),
			...(vectors ? Object.values(vectorSimilarity(asked, tokens, vectors, scratch)) : [0, 0]),
			opposites.length && holdsOpposite(opposites, sentenceTerms) ? 1 : 0,
			pronounStart ? previous : 0,
			coverageOfBoth(corpus, [candidate.index, paragraph?.sentences[position - 1]], question, weights),
		]);
		for (let t = 0; t < QUESTION_TYPES.length; t++)
			for (const m of MENTION_TYPES) row.add(t === typeAt && present.has(m) ? 1 : 0);
		lexicalFeatures(head, tokens, quote, present, row);
		return row.finish();
	});
}

/** Words that turn a question into its opposite: a sentence without one does not answer it. */
const NEGATION = /\b(not|never|no longer|without|except|neither|nor)\b|n['’]t\b/i;
const EXPECTS_KIND = new Set(['count', 'when', 'where', 'who', 'quote']);
