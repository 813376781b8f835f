/**
 * The two anchors factdesk is measured against (factdesk itself is factdeskSystem.ts), built and asked the same way:
 * reports in, the top quoted sentence out. Their sentences come from factdesk's own splitter, run from the sources.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { splitSentences } from '../src/core/splitSentences.ts';
import type { Report } from '../src/core/types.ts';

/** The top answer of a system: the sentence it quotes and the report that sentence is in. */
export interface TopHit {
	report: string;
	quote: string;
}

/**
 * A built index: answers one question with its top hit, or undefined when it has none. `warmUp` is what the system
 * does before it serves, done again after the bench's forced collections (see measureSystem).
 */
export type Ask = ((question: string) => TopHit | undefined) & { warmUp?: () => void };

export interface BenchSystem {
	name: string;
	/** Builds the index over the reports (sentence splitting included) and returns how to ask it. */
	build(reports: Report[]): Ask;
}

interface SentenceDoc {
	id: number;
	report: string;
	text: string;
}

/** Every sentence of every report, split by factdesk's own splitter so all systems see the same sentences. */
export function reportSentences(reports: readonly Report[]): SentenceDoc[] {
	const docs: SentenceDoc[] = [];
	for (const report of reports)
		for (const paragraph of report.paragraphs)
			for (const span of splitSentences(paragraph)) docs.push({ id: docs.length, report: report.id, text: span.text });
	return docs;
}

/** Fuse.js over sentences: fuzzy (Bitap) match anywhere in the sentence, threshold 0.6, top hit. */
export const fuseSystem: BenchSystem = {
	name: 'Fuse.js',
	build(reports) {
		const fuse = new Fuse(reportSentences(reports), { keys: ['text'], ignoreLocation: true, threshold: 0.6 });
		return (question) => {
			const top = fuse.search(question, { limit: 1 })[0]?.item;
			return top ? { report: top.report, quote: top.text } : undefined;
		};
	},
};

/** MiniSearch BM25 over sentences, fuzzy 0.2 and prefix matching, top hit. */
export const miniSearchSystem: BenchSystem = {
	name: 'MiniSearch',
	build(reports) {
		const index = new MiniSearch<SentenceDoc>({ fields: ['text'], storeFields: ['report', 'text'] });
		index.addAll(reportSentences(reports));
		return (question) => {
			const top = index.search(question, { fuzzy: 0.2, prefix: true })[0];
			return top ? { report: String(top.report), quote: String(top.text) } : undefined;
		};
	},
};
