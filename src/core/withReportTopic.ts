import type { Corpus } from './Corpus.ts';
import { datelineEnd } from './pickClause.ts';
import type { TermLookup } from './TermLookup.ts';

/** The fewest paragraphs of a story (its headline aside) whose title words may be its subject. */
const SUBJECT_PARAGRAPHS = 3;
/** The longest headline, in words. */
const HEADLINE_WORDS = 20;

/**
 * Paragraph `index`'s terms, with those of its report's title and headline besides (a first paragraph of one short
 * sentence without a full stop) and, under a headline, of the lede (the paragraph after it). A question about "Norwind's CEO" is answered by "Chief executive Anders Holm
 * said…" in a paragraph that never names Norwind, when the report's headline does: the whole report is about it.
 * Words that many paragraphs hold are not taken as the topic: a report on two sides names both in most of them.
 */
export function withReportTopic(corpus: Corpus, index: number): TermLookup {
	const own = corpus.paragraphTermLookup(index);
	const report = corpus.paragraphReport[index] ?? 0;
	return { has: (term) => own.has(term) || isReportTopic(corpus, report, term) };
}

/** The terms of report `r` as a whole (any of its paragraphs), to look up. */
export function reportTermLookup(corpus: Corpus, r: number): TermLookup {
	const from = corpus.data.reportParagraphs[r] ?? 0;
	const to = corpus.data.reportParagraphs[r + 1] ?? from;
	return {
		has: (term) => {
			for (let p = from; p < to; p++) if (corpus.paragraphHas(p, term)) return true;
			return false;
		},
	};
}

/**
 * Paragraph `index`'s terms, with those of its report's subject: a title word that more than half the paragraphs
 * of a story of three or more (its headline aside) hold ("New York" of an article on New York City, which a paragraph may call "the city"), not a place a
 * headline lists among others ("clusters in Vietnam, Peru and Kenya").
 */
export function withReportSubject(corpus: Corpus, index: number): TermLookup {
	const own = corpus.paragraphTermLookup(index);
	const r = corpus.paragraphReport[index] ?? 0;
	const first = corpus.data.reportParagraphs[r] ?? 0;
	const to = corpus.data.reportParagraphs[r + 1] ?? first;
	// The story's own paragraphs, not its headline, which repeats the title.
	const from = to - first > 1 && isHeadline(corpus, first) ? first + 1 : first;
	const subject = (term: string) => {
		if (to - from < SUBJECT_PARAGRAPHS || !corpus.titleStems.get(term)?.includes(r)) return false;
		let holding = 0;
		for (let p = from; p < to; p++) if (corpus.paragraphHas(p, term)) holding++;
		return 2 * holding > to - from;
	};
	return { has: (term) => own.has(term) || subject(term) };
}

/** Whether report `r`'s title, headline or, under a headline, its first paragraph holds `term` (see withReportTopic). */
export function isReportTopic(corpus: Corpus, r: number, term: string): boolean {
	if (corpus.titleStems.get(term)?.includes(r)) return true;
	const { reportParagraphs } = corpus.data;
	const first = reportParagraphs[r] ?? 0;
	const last = reportParagraphs[r + 1] ?? first;
	// A news report without a headline opens on its lede, after the dateline ("SAN MATEO, Nov. 8 — Corvalis said…").
	if (last - first >= 2 && !isHeadline(corpus, first))
		return datedLede(corpus, first) && corpus.paragraphHas(first, term);
	if (last - first < 2 || !isHeadline(corpus, first)) return false;
	// Under a headline, the lede names what the whole news report is about ("The city council of Halden voted…").
	return corpus.paragraphHas(first, term) || corpus.paragraphHas(first + 1, term);
}

/**
 * Whether sentence `index` is its report's headline (see withReportTopic), or a standfirst written as one under it,
 * which a story sentence may say more fully.
 */
export function isHeadlineSentence(corpus: Corpus, index: number): boolean {
	const sentence = corpus.sentence(index);
	if (!sentence) return false;
	const report = corpus.paragraphReport[sentence.paragraphIndex] ?? 0;
	const first = corpus.data.reportParagraphs[report];
	const p = sentence.paragraphIndex;
	// A standfirst under the headline, written as one too ("Trust puts $2.4m into pilot"), restates the story alike.
	return (first === p || (first === p - 1 && isHeadline(corpus, p - 1))) && isHeadline(corpus, p);
}

/** Whether paragraph `p` opens on a dateline, as a news report's lede does. */
function datedLede(corpus: Corpus, p: number): boolean {
	const first = corpus.data.paragraphSentences[p];
	return first !== undefined && datelineEnd(corpus.quote(first)) > 0;
}

/** Whether paragraph `p` reads as a headline: one sentence of a few words, not ended by a full stop. */
function isHeadline(corpus: Corpus, p: number): boolean {
	const { paragraphSentences } = corpus.data;
	const sentence = paragraphSentences[p] ?? 0;
	if ((paragraphSentences[p + 1] ?? 0) - sentence !== 1) return false;
	const length = corpus.sentenceLength[sentence] ?? 0;
	if (length > HEADLINE_WORDS) return false;
	return !/[.!?:"”]\s*$/u.test(corpus.quote(sentence));
}
