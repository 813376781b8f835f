import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';

/** "What is the owner of a pub known as?", "What are such fish called?": a question that asks the name a thing goes by. */
const ASKS_TERM =
	/^\s*(?:what|which)\b.*\b(?:known|referred\s+to|described|termed|called|named|nicknamed|dubbed)(?:\s+as)?(?:\s+(?:in|by|today|now|when|if|locally|collectively|commonly|officially|usually)\b[^?]*)?[\s?!.]*$/iu;
/** "What is it called when …", "What are these known as if …": the name asked before the case it names. */
const ASKS_TERM_FIRST =
	/^\s*what\s+(?:is|are|was|were)\s+(?:it|this|that|they|these|those)\s+(?:called|known\s+as|termed)\b/iu;
/** "What was Madonna's nickname?", "what's the dog's name": a name by a word of naming, of someone named before it. */
const ASKS_NICKNAME =
	/^\s*what(?:\s+(?:is|was|are|were)|['’]s)\s+\S.*['’]s?\s+(?:nick-?name|pet\s+name|stage\s+name|name)(?:\s+(?:in|by|when|as|at|during|among)\b[^?]*)?[\s?!.]*$/iu;
/** "What do the locals call the lake?" */
const ASKS_CALL = /^\s*what\s+(?:do|does|did)\s+\S.*\s+call\s+(?!(?:for|off|on|up|in|out|back)\b)\S/iu;

/** Words that give a thing the name that follows: "is known as", "is called", "referred to as", "dubbed". */
const NAMING =
	/\b(?:(?:known|referred\s+to|described|termed|designated)(?:\s+[\p{L}-]+){0,5}?\s+as|(?:called|named|termed|dubbed|nicknamed)(?!\s+(?:for|on|off|up|in|out|back|after|by|to|as|upon|into)\b))\s+/giu;
/**
 * The name itself, quoted, after an article or a few words ("called his early devices "self-rotors""); an apostrophe
 * inside single quotes ("the 'don't look back' ground") is kept.
 */
const QUOTED =
	/^(?:[^\s,;:.“"‘']+\s+){0,4}?(?:“([^”]{1,60})”|"([^"]{1,60})"|‘((?:[^’]|’(?=\p{L})){1,60})’|'((?:[^']|'(?=\p{L})){1,60})')/du;
/** The name unquoted: up to punctuation or a word that starts what is said of it ("by the locals", "because"). */
const PLAIN =
	/^(?:the\s+|a\s+|an\s+)?(?:\p{Lu}\p{Ll}{0,2}\.|[^\s,;:.()[\]“”"])+(?:\s+(?!(?:by|because|which|who|whom|that|after|for|in|on|at|from|since|when|while|as|to|or|and|but|is|are|was|were|has|have|had|until|if|with)\b)(?:\p{Lu}\p{Ll}{0,2}\.|[^\s,;:.()[\]“”"])+){0,5}/iu;

/**
 * Whether the question asks what a thing is called, known or referred to as (the term, not a description).
 *
 * @example
 * asksTerm('What is the owner of a pub known as?'); // true
 * asksTerm('What is the river named after?'); // false
 */
export function asksTerm(question: string): boolean {
	return (
		ASKS_TERM.test(question) ||
		ASKS_TERM_FIRST.test(question) ||
		ASKS_CALL.test(question) ||
		ASKS_NICKNAME.test(question)
	);
}

/**
 * The name the sentence gives after "known as", "called", "referred to as"…, quoted or up to where the sentence goes
 * on about it; none when the sentence names nothing so, or only with the question's own words.
 *
 * @example
 * termGiven('If blood is present it is also known as dysentery.', new Set(['blood']), stem)?.text; // 'dysentery'
 */
export function termGiven(
	quote: string,
	askedStems: ReadonlySet<string>,
	stemOf: (w: string) => string,
): AnswerPhrase | undefined {
	const given: { phrase: AnswerPhrase; near: boolean }[] = [];
	for (const found of quote.slice(0, SENTENCE_LIMITS.chars).matchAll(NAMING)) {
		const from = (found.index ?? 0) + found[0].length;
		const rest = quote.slice(from, from + 80);
		const quoted = QUOTED.exec(rest);
		const group = quoted ? [1, 2, 3, 4].find((g) => quoted[g] !== undefined) : undefined;
		const raw = group !== undefined ? quoted?.[group] : PLAIN.exec(rest)?.[0];
		const text = raw?.replace(/[\s,;:.!?]+$/u, '').trim();
		if (!text || !raw) continue;
		const start = from + (group !== undefined ? (quoted?.indices?.[group]?.[0] ?? 0) : 0) + raw.indexOf(text);
		const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
		if (words.length === 0 || words.every((w) => askedStems.has(stemOf(w)) || /^(?:the|a|an)$/.test(w))) continue;
		// "Residents called 911 after the fire at the mill, which is known as the Old Mill": the naming of the thing asked.
		const before = quote.slice(Math.max(0, (found.index ?? 0) - 40), found.index ?? 0).toLowerCase();
		const near = (before.match(/\p{L}+/gu) ?? []).some((w) => askedStems.has(stemOf(w)));
		given.push({ phrase: { text, start, end: start + text.length, typed: true }, near });
	}
	return (given.find((g) => g.near) ?? given[0])?.phrase;
}
