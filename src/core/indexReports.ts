import { buildCorpus, tokeniseParagraph } from './buildCorpus.ts';
import type { Corpus, TokenisedSentence } from './Corpus.ts';
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

export interface IndexBudget {
	/** How long one report may take to index before it is skipped (checked between paragraphs and sentences). */
	budgetMs?: number;
	/** The clock (default performance.now), for tests. */
	now?: () => number;
}

/** A report left out of the index because indexing it took longer than the budget. */
export interface SkippedReport {
	report: string;
	ms: number;
}

class OverBudget extends Error {}

/** One report indexed on its own: its sentences tokenised, their mentions, its facts. */
interface IndexedReport {
	sentences: TokenisedSentence[][];
	mentions: Mention[][];
	facts: Fact[];
}

/**
 * Indexes the reports: sentences and tokens, mentions, facts. Each report is indexed on its own first (a fact
 * and the figures it conflicts with always share a report), within `budgetMs` when given: a report that takes
 * longer is left out and named in `skipped`, and the others are indexed as if it were not there. The reports
 * kept are then joined into one corpus (cheap: their sentences are already tokenised).
 *
 * @example
 * const index = indexReports(reports, (done, total) => console.log(`${done}/${total}`));
 * index.facts.filter((f) => f.kind === 'count').length; // 12
 */
export function indexReports(
	reports: Report[],
	onProgress?: ProgressListener,
	{ budgetMs = Number.POSITIVE_INFINITY, now = () => performance.now() }: IndexBudget = {},
): ReportIndex & { skipped: SkippedReport[] } {
	const total = reports.length * 2;
	const kept: Report[] = [];
	const parts: IndexedReport[] = [];
	const skipped: SkippedReport[] = [];
	for (const [r, report] of reports.entries()) {
		const started = now();
		const check = () => {
			if (now() - started > budgetMs) throw new OverBudget();
		};
		try {
			parts.push(indexOne(report, check));
			kept.push(report);
		} catch (error) {
			if (!(error instanceof OverBudget)) throw error;
			skipped.push({ report: report.id, ms: Math.round(now() - started) });
		}
		onProgress?.(2 * r + 2, total);
	}
	const corpus = buildCorpus(kept, (_report, r, p) => parts[r]?.sentences[p] ?? []);
	return {
		corpus,
		mentions: parts.flatMap((part) => part.mentions),
		facts: parts.flatMap((part) => part.facts),
		skipped,
	};
}

function indexOne(report: Report, check: () => void): IndexedReport {
	const sentences = report.paragraphs.map((text) => {
		check();
		return tokeniseParagraph(text);
	});
	const corpus = buildCorpus([report], (_report, _r, p) => sentences[p] ?? []);
	const mentions = corpus.sentences.map((s) => {
		check();
		return findMentions(s.ref.quote);
	});
	const facts = extractFacts(corpus, mentions, check);
	check();
	return { sentences, mentions, facts };
}
