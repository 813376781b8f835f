import type { AnswerContext } from './AnswerContext.ts';
import type { AntonymTable } from './AntonymTable.ts';
import { correctToStem, createTypoCorrector } from './correctTypos.ts';
import { expandAcronym } from './expandAcronym.ts';
import type { ReportIndex } from './indexReports.ts';
import { modelLexicon } from './modelLexicon.ts';
import { DEFAULT_OPTIONS, type MatchOptions } from './options.ts';
import type { RankerModel } from './RankerModel.ts';
import { ReportTexts } from './ReportTexts.ts';
import { reportsHavePhrase } from './reportsHavePhrase.ts';
import { questionsFor } from './suggestQuestions.ts';
import { stem } from './tokenize.ts';
import type { Fact, SourceRef } from './types.ts';
import type { WordVectors } from './WordVectors.ts';
import { writtenAsName } from './writtenAsName.ts';

/** Matching options to change, and the learned model to rank and estimate confidence with (if any). */
/** `vectors` and `antonyms`, when given, are used for the features instead of the model's own (training does so). */
export type EngineTuning = Partial<MatchOptions> & {
	model?: RankerModel;
	vectors?: WordVectors;
	antonyms?: AntonymTable;
};

/**
 * Everything answerQuestion needs over an index: facts by sentence, the typo corrector, the options (the model's
 * decline floor unless `minConfidence` is given), and where each sentence is by its source reference.
 */
export function buildAnswerContext(
	index: ReportIndex,
	tuning: EngineTuning = {},
): { context: AnswerContext; sentenceOf: (ref: SourceRef) => number } {
	const { model, vectors: given, antonyms: givenAntonyms, ...matching } = tuning;
	const lexicon = model && (!given || !givenAntonyms || model.reader) ? modelLexicon(model) : undefined;
	const vectors = given ?? lexicon?.vectors;
	const antonyms = givenAntonyms ?? lexicon?.antonyms;
	const options: MatchOptions = {
		...DEFAULT_OPTIONS,
		...(model && { minConfidence: model.declineBelow }),
		...matching,
	};
	const { corpus, mentions, facts } = index;
	const sentenceOf = (ref: SourceRef) => corpus.sentenceAt(ref);
	const push = <K, V>(map: Map<K, V[]>, key: K, ...values: V[]) => {
		const list = map.get(key);
		if (list) list.push(...values);
		else map.set(key, values);
	};
	const factsById = new Map<string, Fact>();
	const countFacts = new Map<number, Fact[]>();
	const entityKinds = new Map<number, Map<number, Fact['kind']>>();
	const questionsBySentence = new Map<number, string[]>();
	const people = new Map<number, Fact[]>();
	const statements = new Map<number, Fact[]>();
	const topicCounts = new Map<string, number>();
	// Only the facts some fact conflicts with are looked up by id (a few hundred of 400,000 at 10,000 reports).
	const conflicting = new Set<string>();
	for (const fact of facts) for (const id of fact.conflicts) conflicting.add(id);
	for (const fact of facts) {
		if (conflicting.has(fact.id)) factsById.set(fact.id, fact);
		if (fact.kind === 'claim') continue;
		const at = sentenceOf(fact.source);
		// Only counts and quotes make questions that lead back to this very sentence.
		const questions =
			fact.kind === 'count' || fact.kind === 'casualty' || fact.kind === 'quote' ? questionsFor(fact) : [];
		if (questions.length) push(questionsBySentence, at, ...questions);
		if (fact.kind === 'count' || fact.kind === 'casualty') push(countFacts, at, fact);
		if (fact.kind === 'person' && fact.subject) push(people, at, fact);
		if (fact.kind === 'quote' || fact.kind === 'attribution') push(statements, at, fact);
		if (fact.kind === 'person' || fact.kind === 'place' || fact.kind === 'organisation') {
			topicCounts.set(fact.text, (topicCounts.get(fact.text) ?? 0) + 1);
			const kinds = entityKinds.get(at) ?? new Map<number, Fact['kind']>();
			entityKinds.set(at, kinds);
			mentions.eachSpan(at, (start, end) => {
				if (start <= fact.span[0] && end >= fact.span[1]) kinds.set(start, fact.kind);
			});
		}
	}
	const stems = { has: (stem: string) => corpus.sentenceFrequency(stem) > 0 };
	// Whether a stem is written only as a name, looked up once per stem: the reports do not change under a context.
	const namesWritten = new Map<string, boolean>();
	const toWord = createTypoCorrector(corpus.words, options, () => corpus.typoIndex(options.typoMinLength));
	const corrector = (word: string) =>
		toWord(word) ?? correctToStem(word, stems, options.typoMinLength, stem, options.typoStemMaxLength);
	// A word of the model's English vocabulary is a word, not a typo ("weather" is not "whether").
	const correct: typeof corrector = vectors
		? (word) => (vectors.rows.has(word) ? undefined : corrector(word))
		: corrector;
	const context: AnswerContext = {
		corpus,
		mentions,
		countFacts,
		entityKinds,
		questionsBySentence,
		people,
		statements,
		factsById,
		options,
		...(model && { model }),
		...(vectors && { vectors }),
		...(antonyms && { antonyms }),
		...(lexicon?.readSentence && { readSentence: lexicon.readSentence }),
		countMatchers: new WeakMap(),
		reportTexts: new ReportTexts(corpus),
		questionContext: {
			stems,
			correct,
			hasPhrase: (words) => reportsHavePhrase(corpus, words, options.phraseLookupLimit),
			expandAcronym: (acronym) => expandAcronym(corpus, acronym, options.acronymSentences),
			synonymWeight: options.synonymWeight,
			maxLength: options.maxQuestionLength,
			...(vectors && { isWord: (word: string) => vectors.rows.has(word) }),
			writtenAsName: (s: string) => {
				let named = namesWritten.get(s);
				if (named === undefined) {
					named = writtenAsName(corpus, s, options.nameSentences);
					namesWritten.set(s, named);
				}
				return named;
			},
		},
		topics: [...topicCounts.entries()]
			.sort((a, b) => b[1] - a[1])
			.map(([t]) => t)
			.slice(0, options.closestTopics * 2),
	};
	return { context, sentenceOf };
}

/** A sentence's key: report, paragraph and sentence. */
export function refKey(ref: SourceRef): string {
	return `${ref.report}/${ref.paragraph}/${ref.sentence}`;
}
