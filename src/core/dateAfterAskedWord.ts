import type { Mention } from './findMentions.ts';
import type { Token } from './tokenize.ts';

/** What may stand between an asked deed and its date: a few words, then the date's preposition ("died there in"). */
const BETWEEN =
	/^(?:\s+[\p{L}'’-]+){0,7}?\s+(?:(?:in|on|at|during|since|by)\s+(?:the\s+)?(?:late\s+|early\s+|mid-)?)?$/u;
/** A date that carries its own preposition: "on Tuesday", "in 1961". */
const OWN_PREPOSITION = /^(?:in|on|at|during|since|by)\s/iu;

/** A deed told in the past, as a date's clause tells it: "died", "fled", "won", "began" (not "census", "starting"). */
const PAST_DEED =
	/^(?:\p{Ll}+ed|won|began|left|fell|rose|took|made|went|came|became|sold|bought|met|ran|flew|drove|broke|built|wrote|struck|shot|caught|gave|got|held|lost|paid|set|found|fought|led|sank|swam|spent|sent|stood|told|threw|tore|wore|woke)$/u;

/**
 * Of a sentence's dates, the one a deed the question asks of, told in the past, stands right before: "1961" in
 * "Hertzberg fled to New York in 1940 and died there in 1961" for "when did hertzberg die" (the first of several
 * told together). Undefined where no date follows such a word.
 *
 * @example
 * dateAfterAskedWord(sentence, dates, tokens, new Set(['hertzberg', 'die']))?.text; // '1961'
 */
export function dateAfterAskedWord(
	sentence: string,
	dates: readonly Mention[],
	tokens: readonly Token[],
	asked: ReadonlySet<string>,
): Mention | undefined {
	const deeds = tokens.filter((t) => asked.has(t.stem) && PAST_DEED.test(sentence.slice(t.start, t.end)));
	const after = dates.filter((m) =>
		deeds.some(
			(t) =>
				t.end <= m.start &&
				BETWEEN.test(sentence.slice(t.end, m.start)) &&
				(OWN_PREPOSITION.test(m.text) ||
					/\s(?:in|on|at|during|since|by)\s+(?:\S+\s+)?$/u.test(sentence.slice(t.end, m.start))),
		),
	);
	// "touched down on Tuesday at 6:40 p.m.": the first of the dates told together after the deed.
	return after[0];
}
