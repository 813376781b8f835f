import { buildCorpus, tokeniseParagraph } from './buildCorpus.ts';
import type { Corpus } from './Corpus.ts';
import { extractFacts } from './extractFacts.ts';
import { findMentions, type Mention } from './findMentions.ts';
import type { Fact, Report } from './types.ts';

/** What indexing the reports produces: everything the engine derives from the text, before its lookup tables. */
export interface ReportIndex {
	corpus: Corpus;
	/** Mentions of each sentence, by sentence index. */
	mentions: Mention[][];
	facts: Fact[];
}

/** Told after each step of indexing: `done` of `total` steps (two per report: tokenising, then facts). */
export type ProgressListener = (done: number, total: number) => void;

/**
 * Indexes the reports: sentences and tokens, mentions, facts. Facts are extracted report by report (a fact and the
 * figures it conflicts with always share a report), which also lets `onProgress` follow along.
 *
 * @example
 * const index = indexReports(reports, (done, total) => console.log(`${done}/${total}`));
 * index.facts.filter((f) => f.kind === 'count').length; // 12
 */
export function indexReports(reports: Report[], onProgress?: ProgressListener): ReportIndex {
	const total = reports.length * 2;
	let seen = -1;
	const corpus = buildCorpus(reports, (report, reportIndex, p) => {
		if (reportIndex !== seen) {
			if (seen >= 0) onProgress?.(seen + 1, total);
			seen = reportIndex;
		}
		return tokeniseParagraph(report.paragraphs[p] ?? '');
	});
	if (reports.length > 0) onProgress?.(reports.length, total);
	const mentions = corpus.sentences.map((s) => findMentions(s.ref.quote));
	const facts: Fact[] = [];
	let from = 0;
	for (let r = 0; r < reports.length; r++) {
		let to = from;
		const reportOf = (at: number) => corpus.paragraphs[corpus.sentences[at]?.paragraphIndex ?? -1]?.reportIndex;
		while (to < corpus.sentences.length && reportOf(to) === r) to++;
		for (const fact of extractFacts({ ...corpus, sentences: corpus.sentences.slice(from, to) }, mentions))
			facts.push(fact);
		from = to;
		onProgress?.(reports.length + r + 1, total);
	}
	return { corpus, mentions, facts };
}
