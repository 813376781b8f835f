const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/giu;
/** A month read as one: after a word that leads to a date, or before or after a day's number ("may" and "march" are verbs too). */
const MONTH =
	/\b(?:in|on|since|by|until|till|from|during|of|last|next|early|late|mid|between|and|to|through)[\s-]+(january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}\b|\b\d{1,2}\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/giu;

function daysOf(text: string): Set<string> {
	const days = new Set<string>();
	for (const m of text.matchAll(WEEKDAY)) days.add((m[1] ?? '').toLowerCase());
	for (const m of text.matchAll(MONTH)) days.add((m[1] ?? m[2] ?? m[3] ?? '').toLowerCase());
	return days;
}

/**
 * Whether a question asks of a day or month ("how many flights were cancelled on monday", "how many potholes were
 * filled in march") that the sentence does not name while it names another ("on Tuesday", "since January 1"): its
 * figure is of another time; a weekday in the plural ("on saturdays") that the sentence does not name at all.
 *
 * @example
 * otherDay('how many flights were cancelled on monday', 'Fog forced the cancellation of 412 flights on Tuesday.'); // true
 */
export function otherDay(question: string, sentence: string): boolean {
	const asked = daysOf(question);
	if (asked.size === 0) return false;
	const given = daysOf(sentence);
	// "how many drivers got caught on saturdays": a share of the days, which a sentence naming no such day does not give.
	if (given.size === 0) return HABITUAL_DAY.test(question);
	return ![...asked].some((day) => given.has(day));
}

/** A weekday in the plural, a share of every week: "on saturdays", "on sundays". */
const HABITUAL_DAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s\b/iu;

/** How far from a time of day the day it is on is looked for: "at 11:40 EDT on Friday", "on Friday at 11:40". */
const DAY_BESIDE_CHARS = 24;

/**
 * Whether the time of day at `start..end` of the sentence is on another day than the one the question asks of
 * ("what time on wednesday…" of "…at 11:40 EDT on Friday"); false when either names no day.
 *
 * @example
 * otherDayOfTime('what time on wednesday did it erupt', 'It struck at 11:40 on Friday.', 12, 17); // true
 */
export function otherDayOfTime(question: string, sentence: string, start: number, end: number): boolean {
	const asked = daysOf(question);
	if (asked.size === 0) return false;
	const after = /^[^,;.]*/u.exec(sentence.slice(end, end + DAY_BESIDE_CHARS))?.[0] ?? '';
	const before = /[^,;.]*$/u.exec(sentence.slice(Math.max(0, start - DAY_BESIDE_CHARS), start))?.[0] ?? '';
	const given = daysOf(`${before} ${after}`);
	return given.size > 0 && ![...asked].some((day) => given.has(day));
}
