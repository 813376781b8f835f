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
	const given = [...answer.matchAll(WEEKDAY)].map((m) => m[0].toLowerCase());
	return asked.size > 0 && given.length > 0 && !given.some((day) => asked.has(day));
}
