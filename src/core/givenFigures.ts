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
		findMentions(question).flatMap((m) => {
			if (m.type !== 'number' || m.value === undefined) return [];
			// "at -20": a figure after a minus sign, which reports may write "minus 20".
			return SIGNED.test(question.slice(Math.max(0, m.start - 2), m.start)) ? [m.value, -m.value] : [m.value];
		}),
	);
}

/** A minus sign right before a figure, not a hyphen joining words ("-20", "at −20"; not "COVID-19"). */
const SIGNED = /(?:^|\s)[-−]$/u;
