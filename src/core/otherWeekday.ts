const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/giu;

/**
 * Whether a question names a day of the week and the answer names only another ("on Friday" for "What time on
 * Wednesday did the sun throw out the cloud?").
 *
 * @example
 * otherWeekday('What time on Wednesday did it start?', 'on Friday'); // true
 */
export function otherWeekday(question: string, answer: string): boolean {
	const asked = new Set([...question.matchAll(WEEKDAY)].map((m) => m[0].toLowerCase()));
	if (asked.size === 0) return false;
	const given = [...answer.matchAll(WEEKDAY)].map((m) => m[0].toLowerCase());
	return asked.size > 0 && given.length > 0 && !given.some((day) => asked.has(day));
}

/** Months by name ("May" only capitalised: "may" is a modal); "Sept." and other short forms are left alone. */
const MONTH = /\b(?:january|february|march|april|june|july|august|september|october|november|december)\b|\bMay\b/giu;

/**
 * Whether a question names a month and the answer names only another ("26 October 2015" for "Spectre had its world
 * premiere on 26 December of what year?"): the date of another event than the one the question dates.
 *
 * @example
 * otherMonth('The press conference was in October of what year?', 'December 2014'); // true
 */
export function otherMonth(question: string, answer: string): boolean {
	const monthsOf = (text: string) =>
		[...text.matchAll(MONTH)]
			.filter((m) => m[0] !== 'MAY' && (m[0] !== 'may' || /\p{Lu}/u.test(m[0])))
			.map((m) => m[0].toLowerCase());
	const asked = new Set(monthsOf(question));
	if (asked.size === 0) return false;
	const given = monthsOf(answer);
	return asked.size > 0 && given.length > 0 && !given.some((month) => asked.has(month));
}
