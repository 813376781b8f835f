import { Corpus } from './Corpus.ts';
import { CorpusBuilder } from './CorpusBuilder.ts';
import { extractFacts, type FactSentence } from './extractFacts.ts';
import { findMentions, type Mention } from './findMentions.ts';
import { MentionBuilder, MentionTable } from './MentionTable.ts';
import { splitSentences } from './splitSentences.ts';
import type { Fact, Report } from './types.ts';

/** What indexing the reports produces: everything the engine derives from the text, before its lookup tables. */
export interface ReportIndex {
	corpus: Corpus;
	/** Mentions of each sentence, by sentence index. */
	mentions: MentionTable;
	facts: Fact[];
}

/** Told after each step of indexing: `done` of `total` steps (two per report: tokenising, then facts). */
export type ProgressListener = (done: number, total: number) => void;

export interface IndexBudget {
	/** How long one try at indexing a report may take (checked between paragraphs and sentences); two overruns skip it. */
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

/**
 * How many times a report may overrun the budget before it is skipped: a process's first report also pays for
 * compiling the indexing code, which a loaded host can stretch past the budget, and the second try runs compiled.
 */
const TRIES = 2;

/**
 * Indexes the reports: sentences and tokens (straight into the flat arrays of the corpus), mentions, facts. Each
 * report is indexed on its own (a fact and the figures it conflicts with always share a report), within `budgetMs`
 * when given: a report that takes longer is tried once more, and one that overruns twice is left out and named in
 * `skipped`, and the index is as if it were not there.
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
	const builder = new CorpusBuilder();
	const mentionBuilder = new MentionBuilder();
	const facts: Fact[] = [];
	const skipped: SkippedReport[] = [];
	for (const [r, report] of reports.entries()) {
		for (let attempt = 1; attempt <= TRIES; attempt++) {
			const started = now();
			const check = () => {
				if (now() - started > budgetMs) throw new OverBudget();
			};
			const marks = { corpus: builder.mark(), mentions: mentionBuilder.mark(), facts: facts.length };
			try {
				for (const fact of indexOne(report, builder, mentionBuilder, check)) facts.push(fact);
				break;
			} catch (error) {
				if (!(error instanceof OverBudget)) throw error;
				builder.rollback(marks.corpus);
				mentionBuilder.rollback(marks.mentions);
				facts.length = marks.facts;
				if (attempt === TRIES) skipped.push({ report: report.id, ms: Math.round(now() - started) });
			}
		}
		onProgress?.(2 * r + 2, total);
	}
	const { reports: kept, data } = builder.finish();
	const corpus = new Corpus(kept, data);
	const mentions = new MentionTable(mentionBuilder.finish(), (s) => corpus.quote(s), corpus.sentenceCount);
	return { corpus, mentions, facts, skipped };
}

/** Adds one report's sentences and mentions to the builders and returns its facts. */
function indexOne(report: Report, builder: CorpusBuilder, mentions: MentionBuilder, check: () => void): Fact[] {
	const sentences: FactSentence[] = [];
	report.paragraphs.forEach((text, p) => {
		check();
		splitSentences(text).forEach((span, s) => {
			builder.addSentence(text, span.start, span.end);
			const { start, end, text: quote } = span;
			const ref = { report: report.id, paragraph: p + 1, sentence: s + 1, start, end, quote };
			sentences.push({ index: sentences.length, paragraphIndex: p, ref });
		});
		builder.endParagraph();
	});
	builder.endReport(report);
	const found: Mention[][] = sentences.map(({ ref }) => {
		check();
		const inSentence = findMentions(ref.quote);
		mentions.add(ref.quote, inSentence);
		return inSentence;
	});
	const facts = extractFacts(sentences, found, check);
	check();
	return facts;
}
