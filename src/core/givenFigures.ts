import { findMentions } from './findMentions.ts';

/**
 * The figures a question gives itself ("four white balls", "the 2011 quake"), by value: a count that is one of them
 * answers nothing ("How many tickets matched four white balls?" is not answered by "four tickets").
 *
 * @example
 * givenFigures('How many tickets matched four white balls?'); // Set { 4 }
 */
export function givenFigures(question: string): ReadonlySet<number> {
	return new Set(
		findMentions(question).flatMap((m) => (m.type === 'number' && m.value !== undefined ? [m.value] : [])),
	);
}
