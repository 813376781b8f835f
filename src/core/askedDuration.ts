import type { AnalysedQuestion } from './analyseQuestion.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { STOPWORDS, tokenize } from './tokenize.ts';

const DETERMINER = '(?:(?:the|a|an|this|that|its|their|his|her)\\s+)?';
/** "How long was the truce (the White House wanted)?": the thing measured, up to a new phrase. */
const HOW_LONG_IS = new RegExp(
	`\\bhow\\s+long\\s+(?:is|was|are|were)\\s+${DETERMINER}(.+?)(?:\\s+(?:the|a|an|that|which|who|in|at|on|for|after|before)\\b|[?!.,]|$)`,
	'iu',
);
/** "How long will the energy truce last?": the thing measured, up to the verb of lasting. */
const HOW_LONG_LAST = new RegExp(
	`\\bhow\\s+long\\s+(?:will|would|did|does|do|has|have|had|could|can|should|is|was)\\s+${DETERMINER}(.+?)\\s+(?:last(?:ed|ing)?|take|took|taken|be|been|stay(?:ed)?|remain(?:ed)?|continue[ds]?|run|hold)\\b`,
	'iu',
);
/** How many words on either side of a duration ("a 30-day truce", "the truce, set at 30 days") belong to its phrase. */
const REACH = 3;
/** The characters REACH words may take, at most: the window tokenised on each side of a duration. */
const REACH_CHARS = 40 * REACH;

/**
 * The words of the thing a "how long" question measures ("energy truce" in "How long will the energy truce
 * last?"), as the question's term slots (so a synonym in the sentence counts); none for other questions.
 */
export function askedDurationOf(question: AnalysedQuestion): number[] {
	const phrase = (HOW_LONG_LAST.exec(question.text) ?? HOW_LONG_IS.exec(question.text))?.[1];
	if (!phrase) return [];
	const slots = new Set<number>();
	// An owner ("Ferreira's contract") need not stand by the duration: the sentence may name them anywhere.
	const owners = new Set([...phrase.matchAll(/([\p{L}-]+)['’]s\b/gu)].map((m) => (m[1] ?? '').toLowerCase()));
	for (const token of tokenize(phrase)) {
		if (STOPWORDS.has(token.word) || owners.has(token.word)) continue;
		const term = question.terms.find((t) => t.weight === 1 && (t.stem === token.stem || t.word === token.word));
		if (term) slots.add(term.slot);
	}
	return [...slots];
}

/**
 * Whether a duration measures something other than the thing asked: it stands before the thing's noun ("a 30-day
 * truce") but some other word of the asked thing (or a synonym) is missing around it. "a 30-day truce" does not
 * measure "the energy truce"; "a 30-day energy truce" does. A length written before a noun in a clause that holds no
 * word of the thing asked ("as the festival ended its nine-day run" for the octopus kite) measures another thing too.
 * A duration away from the noun ("the bridge … is 40 metres long") is left to the ranking.
 *
 * @example
 * measuresOtherThing(analysed('How long will the energy truce last?'), 'a 30-day truce', phraseOf('30-day')); // true
 */
export function measuresOtherThing(question: AnalysedQuestion, sentence: string, duration: AnswerPhrase): boolean {
	const slots = askedDurationOf(question);
	const head = slots.at(-1);
	if (head === undefined) return false;
	const has = (words: Set<string>, slot: number) => question.terms.some((t) => t.slot === slot && words.has(t.stem));
	// Only a window of characters is tokenised, so a long sentence costs no more than a short one.
	const before = tokenize(sentence.slice(Math.max(0, duration.start - REACH_CHARS), duration.start)).slice(-REACH);
	const after = tokenize(sentence.slice(duration.end, duration.end + REACH_CHARS)).slice(0, REACH);
	// "the festival ended its nine-day run" for "how long did the octopus stay up": a length told of a noun in a
	// clause without the thing asked.
	if (
		HYPHENED_LENGTH.test(duration.text) &&
		!slots.some((slot) => inClause(question, clauseWords(sentence, duration, true), slot))
	)
		return true;
	if (!has(new Set(after.map((t) => t.stem)), head)) return false;
	const near = new Set([...before, ...after, ...tokenize(duration.text)].map((t) => t.stem));
	const missing = slots.filter((slot) => !has(near, slot));
	// "Kazakhstan and Kyrgyzstan signed a 10-year agreement … to release more water": the words of the thing asked
	// written elsewhere in the duration's clause (a name's root, "Kazakh", in "Kazakhstan") tell of the same thing.
	const written = clauseWords(sentence, duration);
	return missing.some((slot) => !inClause(question, written, slot));
}

/** A length written as a word before its noun: "nine-day", "30-year", "two-hour". */
const HYPHENED_LENGTH = /^[\p{L}\d.,]+-(?:second|minute|hour|day|night|week|month|year|decade)$/iu;

/** Whether a word of the question's slot (a name's root in a longer name: "Kazakh" in "Kazakhstan") is written in the clause. */
function inClause(question: AnalysedQuestion, written: { stem: string; name: boolean }[], slot: number): boolean {
	return question.terms.some(
		(t) =>
			t.slot === slot &&
			written.some((w) => w.stem === t.stem || (w.name && t.stem.length >= 4 && w.stem.startsWith(t.stem))),
	);
}

/**
 * The words of the stretch a duration stands in, between commas or semicolons (the sentence's ends else), a hyphened word's parts too
 * ("water-for-energy"), with whether each is a capitalised name's; with `described`, a clause that opens like a
 * description is read with the one before it.
 */
function clauseWords(sentence: string, duration: AnswerPhrase, described = false): { stem: string; name: boolean }[] {
	const before = sentence.slice(Math.max(0, duration.start - SENTENCE_CHARS), duration.start);
	const after = sentence.slice(duration.end, duration.end + SENTENCE_CHARS);
	const own = Math.max(before.lastIndexOf(';'), before.lastIndexOf(','), -1) + 1;
	// "The 2009 flood, a nine-day disaster,": a clause that describes, read with the one before it.
	const apposed = described && own > 0 && /^\s*(?:a|an|the|its|their|his|her)\s/iu.test(before.slice(own));
	const from = apposed ? Math.max(before.lastIndexOf(';', own - 2), before.lastIndexOf(',', own - 2), -1) + 1 : own;
	const to = after.search(/[;,]/u);
	const clause = `${before.slice(from)} ${to >= 0 ? after.slice(0, to) : after}`.replace(/-/g, ' ');
	return tokenize(clause).map((t) => ({ stem: t.stem, name: /^\p{Lu}/u.test(clause.slice(t.start, t.end)) }));
}

/** How far on either side of a duration its clause is read for the words of the thing asked. */
const SENTENCE_CHARS = 200;

/**
 * A length of time told as a gap between two events: "three years late", "two years ago" (not "after", "before" nor
 * "later": "deliberated for seven hours before reaching a verdict" and "a record improved only four years later" may
 * be the length asked).
 */
const GAP_AFTER =
	/^[\s,]+(?:(?:late|early)(?!\s+(?:into\b|in\s+the\s+(?:day|night|morning|afternoon|evening)\b))|behind(?:\s+schedule)?|ahead\s+of\s+schedule|overdue|ago)\b/i;
/**
 * Questions that ask such a gap ("how late", "how long after", "how long ago"), or the time since something began ("how
 * long has he been coaching" of "took over 18 months ago").
 */
const ASKS_GAP =
	/\b(?:late|delay\w*|after|ago|before|since|behind|earlier|later|until|wait\w*)\b|\bhow\s+long\s+(?:has|have)\b/i;

/**
 * Whether a duration is the gap between two events ("three years late", "two years ago") where a
 * "how long" question asks how long something takes or lasts ("How long does it take to get to the airport?").
 *
 * @example
 * gapBetween('how long does the trip take', 'The line opened three years late.', phraseOf('three years')); // true
 */
export function gapBetween(question: string, sentence: string, duration: AnswerPhrase): boolean {
	const gap = /\bago$/i.test(duration.text) || GAP_AFTER.test(sentence.slice(duration.end, duration.end + 24));
	return gap && !ASKS_GAP.test(question);
}
