import type { AnswerContext } from './AnswerContext.ts';
import { askedOpposites, holdsOpposite } from './AntonymTable.ts';
import type { AnalysedQuestion } from './analyseQuestion.ts';
import type { Corpus, TermLookup } from './Corpus.ts';
import { FeatureRow } from './FeatureRow.ts';
import { prepareContradictions } from './findContradictions.ts';
import type { Mention, MentionType } from './findMentions.ts';
import { headOf, LEXICAL_FEATURES, lexicalFeatures } from './lexicalFeatures.ts';
import type { RankedSentence } from './rankSentences.ts';
import { namesMissingFromParagraph } from './scoreConfidence.ts';
import { stem, type Token } from './tokenize.ts';
import { QUESTION_TYPES } from './types.ts';
import { questionRows, vectorSimilarity } from './WordVectors.ts';

/** What the engine knows of one candidate sentence beyond the ranking itself, found while re-ranking. */
export interface CandidateSigns {
	/** Holds a mention of the kind asked for (a number for "how many"…). */
	typed: boolean;
	/** Names a person by the role the question asks about. */
	personByRole: boolean;
	/** How well its counts fit a "how many" question, 0..1 (1 when not a count question). */
	countFit: number;
	/** Pairs of the question's words it holds side by side. */
	sharedPairs: number;
}

const MENTION_TYPES: readonly MentionType[] = ['number', 'date', 'name', 'quote'];
const PRONOUN_START = /^(he|she|it|they|this|these|those|his|her|its|their|there|such)\b/i;
/** Mentions looked at per sentence: enough for any real sentence, bounded for a wall of numbers. */
const MAX_MENTIONS = 40;

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
	...QUESTION_TYPES.flatMap((type) => MENTION_TYPES.map((mention) => `${type}×${mention}`)),
	...LEXICAL_FEATURES,
];

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
		const paragraphTerms = sentence && paragraph && corpus.paragraphTermLookup(sentence.paragraphIndex);
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
			coverageOf(corpus, paragraph?.sentences[position - 1], question, weights),
			coverageOf(corpus, paragraph?.sentences[position + 1], question, weights),
			PRONOUN_START.test(quote.replace(/^\W+/, '')) ? 1 : 0,
			answerProximity(mentions, tokens, askedStems, present),
			capitalised.length ? capitalised.filter((t) => sentenceTerms?.has(t.stem)).length / capitalised.length : 0,
			sentence && sentence.paragraphIndex === topParagraph ? 1 : 0,
			Math.log(perParagraph.get(sentence?.paragraphIndex ?? -1) ?? 1),
			largestMissing(question, weights, sentenceTerms),
			largestMissing(question, weights, paragraphTerms),
			...(vectors ? Object.values(vectorSimilarity(asked, tokens, vectors, scratch)) : [0, 0]),
			opposites.length && holdsOpposite(opposites, sentenceTerms) ? 1 : 0,
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

/** The idf weight of each of the question's own words (its slot), as rankSentences weighs them. */
function slotWeights(corpus: Corpus, question: AnalysedQuestion): { bySlot: number[]; total: number } {
	const n = corpus.sentenceCount;
	const bySlot = new Array<number>(question.slots).fill(0);
	for (const term of question.terms) {
		if (term.weight !== 1) continue;
		const df = corpus.sentenceFrequency(term.stem);
		bySlot[term.slot] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
	}
	return { bySlot, total: bySlot.reduce((a, b) => a + b, 0) || 1 };
}

function coverageOf(
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

/** The largest share of the question's weight held by one of its words that `terms` lack (synonyms count). */
function largestMissing(
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

/** Kinds of mention in the sentence that the question does not itself name. */
function unaskedMentionTypes(mentions: Mention[], tokens: Token[], asked: ReadonlySet<string>): Set<MentionType> {
	const kinds = new Set<MentionType>();
	for (let i = 0; i < Math.min(mentions.length, MAX_MENTIONS); i++) {
		const m = mentions[i] as Mention;
		if (kinds.has(m.type)) continue;
		if (!allAsked(m, tokens, asked)) kinds.add(m.type);
	}
	return kinds;
}

function allAsked(mention: Mention, tokens: Token[], asked: ReadonlySet<string>): boolean {
	let inside = 0;
	const from = firstTokenFrom(tokens, mention.start);
	for (let k = from < 0 ? tokens.length : from; k < tokens.length; k++) {
		const t = tokens[k] as Token;
		if (t.start >= mention.end) break;
		inside++;
		if (!asked.has(t.stem)) return false;
	}
	return inside > 0;
}

/** 1 / (1 + token distance) from the nearest unasked mention to the nearest question word; 0 when either is missing. */
function answerProximity(
	mentions: Mention[],
	tokens: Token[],
	asked: ReadonlySet<string>,
	present: ReadonlySet<MentionType>,
): number {
	if (present.size === 0) return 0;
	const anchors: number[] = [];
	tokens.forEach((t, i) => {
		if (asked.has(t.stem)) anchors.push(i);
	});
	if (anchors.length === 0) return 0;
	let best = Number.POSITIVE_INFINITY;
	for (let i = 0; i < Math.min(mentions.length, MAX_MENTIONS); i++) {
		const m = mentions[i] as Mention;
		if (allAsked(m, tokens, asked)) continue;
		const at = firstTokenFrom(tokens, m.start);
		if (at < 0) continue;
		for (const a of anchors) best = Math.min(best, Math.abs(a - at));
	}
	return Number.isFinite(best) ? 1 / (1 + best) : 0;
}

/** The first token that starts at or after `offset`, or -1 (tokens are in order: a binary search). */
function firstTokenFrom(tokens: readonly Token[], offset: number): number {
	let low = 0;
	let high = tokens.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((tokens[middle] as Token).start < offset) low = middle + 1;
		else high = middle;
	}
	return low < tokens.length ? low : -1;
}
