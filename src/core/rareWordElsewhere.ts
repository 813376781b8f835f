import type { AnalysedQuestion } from './analyseQuestion.ts';
import type { Corpus } from './Corpus.ts';
import { termSentences } from './termSentences.ts';
import { wholeWordAt } from './wholeWordAt.ts';
import { reportTermLookup } from './withReportTopic.ts';

/** The shortest word taken for a name of its own ("Vauclair", "Fjordbanken"). */
const MIN_LETTERS = 4;
/** How many sentences holding the word are read to see it written as a name. */
const SENTENCES_READ = 8;

/**
 * Whether the question holds a name of its own (a word outside the common vocabulary, `common`: the model's word
 * vectors, that the reports write capitalised past a sentence's start: "how much will the recall cost vauclair?")
 * that report `report` never writes (nor any synonym the question stands it for) while another report does: an
 * answer from `report` is about something else.
 *
 * @example
 * rareWordElsewhere(analyseQuestion('how much will the recall cost vauclair', …), corpus, metroReport, vocabulary); // true
 */
export function rareWordElsewhere(
	question: AnalysedQuestion,
	corpus: Corpus,
	report: number,
	common: { has(word: string): boolean } | undefined,
): boolean {
	if (!common || corpus.reports.length < 2) return false;
	const writes = reportTermLookup(corpus, report);
	return question.terms.some(
		(term) =>
			term.weight === 1 &&
			term.word.length >= MIN_LETTERS &&
			/^\p{L}+$/u.test(term.word) &&
			!common.has(term.word.toLowerCase()) &&
			!question.terms.some((t) => t.slot === term.slot && writes.has(t.stem)) &&
			writtenAsName(corpus, term.stem, term.word.toLowerCase()),
	);
}

/** Whether the reports write the word as asked capitalised, and only so, past a sentence's first word. */
function writtenAsName(corpus: Corpus, stem: string, asked: string): boolean {
	let capitalised = false;
	for (const s of termSentences(corpus, corpus.termId(stem), SENTENCES_READ)) {
		const quote = corpus.quote(s);
		for (const at of wholeWordAt(quote, asked, true)) {
			if (at === 0) continue;
			if (!/^\p{Lu}/u.test(quote.slice(at, at + 2))) return false;
			capitalised = true;
		}
	}
	return capitalised;
}
