import type { Corpus } from './Corpus.ts';
import type { SummaryOptions } from './Factdesk.ts';
import type { IndexedSentence } from './IndexedSentence.ts';
import { DEFAULT_OPTIONS, type MatchOptions } from './options.ts';
import { contentStems } from './tokenize.ts';
import type { Report, Summary } from './types.ts';
import { SYNONYM_GROUPS, TOPIC_GROUPS } from './vocabulary.ts';

/**
 * An extractive summary: the report's most central sentences (or those about a topic), in report order,
 * with no sentence repeating another's point. Short is 3 sentences, medium 5, long about a quarter of the report
 * (see MatchOptions).
 *
 * @example
 * summarise(corpus, report, { length: 'short', topic: 'casualties' }).sentences.map((s) => s.paragraph); // [6, …]
 */
export function summarise(
	corpus: Corpus,
	report: Report,
	options: SummaryOptions,
	tuning: MatchOptions = DEFAULT_OPTIONS,
): Summary {
	const length = options.length ?? 'short';
	const r = corpus.reportAt(report.id);
	const { from, to } = r < 0 ? { from: 0, to: 0 } : corpus.reportSentences(r);
	const sentences = Array.from({ length: to - from }, (_, k) => corpus.sentence(from + k) as IndexedSentence);
	const size =
		length === 'long'
			? Math.max(tuning.summaryMedium + 2, Math.round(sentences.length * tuning.summaryLongShare))
			: length === 'medium'
				? tuning.summaryMedium
				: tuning.summaryShort;
	const topic = topicStems(options.topic);
	const centrality = termWeights(sentences);
	const scored = sentences
		.map((sentence) => {
			const terms = [...sentence.terms.keys()];
			const central = terms.reduce((sum, t) => sum + (centrality.get(t) ?? 0), 0) / Math.sqrt(terms.length + 1);
			const onTopic = topic.size ? terms.filter((t) => topic.has(t)).length : 1;
			const lead = sentence.ref.paragraph === 1 ? tuning.summaryLeadBonus : 1;
			return { sentence, score: central * lead * (topic.size ? onTopic : 1), onTopic };
		})
		// A headline the report is titled by is already the summary's title.
		.filter((s) => s.onTopic > 0 && s.sentence.ref.quote !== report.title)
		.sort((a, b) => b.score - a.score);
	const chosen: IndexedSentence[] = [];
	for (const { sentence } of scored) {
		if (chosen.length >= size) break;
		if (chosen.some((c) => overlap(c, sentence) > tuning.summaryRedundancy)) continue;
		chosen.push(sentence);
	}
	chosen.sort((a, b) => a.index - b.index);
	return { report: report.id, title: report.title, length, topic: options.topic, sentences: chosen.map((s) => s.ref) };
}

/** How often each word recurs across the report's sentences: recurring words carry its main point. */
function termWeights(sentences: IndexedSentence[]): Map<string, number> {
	const weights = new Map<string, number>();
	for (const s of sentences) for (const t of s.terms.keys()) weights.set(t, (weights.get(t) ?? 0) + 1);
	for (const [t, n] of weights) weights.set(t, Math.log1p(n - 1));
	return weights;
}

/** The topic's words with their synonyms ("casualties" brings killed, injured, wounded…). */
function topicStems(topic: string | undefined): Set<string> {
	if (!topic?.trim()) return new Set();
	const stems = new Set(contentStems(topic));
	for (const group of [...SYNONYM_GROUPS, ...TOPIC_GROUPS]) {
		const groupStems = group.flatMap((w) => contentStems(w));
		if (groupStems.some((s) => stems.has(s))) for (const s of groupStems) stems.add(s);
	}
	return stems;
}

function overlap(a: IndexedSentence, b: IndexedSentence): number {
	let shared = 0;
	for (const t of a.terms.keys()) if (b.terms.has(t)) shared++;
	return shared / Math.max(1, Math.min(a.terms.size, b.terms.size));
}
