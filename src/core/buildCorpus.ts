import type {
	Corpus,
	IndexedParagraph,
	IndexedSentence,
	Posting,
	SentenceSource,
	TokenisedSentence,
} from './Corpus.ts';
import { splitSentences } from './splitSentences.ts';
import { compoundParts, contentStems, STOPWORDS, tokenize } from './tokenize.ts';
import type { Report } from './types.ts';

/**
 * Splits a paragraph into sentences and tokenises each: the costly part of indexing, which a cached index skips.
 *
 * @example
 * tokeniseParagraph('One. Two.').map((s) => s.text); // ['One.', 'Two.']
 */
export function tokeniseParagraph(text: string): TokenisedSentence[] {
	return splitSentences(text).map((span) => ({ ...span, tokens: tokenize(span.text) }));
}

/**
 * Splits every report into sentences and tokenises them once; `sentencesOf` can supply sentences tokenised
 * before (a restored index).
 *
 * @example
 * const corpus = buildCorpus([{ id: 'r', title: 'R', paragraphs: ['One. Two.'] }]);
 * corpus.sentences.length; // 2
 */
export function buildCorpus(
	reports: Report[],
	sentencesOf: SentenceSource = (report, _, p) => tokeniseParagraph(report.paragraphs[p] ?? ''),
): Corpus {
	const sentences: IndexedSentence[] = [];
	const paragraphs: IndexedParagraph[] = [];
	const sentencePostings = new Map<string, Posting[]>();
	const paragraphPostings = new Map<string, Posting[]>();
	const post = (postings: Map<string, Posting[]>, terms: Map<string, number>, at: number) => {
		for (const [term, count] of terms) {
			const list = postings.get(term);
			if (list) list.push({ at, count });
			else postings.set(term, [{ at, count }]);
		}
	};
	const words = new Set<string>();
	const reportPostings = new Map<string, Posting[]>();
	const titleStems = new Map<string, number[]>();
	for (const [r, report] of reports.entries()) {
		const inReport = new Map<string, number>();
		for (const stem of new Set(contentStems(report.title))) titleStems.set(stem, [...(titleStems.get(stem) ?? []), r]);
		report.paragraphs.forEach((_text, p) => {
			const paragraph: IndexedParagraph = {
				report: report.id,
				reportIndex: r,
				paragraph: p + 1,
				sentences: [],
				terms: new Map(),
				length: 0,
			};
			sentencesOf(report, r, p).forEach((span, s) => {
				const tokens = span.tokens;
				const terms = new Map<string, number>();
				let length = 0;
				for (const token of tokens) {
					words.add(token.word);
					if (STOPWORDS.has(token.word)) continue;
					length++;
					// "30-day" is also found by its parts, asked apart ("a 30 day truce").
					for (const term of [token.stem, ...compoundParts(token.word)]) {
						terms.set(term, (terms.get(term) ?? 0) + 1);
						paragraph.terms.set(term, (paragraph.terms.get(term) ?? 0) + 1);
					}
				}
				post(sentencePostings, terms, sentences.length);
				paragraph.length += length;
				paragraph.sentences.push(sentences.length);
				sentences.push({
					index: sentences.length,
					paragraphIndex: paragraphs.length,
					ref: {
						report: report.id,
						paragraph: p + 1,
						sentence: s + 1,
						start: span.start,
						end: span.end,
						quote: span.text,
					},
					tokens,
					terms,
					length,
				});
			});
			post(paragraphPostings, paragraph.terms, paragraphs.length);
			for (const [term, count] of paragraph.terms) inReport.set(term, (inReport.get(term) ?? 0) + count);
			paragraphs.push(paragraph);
		});
		post(reportPostings, inReport, r);
	}
	const mean = (total: number, count: number) => (count ? total / count : 1);
	return {
		reports,
		sentences,
		paragraphs,
		sentencePostings,
		paragraphPostings,
		averageSentenceLength: mean(
			sentences.reduce((sum, s) => sum + s.length, 0),
			sentences.length,
		),
		averageParagraphLength: mean(
			paragraphs.reduce((sum, p) => sum + p.length, 0),
			paragraphs.length,
		),
		reportPostings,
		titleStems,
		words,
		scratch: {
			sentenceScores: new Float64Array(sentences.length),
			paragraphScores: new Float64Array(paragraphs.length),
		},
	};
}
