import type { Corpus } from './buildCorpus.ts';
import type { SummaryOptions } from './Factdesk.ts';
import type { Report, Summary } from './types.ts';

export function summarise(corpus: Corpus, report: Report, options: SummaryOptions): Summary {
	const sentences = corpus.sentences.filter((s) => s.ref.report === report.id).slice(0, 3).map((s) => s.ref);
	return { report: report.id, title: report.title, length: options.length ?? 'short', topic: options.topic, sentences };
}
