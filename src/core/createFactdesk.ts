import { answerQuestion } from './answerQuestion.ts';
import { buildAnswerContext, type EngineTuning } from './buildAnswerContext.ts';
import { UserError } from './errors.ts';
import type { Factdesk, FactQuery } from './Factdesk.ts';

import { indexReports, type ReportIndex } from './indexReports.ts';
import { messages } from './messages.ts';
import { indexedAbout, pageOf, queryFacts } from './queryFacts.ts';
import { createSuggester } from './suggestQuestions.ts';
import { summarise } from './summarise.ts';
import type { Report, ReportInfo } from './types.ts';

export type { EngineTuning } from './buildAnswerContext.ts';

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
	tuning: EngineTuning = {},
	index: ReportIndex = indexReports(reports),
): Factdesk {
	const { context, sentenceOf } = buildAnswerContext(index, tuning);
	const { corpus, facts } = index;
	const infos: ReportInfo[] = reports.map((r) => ({
		id: r.id,
		title: r.title,
		outlet: r.outlet,
		url: r.url,
		published: r.published,
		paragraphs: r.paragraphs.length,
	}));
	const suggest = createSuggester(facts, context.options.suggestThreshold);
	const isAbout = indexedAbout(corpus, (fact) => sentenceOf(fact.source));
	const findFacts = (query: FactQuery) =>
		queryFacts(facts, { ...query, report: query.report ? findReport(query.report).id : undefined }, isAbout);
	const findReport = (id?: string): Report => {
		const report = id ? reports.find((r) => r.id === id || r.title.toLowerCase() === id.toLowerCase()) : reports[0];
		if (!report) throw new UserError(id ? messages.unknownReport(id) : messages.noReports);
		return report;
	};
	return {
		reports: () => infos,
		ask: (question, report) => {
			const at = report === undefined ? -1 : reports.findIndex((r) => r.id === report);
			if (at < 0) return answerQuestion(question, context);
			const within = answerQuestion(question, context, at);
			return within.answered ? within : answerQuestion(question, context);
		},
		summarise: (opts = {}) => summarise(corpus, findReport(opts.report), opts, context.options),
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
