import { type AnalysedQuestion, analyseQuestion, type QuestionContext } from './analyseQuestion.ts';
import type { Corpus } from './buildCorpus.ts';
import { findContradictions } from './findContradictions.ts';
import type { Mention } from './findMentions.ts';
import { matchCount } from './matchCount.ts';
import type { MatchOptions } from './options.ts';
import { expectedMentions, pickAnswerPhrase } from './pickAnswerPhrase.ts';
import { type RankedSentence, rankSentences } from './rankSentences.ts';
import { contentStems, STOPWORDS, type Token } from './tokenize.ts';
import type { Alternative, Answer, Conflict, Fact, SourceRef } from './types.ts';

export interface AnswerContext {
	corpus: Corpus;
	/** Mentions of each sentence, by sentence index. */
	mentions: Mention[][];
	/** Kinds of the named entities of each sentence by their start offset ("place", "person"…), by sentence index. */
	entityKinds: Map<number, Map<number, Fact['kind']>>;
	/** Count facts by sentence index, for conflicting figures. */
	countFacts: Map<number, Fact[]>;
	factsById: Map<string, Fact>;
	options: MatchOptions;
	questionContext: QuestionContext;
	/** People named with a role, by sentence index. */
	people: Map<number, Fact[]>;
	/** Questions each sentence answers, written from its facts, for "did you mean". */
	questionsBySentence: Map<number, string[]>;
	/** Topics to offer when declining with nothing closer. */
	topics: string[];
}

const RERANK_DEPTH = 20;

/**
 * Answers a question from the corpus: the best sentence, the short answer inside it, a confidence, up to three
 * alternatives, and any conflicting figures; or a decline when the reports do not say.
 *
 * @example
 * answerQuestion('how many drones were shot down?', context);
 * // { answered: true, answer: '72 drones', sources: [{ paragraph: 5, sentence: 3, quote: 'Ukrainian forces …' }], … }
 */
export function answerQuestion(question: string, context: AnswerContext): Answer {
	const { corpus, options } = context;
	const analysed = analyseQuestion(question, context.questionContext);
	const base: Answer = {
		question,
		type: analysed.type,
		answered: false,
		answer: '',
		confidence: 0,
		sources: [],
		conflicts: [],
		alternatives: [],
		closestTopics: [],
	};
	const ranked = rankSentences(corpus, analysed, options).slice(0, RERANK_DEPTH);
	const typed = new Set<number>();
	const pairs = questionPairs(analysed);
	for (const candidate of ranked) {
		const sentence = corpus.sentences[candidate.index];
		if (!sentence) continue;
		candidate.score *= 1 + options.phraseBonus * sharedPairs(pairs, sentence.tokens);
		if (expectedMentions(analysed, context.mentions[candidate.index] ?? [], sentence.tokens).length > 0) {
			typed.add(candidate.index);
			candidate.score *= 1 + options.typeBonus;
		}
		if (analysed.type === 'who' && personByRole(analysed, context.people.get(candidate.index))) {
			candidate.score *= 1 + options.typeBonus;
		}
	}
	ranked.sort((x, y) => y.score - x.score);
	const best = ranked[0];
	const alternatives = ranked.slice(best ? 1 : 0, 4).map((r) => toAlternative(context, r));
	const sentence = best ? corpus.sentences[best.index] : undefined;
	const confidence =
		best && sentence
			? scoreConfidence(best, typed.has(best.index), analysed, {
					contradictions: findContradictions(analysed.text, sentence.ref.quote).length,
					namesElsewhere: namesMissingFromParagraph(analysed, corpus.paragraphs[sentence.paragraphIndex]?.terms),
				})
			: 0;
	if (!best || !sentence) return decline(base, confidence, ranked, alternatives, context);
	let phrase = pickAnswerPhrase(
		analysed,
		sentence.ref.quote,
		context.mentions[best.index] ?? [],
		sentence.tokens,
		context.entityKinds.get(best.index),
	);
	const person = analysed.type === 'who' ? personByRole(analysed, context.people.get(best.index)) : undefined;
	if (person) {
		const [start, end] = person.span;
		phrase = { text: person.text, start, end, typed: true };
	}
	let fitted = confidence;
	if (analysed.type === 'count') {
		const { stems, correct } = context.questionContext;
		const count = matchCount(analysed.text, context.countFacts.get(best.index) ?? [], stems, correct);
		fitted *= count.fit;
		if (count.fact) {
			const [start, end] = count.fact.span;
			phrase = { text: sentence.ref.quote.slice(start, end), start, end, typed: true };
		}
	}
	if (fitted < options.minConfidence) return decline(base, fitted, ranked, alternatives, context);
	return {
		...base,
		answered: true,
		answer: phrase.text,
		confidence: round(fitted),
		sources: [sentence.ref],
		highlight: [phrase.start, phrase.end],
		conflicts: findConflicts(context, best.index, phrase.start, phrase.end),
		alternatives: alternatives.slice(0, 3),
	};
}

function decline(
	base: Answer,
	confidence: number,
	ranked: RankedSentence[],
	alternatives: Alternative[],
	context: AnswerContext,
): Answer {
	const best = ranked[0];
	return {
		...base,
		confidence: round(confidence),
		alternatives: best ? [toAlternative(context, best), ...alternatives].slice(0, 3) : [],
		closestTopics: closestTopics(ranked, context),
	};
}

/** A person of the sentence whose role the question names ("Who is the Ukrainian president?"). */
function personByRole(question: AnalysedQuestion, people: Fact[] | undefined): Fact | undefined {
	const asked = new Set(question.terms.filter((t) => t.weight === 1).map((t) => t.stem));
	return people?.find((person) => {
		const role = contentStems(person.subject ?? '');
		const named = contentStems(person.text);
		return role.length > 0 && role.every((r) => asked.has(r)) && !named.some((n) => asked.has(n));
	});
}

/** Adjacent pairs of the question's own content words, e.g. "shot down" → "shot down". */
function questionPairs(question: AnalysedQuestion): Set<string> {
	const own = question.terms.filter((t) => t.weight === 1).map((t) => t.stem);
	const pairs = new Set<string>();
	for (let i = 1; i < own.length; i++) pairs.add([own[i - 1], own[i]].sort().join(' '));
	return pairs;
}

/** How many of the question's word pairs stand side by side (stopwords aside) in the sentence. */
function sharedPairs(pairs: Set<string>, tokens: Token[]): number {
	if (pairs.size === 0) return 0;
	const content = tokens.filter((t) => !STOPWORDS.has(t.word)).map((t) => t.stem);
	let shared = 0;
	for (let i = 1; i < content.length; i++) if (pairs.has([content[i - 1], content[i]].sort().join(' '))) shared++;
	return shared;
}

/**
 * How sure we are that the sentence answers the question, 0..1: the share of the question's weight it holds
 * (and its paragraph), lowered when the kind of answer asked for is missing, when the question names things the
 * paragraph never mentions, and sharply when the sentence contradicts the question.
 */
function scoreConfidence(
	best: RankedSentence,
	typed: boolean,
	question: AnalysedQuestion,
	signs: { contradictions: number; namesElsewhere: number },
): number {
	let confidence = 0.75 * best.coverage + 0.25 * best.contextCoverage;
	if (TYPED_QUESTIONS.has(question.type) && !typed) confidence *= 0.6;
	for (const word of question.unknown) confidence *= word.capitalised ? 0.6 : /\d/.test(word.word) ? 0.2 : 1;
	if (signs.namesElsewhere > 0) confidence *= 0.3;
	if (signs.contradictions > 0) confidence *= 0.2;
	return Math.min(1, Math.max(0, confidence));
}

const TYPED_QUESTIONS = new Set<Answer['type']>(['count', 'when', 'where', 'who', 'quote']);

/** Names (capitalised words) and numbers of the question that the reports use, but not in this paragraph. */
function namesMissingFromParagraph(question: AnalysedQuestion, paragraph: Map<string, number> | undefined): number {
	return question.terms.filter(
		(t) =>
			t.weight === 1 &&
			(t.capitalised || /\d/.test(t.word)) &&
			!question.unknown.some((u) => u.word === t.word) &&
			!paragraph?.has(t.stem),
	).length;
}

function findConflicts(context: AnswerContext, sentenceIndex: number, start: number, end: number): Conflict[] {
	const conflicts: Conflict[] = [];
	for (const fact of context.countFacts.get(sentenceIndex) ?? []) {
		if (fact.span[1] <= start || fact.span[0] >= end) continue;
		for (const id of fact.conflicts) {
			const other = context.factsById.get(id);
			if (other) conflicts.push({ text: other.text, source: other.source });
		}
	}
	return conflicts;
}

function toAlternative(context: AnswerContext, ranked: RankedSentence): Alternative {
	const source = context.corpus.sentences[ranked.index]?.ref as SourceRef;
	const question = context.questionsBySentence.get(ranked.index)?.[0] ?? preview(source.quote, 80);
	return { question, preview: preview(source.quote, 140), source };
}

function closestTopics(ranked: RankedSentence[], context: AnswerContext): string[] {
	const topics: string[] = [];
	for (const r of ranked) {
		for (const m of context.mentions[r.index] ?? []) {
			if (m.type === 'name' && !topics.includes(m.text)) topics.push(m.text);
		}
		if (topics.length >= 3) break;
	}
	for (const topic of context.topics) if (topics.length < 3 && !topics.includes(topic)) topics.push(topic);
	return topics.slice(0, 3);
}

/** Cuts text at a word boundary, adding an ellipsis. */
export function preview(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

function round(value: number): number {
	return Math.round(value * 1000) / 1000;
}
