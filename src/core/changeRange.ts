import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/**
 * "How much did the fare go up?", "how much was her training cut": the size of a change asked, not a level ("how much
 * will lorries pay after the increase", where the change is a noun).
 */
const ASKS_CHANGE =
	/(?<!\b(?:the|a|an|this|that|its|their|his|her)\s+)\b(?:drop(?:ped|s)?|fall(?:en|s)?|fell|rise[ns]?|rose|climb(?:ed|s)?|increase[ds]?|decrease[ds]?|(?:go(?:ne|ing|es)?|went)\s+(?:up|down)|jump(?:ed|s)?|grow(?:n|s)?|grew|shr[aiu]nk|cut|reduced?|raised?|lowered?)\b/iu;
/** "How much", "how many", "how far": a size asked. */
const HOW_MUCH = /^\s*how\s+(?:much|many|far)\b/iu;
/** "…drop to?": the level reached is asked (see changedTo), not the change. */
const LEVEL_ASKED = /\bto\s*[?!.]*\s*$/iu;
/** A figure written as a change's start: "from 220 kilometres a week", "from a normal 101.3 kilopascals". */
const FROM_BEFORE =
	/\bfrom\s+(?:(?:a|an|about|around|roughly|nearly|almost|some|just|over|under|normal|typical)\s+)*$/iu;
/** What may stand between the two figures: the first's unit, then "to" ("220 kilometres a week to about"). */
const TO_BETWEEN =
	/^(?:\s+[\p{L}%-]+){0,4}?\s+to\s+(?:(?:a|an|about|around|roughly|nearly|almost|some|just|over|under|more\s+than|less\s+than)\s+)*[$£€]?(?=\d)/iu;
/** The second figure with its scale and unit: "9,912 dollars", "about 150", "11.6 million pounds a year". */
const FIGURE_AFTER =
	/^[$£€]?\d+(?:,\d{3})*(?:\.\d+)?(?:\s*(?:%|percent|per\s+cent)|(?:\s+(?:million|billion|thousand))?(?:\s+(?!(?:and|or|but|in|by|on|at|after|before|since|over|under|for|last|this|next|the|a|an|with|from|as|to|per|each|while|when|which|who|that|he|she|they|it|said|says|this|its|their)\b)\p{L}[\p{L}-]*(?:\s+(?:a|per|each)\s+(?:year|month|week|day|hour|night))?)?)/iu;

/**
 * For a question asking the size of a change ("how much did they cut her training"), the whole change a sentence
 * writes from one figure to another, where the figure picked is one of the two: "from 220 kilometres a week to about
 * 150", not "about 150" alone. Undefined for another question, or a figure that is no end of such a change.
 *
 * @example
 * changeRange('how much was the fare raised', 'The fare rose from 2.40 pounds to 2.90 pounds.', { text: '2.40 pounds', start: 19, end: 30, typed: true })?.text;
 * // 'from 2.40 pounds to 2.90 pounds'
 */
export function changeRange(question: string, sentence: string, picked: AnswerPhrase): AnswerPhrase | undefined {
	if (!picked.typed || !HOW_MUCH.test(question) || LEVEL_ASKED.test(question) || !ASKS_CHANGE.test(question))
		return undefined;
	const range = rangeFrom(sentence, picked.start) ?? rangeTo(sentence, picked);
	if (!range) return undefined;
	return { text: sentence.slice(range[0], range[1]), start: range[0], end: range[1], typed: true };
}

/** The change opening at the figure that starts at `at`, as [start of "from", end of the second figure]. */
function rangeFrom(sentence: string, at: number): [number, number] | undefined {
	const lead = FROM_BEFORE.exec(sentence.slice(Math.max(0, at - 40), at));
	if (!lead) return undefined;
	const start = at - lead[0].length;
	const rest = sentence.slice(at);
	const first = /^[$£€]?\d+(?:,\d{3})*(?:\.\d+)?/u.exec(rest);
	if (!first) return undefined;
	const between = TO_BETWEEN.exec(rest.slice(first[0].length));
	if (!between) return undefined;
	const second = at + first[0].length + between[0].length;
	const figure = FIGURE_AFTER.exec(sentence.slice(second));
	return figure ? [start, second + figure[0].length] : undefined;
}

/** The change closing at the picked figure: "from 8,400 dollars to [9,912 dollars]". */
function rangeTo(sentence: string, picked: AnswerPhrase): [number, number] | undefined {
	const before = sentence.slice(Math.max(0, picked.start - 80), picked.start);
	const from =
		/\bfrom\s+(?:(?:a|an|about|around|roughly|nearly|almost|some|just|over|under)\s+)*[$£€]?\d[^;:!?]*$/iu.exec(before);
	if (!from) return undefined;
	const start = picked.start - before.length + from.index;
	const range = rangeFrom(sentence, start + (/\d|[$£€]/u.exec(from[0])?.index ?? 0));
	return range && range[1] >= picked.end ? [start, range[1]] : undefined;
}
