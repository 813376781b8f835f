import { type AnswerContext, answerQuestion } from './answerQuestion.ts';
import type { Corpus } from './buildCorpus.ts';
import { createTypoCorrectorSteps } from './correctTypos.ts';
import { UserError } from './errors.ts';
import type { Factdesk, FactPage, FactQuery } from './Factdesk.ts';
import type { ReportIndex } from './indexReports.ts';
import { messages } from './messages.ts';
import { DEFAULT_OPTIONS, type MatchOptions } from './options.ts';
import { type AboutMatcher, queryFacts } from './queryFacts.ts';
import type { Steps } from './runSteps.ts';
import { questionsFor, suggestQuestions } from './suggestQuestions.ts';
import { summarise } from './summarise.ts';
import { contentStems } from './tokenize.ts';
import type { Fact, Report, ReportInfo } from './types.ts';

/** How many sentences or facts make one step. */
const PER_STEP = 500;

/**
 * createFactdesk over a built index, step by step: yields after every few sentences and facts while building
 * the engine's lookup tables, so a large index can be swapped in without holding the thread for long.
 *
 * @example
 * const desk = runSteps(createFactdeskSteps(reports, {}, indexReports(reports))); // same as createFactdesk(reports)
 */
export function* createFactdeskSteps(
	reports: Report[],
	tuning: Partial<MatchOptions>,
	index: ReportIndex,
): Steps<Factdesk> {
	const options: MatchOptions = { ...DEFAULT_OPTIONS, ...tuning };
	const { corpus, mentions, facts } = index;
	const sentenceOf = new Map<string, number>();
	for (const s of corpus.sentences) {
		sentenceOf.set(refKey(s.ref), s.index);
		if (s.index % PER_STEP === PER_STEP - 1) yield;
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
	for (const [n, fact] of facts.entries()) {
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
		if (n % PER_STEP === PER_STEP - 1) yield;
	}
	const stems = new Set(corpus.sentencePostings.keys());
	yield;
	const correct = yield* createTypoCorrectorSteps(corpus.words);
	yield;
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
	const isAbout = indexedAbout(corpus, sentenceOf);
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
		suggest: (partial, limit = 25) => suggestQuestions(facts, partial, limit),
	};
}

/**
 * An AboutMatcher over the index: a sentence's words come from the corpus, a fact's own words are stemmed once
 * and kept (the same name recurs across facts), so a query over every fact takes milliseconds.
 */
function indexedAbout(corpus: Corpus, sentenceOf: Map<string, number>): AboutMatcher {
	const ownStems = new Map<string, Set<string>>();
	return (fact, about) => {
		const sentence = corpus.sentences[sentenceOf.get(refKey(fact.source)) ?? -1];
		if (fact.kind !== 'claim' || !sentence) {
			const own = `${fact.text} ${fact.subject ?? ''}`;
			let stems = ownStems.get(own);
			if (!stems) {
				stems = new Set(contentStems(own));
				ownStems.set(own, stems);
			}
			for (const s of about) if (stems.has(s)) return true;
		}
		if (sentence) for (const s of about) if (sentence.terms.has(s)) return true;
		return false;
	};
}

/** One page of `all` (clamped to the pages there are), with the totals. */
function pageOf(all: Fact[], page: number, perPage: number): FactPage {
	const size = Math.max(1, Math.floor(perPage));
	const pages = Math.max(1, Math.ceil(all.length / size));
	const at = Math.min(Math.max(Math.floor(page), 0), pages - 1);
	return { facts: all.slice(at * size, (at + 1) * size), total: all.length, page: at, pages };
}

function refKey(ref: Fact['source']): string {
	return `${ref.report}/${ref.paragraph}/${ref.sentence}`;
}
