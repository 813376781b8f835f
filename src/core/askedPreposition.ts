import { isVerbForm } from './askedVerb.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { stem, type Token } from './tokenize.ts';

/**
 * "What does the term date back to?", "What are alloys defined by?", "Which team does Ruiz ride for?": a verb, a
 * particle or none, a last preposition.
 */
const ENDS_IN_PREPOSITION =
	/^\s*(?:[Ww]hat(?:['’]?s)?|[Ww]hich)\b.*?\s(\p{Ll}{3,})\s+(?:(back|away|up|down|out|off)\s+)?(to|from|by|of|with|into|for|on|in|at|as|about|against|through|towards?)[\s?!.]*$/u;
/** Words a verb never is, before the last preposition: "What is the capital of?" asks nothing so. */
const NOT_VERBS = /^(?:the|and|but|one|all|some|many|most|much|more|less|part|kind|type|sort|name|home)$/u;
/** What follows the preposition, to a clause's end. */
const AFTER =
	/^\s+((?:(?!\b(?:after|before|because|when|while|but|which|who|until|since|as|and\s+(?:was|is|were|are|has|had|have|will|would|could|can|may|must|should))\b|\b(?:on|in|at|by)\s+(?:\p{Lu}|\d))(?:\d[.,]\d|\p{Lu}\.(?=\s*\p{Lu})|(?<=\b\p{Lu}\p{Ll}{1,3})\.(?=\s+\p{Lu})|[^,;.!?"“”()]))+)/u;
/** The rest of a list after its first item: ", assault and criminal damage". */
const LIST_REST = /^(?:,\s+[^,;.!?()"“”]{1,40}?)*,?\s+(?:and|or)\s+[^,;.!?()"“”]{1,40}?(?=\s*[,;.!?]|$)/u;
/** Words that only announce the name that follows: "what is termed", "so-called". */
const TERMED =
	/^\s*(?:what\s+(?:is|was|are|were)\s+)?(?:(?:commonly|often|usually|now|so)[\s-]+)?(?:termed|called|known\s+as)\s+/iu;
/** The most words between the verb and its preposition ("keeping infectious and toxic materials away from"). */
const GAP_WORDS = 5;
/** The most words the answer takes. */
const MOST_WORDS = 10;

/** The verb, particle and preposition a question ends with, if it ends so. */
export function askedPreposition(question: string): { verb: string; tail: string } | undefined {
	const found = ENDS_IN_PREPOSITION.exec(question);
	const verb = found?.[1]?.toLowerCase();
	if (!verb || !found?.[3] || NOT_VERBS.test(verb) || /\bname\s+of\b/iu.test(question)) return undefined;
	return { verb, tail: [found[2], found[3]].filter(Boolean).join(' ').toLowerCase() };
}

/**
 * What the sentence puts after the question's verb and preposition: "the Weimar Constitution of 1919" in "The term
 * dates back to the Weimar Constitution of 1919." for "What does the term date back to?"; none when the sentence
 * does not use them so.
 *
 * @example
 * const s = 'Alloys are defined by metallic bonding character.';
 * afterPreposition({ verb: 'defined', tail: 'by' }, s, tokenize(s))?.text; // 'metallic bonding character'
 */
export function afterPreposition(
	asked: { verb: string; tail: string },
	quote: string,
	tokens: readonly Token[],
): AnswerPhrase | undefined {
	const verbStem = stem(asked.verb);
	const tail = new RegExp(`^(?:\\s+[^\\s,;.]+){0,${GAP_WORDS}}?\\s+${asked.tail.replace(/ /g, '\\s+')}(?=\\s)`, 'iu');
	for (const token of tokens.slice(0, SENTENCE_LIMITS.tokens)) {
		if (token.stem !== verbStem && !isVerbForm(asked.verb, token.word.toLowerCase())) continue;
		const rest = quote.slice(token.end, token.end + 200);
		const to = tail.exec(rest);
		if (!to) continue;
		const lead = ` ${rest.slice(to[0].length).replace(/^\s+/u, '').replace(TERMED, '')}`;
		// "classified by what is termed "hypodescent"": the quoted name.
		const quoted = /^\s[“"]([^”"]{1,60})[”"]/u.exec(lead)?.[1];
		const first = AFTER.exec(lead)?.[1];
		// "charged with theft, assault and criminal damage": a list that ends in "and" or "or" is taken whole.
		const found = first && LIST_REST.exec(lead.slice(first.length + 1))?.[0];
		const list = found && sameCase(first, found) ? found : undefined;
		const said = shortened(quoted ?? (first && `${first}${list ?? ''}`)?.replace(/\s+(?:and|or|but)\s*$/iu, '').trim());
		if (!said) continue;
		const start = quote.indexOf(said, token.end + to[0].length);
		return { text: said, start, end: start + said.length, typed: true };
	}
	return undefined;
}

/**
 * Whether a list's further items (", assault and criminal damage") begin as its first does, both capitalised or both
 * not: "Team Vela, attacked on the final climb and won" is a name and a clause, no list.
 */
function sameCase(first: string, rest: string): boolean {
	const capital = (text: string) => /^\p{Lu}/u.test(text.trim());
	const items = rest.split(/,\s+|\s+(?:and|or)\s+/u).filter((item) => item.trim() !== '');
	return items.every((item) => capital(item) === capital(first));
}

/** A long phrase cut before its first preposition ("Sichuan in subsequent periods…" to "Sichuan"), else none. */
function shortened(said: string | undefined): string | undefined {
	if (!said || said.split(/\s+/).length <= MOST_WORDS) return said;
	// "the controllers' decision to walk out with only 24 hours' notice": an infinitive goes on with the noun before it.
	const cut =
		/^\S+(?:\s+\S+)*?(?=\s+(?:in|on|at|for|during|from|to(?!\s+\p{Ll}+\s+(?:out|up|off|down|away|back)\b)|up|with|by|of)\s)/u.exec(
			said,
		)?.[0];
	return cut && cut.split(/\s+/).length <= MOST_WORDS ? cut : undefined;
}
