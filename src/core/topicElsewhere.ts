import type { Corpus } from './Corpus.ts';
import { STOPWORDS } from './tokenize.ts';

/**
 * Per corpus, each pair of words its reports' titles write side by side with the reports that write it, and the
 * pairs of the last question looked up (its candidates ask the same question one after another).
 */
interface TitlePairs {
	pairs: Map<string, number[]>;
	question?: string;
	named?: { pair: string; reports: number[]; pattern: RegExp }[];
}
const titlePairsByCorpus = new WeakMap<Corpus, TitlePairs>();

const WORD = /\p{L}[\p{L}'’-]*/gu;

/** Lowercase content words side by side, as "state visit": none a stopword, none shorter than three letters. */
function pairsOf(text: string): string[] {
	const words = (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/['’]s$/, ''));
	const pairs: string[] = [];
	for (let i = 1; i < words.length; i++) {
		const [a, b] = [words[i - 1] ?? '', words[i] ?? ''];
		if (a.length >= 3 && b.length >= 3 && !STOPWORDS.has(a) && !STOPWORDS.has(b)) pairs.push(`${a} ${b}`);
	}
	return pairs;
}

function titlePairs(corpus: Corpus): TitlePairs {
	const known = titlePairsByCorpus.get(corpus);
	if (known) return known;
	const pairs = new Map<string, number[]>();
	corpus.reports.forEach((report, r) => {
		for (const pair of new Set(pairsOf(report.title))) pairs.set(pair, [...(pairs.get(pair) ?? []), r]);
	});
	const made = { pairs };
	titlePairsByCorpus.set(corpus, made);
	return made;
}

/**
 * Whether the question names, by two words side by side, what another report's title is about ("how much did the
 * state visit cost" where one report's title is "… Begins State Visit …") and report `report` never writes those
 * words together: its answer is of something else ("taxpayers were covering £3.4 billion" in a report on rail fares).
 *
 * @example
 * topicElsewhere(corpus, 'how much did the state visit cost taxpayers?', fares, () => faresText); // true
 */
export function topicElsewhere(corpus: Corpus, question: string, report: number, reportText: () => string): boolean {
	if (corpus.reports.length < 2) return false;
	const titles = titlePairs(corpus);
	if (titles.question !== question) {
		titles.question = question;
		titles.named = pairsOf(question).flatMap((pair) => {
			const reports = titles.pairs.get(pair);
			return reports ? [{ pair, reports, pattern: new RegExp(`(?<!\\p{L})${pair.replace(' ', '\\s+')}`, 'u') }] : [];
		});
	}
	const named = (titles.named ?? []).filter((n) => n.reports.some((r) => r !== report));
	if (named.length === 0) return false;
	const text = reportText().toLowerCase();
	return named.some((n) => !n.pattern.test(text));
}
