import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/**
 * A life's span in brackets after a name, past a pronunciation before a semicolon: "(1 March 1810 – 17 October 1849)",
 * "(1932–2024)", "(born 1961)".
 */
const LIFESPAN =
	/\((?:[^()]{0,200}?;\s*)?(?:born\s+)?([^();–—-]{0,30}?\b\d{3,4})\s*(?:[–—-]\s*([^();]{0,30}?\b\d{3,4}))?\s*\)/u;
const ASKS_BIRTH = /\b(?:born|birth)\b/i;
const ASKS_DEATH = /\b(?:die|died|dies|death)\b/i;
/** The most characters of a sentence searched for a life's span: it follows the name, early in the sentence. */
const SEARCH_CHARS = 400;

/**
 * For "When was X born?" or "What year did X die?", the date a life's span in brackets gives: its first for a birth,
 * its second for a death ("1 March 1810" and "17 October 1849" in "Chopin (1 March 1810 – 17 October 1849)"); none
 * for other questions or sentences without such a span.
 *
 * @example
 * lifespanDate('What year was Chopin born?', 'Frédéric Chopin (1 March 1810 – 17 October 1849) was a composer.')?.text;
 * // '1 March 1810'
 */
export function lifespanDate(question: string, sentence: string): AnswerPhrase | undefined {
	const birth = ASKS_BIRTH.test(question);
	if (!birth && !ASKS_DEATH.test(question)) return undefined;
	const span = LIFESPAN.exec(sentence.slice(0, SEARCH_CHARS));
	const date = birth ? span?.[1] : span?.[2];
	if (!span || !date) return undefined;
	const text = date.trim();
	const start = span.index + span[0].indexOf(text, birth ? 0 : span[0].indexOf(span[2] ?? ''));
	return { text, start, end: start + text.length, typed: true };
}

const SAYS_BIRTH = /\b(?:born|birth|birthday)\b/i;
const SAYS_DEATH = /\b(?:die|died|dies|dying|death|dead|killed|passed away)\b/i;

/**
 * Whether a question asks when someone was born or died ("When was Vargas born?") and the sentence says neither
 * that nor gives a life's span: its date is of something else ("won the runoff on Sunday").
 */
export function lifeEventUnsaid(question: string, sentence: string): boolean {
	const birth = ASKS_BIRTH.test(question);
	if (!birth && !ASKS_DEATH.test(question)) return false;
	const window = sentence.slice(0, SEARCH_CHARS);
	return !(birth ? SAYS_BIRTH : SAYS_DEATH).test(sentence) && !LIFESPAN.test(window);
}

/**
 * "When was the brewery founded?", "when was the block built", "when was the orchestra set up", "when was the choir
 * started", "when did the pier first open": the start of a thing asked. A thing "was started" or "first opened" once.
 */
const ASKS_ORIGIN =
	/^\s*when\s+(?:(?:was|were)\b.*\b(?:founded|established|built|constructed|incorporated|set\s+up|formed|started|launched|first\s+opened)|(?:did|does|do)\b.*\bfirst\s+open)\s*[?!.]*\s*$/i;
/** A sentence that tells of a thing's start: "founded in 1873", "built in 1962", "dates back to", "since 1964". */
const SAYS_ORIGIN =
	/\b(?:found(?:ed|ing|ers?)?|establish\w*|built|build(?:s|ers?)?|construct\w*|creat\w*|form(?:ed|ation)|set up|(?:re)?open(?:ed|ing)|launch\w*|start(?:ed|s)?|incorporat\w*|dat(?:es|ed|ing)\s+(?:back|from)|since|erect\w*)\b/i;

/**
 * Whether a question asks when a thing was founded or built ("When was De Klaproos founded?") and the sentence
 * tells of no start: its date is of something else ("agreed to be bought … on Monday").
 *
 * @example
 * originUnsaid('when was de klaproos founded', 'De Klaproos agreed to be bought on Monday.'); // true
 */
export function originUnsaid(question: string, sentence: string): boolean {
	return ASKS_ORIGIN.test(question) && !SAYS_ORIGIN.test(sentence.slice(0, SEARCH_CHARS));
}
