import { type AnswerContext, answerQuestion } from './answerQuestion.ts';
import { createTypoCorrector } from './correctTypos.ts';
import { UserError } from './errors.ts';
import type { Factdesk, FactQuery } from './Factdesk.ts';
import { indexReports, type ReportIndex } from './indexReports.ts';
import { messages } from './messages.ts';
import { DEFAULT_OPTIONS, type MatchOptions } from './options.ts';
import { indexedAbout, pageOf, queryFacts } from './queryFacts.ts';
import { createSuggester, questionsFor } from './suggestQuestions.ts';
import { summarise } from './summarise.ts';
import type { Fact, Report, ReportInfo } from './types.ts';

/**
 * Builds the question-answering engine over a set of reports: sentences, facts and the index, once; or over an
 * index built before (see restoreFactdesk).
 *
 * @example
 * const desk = createFactdesk(reports);
 * desk.ask('How many drones were shot down?').answer; // '72 drones'
 */
export function createFactdesk(
	reports: Report[],
	tuning: Partial<MatchOptions> = {},
	index: ReportIndex = indexReports(reports),
): Factdesk {
	const options: MatchOptions = { ...DEFAULT_OPTIONS, ...tuning };
	const { corpus, mentions, facts } = index;
	const sentenceOf = new Map<string, number>();
	for (const s of corpus.sentences) {
		sentenceOf.set(refKey(s.ref), s.index);
	}
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
	const topicCounts = new Map<string, number>();
	for (const fact of facts) {
		factsById.set(fact.id, fact);
		const at = sentenceOf.get(refKey(fact.source)) ?? -1;
		// Only counts and quotes make questions that lead back to this very sentence.
		const questions =
			fact.kind === 'count' || fact.kind === 'casualty' || fact.kind === 'quote' ? questionsFor(fact) : [];
		if (questions.length) push(questionsBySentence, at, ...questions);
		if (fact.kind === 'count' || fact.kind === 'casualty') push(countFacts, at, fact);
		if (fact.kind === 'person' && fact.subject) push(people, at, fact);
		if (fact.kind === 'person' || fact.kind === 'place' || fact.kind === 'organisation') {
			topicCounts.set(fact.text, (topicCounts.get(fact.text) ?? 0) + 1);
			const kinds = entityKinds.get(at) ?? new Map<number, Fact['kind']>();
			entityKinds.set(at, kinds);
			for (const m of mentions[at] ?? [])
				if (m.start <= fact.span[0] && m.end >= fact.span[1]) kinds.set(m.start, fact.kind);
		}
	}
	const stems = new Set(corpus.sentencePostings.keys());
	const correct = createTypoCorrector(corpus.words);
	const context: AnswerContext = {
		corpus,
		mentions,
		countFacts,
		entityKinds,
		questionsBySentence,
		people,
		factsById,
		options,
		questionContext: { stems, correct, synonymWeight: options.synonymWeight, maxLength: options.maxQuestionLength },
		topics: [...topicCounts.entries()]
			.sort((a, b) => b[1] - a[1])
			.map(([t]) => t)
			.slice(0, 5),
	};
	const infos: ReportInfo[] = reports.map((r) => ({
		id: r.id,
		title: r.title,
		outlet: r.outlet,
		url: r.url,
		published: r.published,
		paragraphs: r.paragraphs.length,
	}));
	const suggest = createSuggester(facts);
	const isAbout = indexedAbout(corpus, (fact) => sentenceOf.get(refKey(fact.source)));
	const findFacts = (query: FactQuery) =>
		queryFacts(facts, { ...query, report: query.report ? findReport(query.report).id : undefined }, isAbout);
	const findReport = (id?: string): Report => {
		const report = id ? reports.find((r) => r.id === id || r.title.toLowerCase() === id.toLowerCase()) : reports[0];
		if (!report) throw new UserError(id ? messages.unknownReport(id) : messages.noReports);
		return report;
	};
	return {
		reports: () => infos,
		ask: (question) => answerQuestion(question, context),
		summarise: (opts = {}) => summarise(corpus, findReport(opts.report), opts),
		facts: (query = {}) => findFacts(query),
		factPage: (query, page, perPage) => pageOf(findFacts(query), page, perPage),
		paragraph: (n, id) => {
			const report = findReport(id);
			const text = report.paragraphs[n - 1];
			if (!Number.isInteger(n) || !text)
				throw new UserError(messages.paragraphOutOfRange(n, report.paragraphs.length, report.title));
			return { report: infos.find((i) => i.id === report.id) as ReportInfo, paragraph: n, text };
		},
		suggest: (partial, limit = 25) => suggest(partial, limit),
	};
}

function refKey(ref: Fact['source']): string {
	return `${ref.report}/${ref.paragraph}/${ref.sentence}`;
}
