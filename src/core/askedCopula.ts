import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { stem } from './tokenize.ts';

/** "What is the main export of the region?", "What was Punjab's biggest city?": a thing asked by what it is. */
const ASKS_WHAT_IS =
	/^\s*what(?:\s+(?:is|was|are|were)|['’]s)\s+(?:the|a|an|\p{Lu}[\p{L}'’.-]*(?:['’]s|['’]))\s+([\p{L}\s'’-]+?)[\s?!.]*$/iu;
/** "What is used to store grain?", "What was built on the hill?": a thing asked by what is done with it. */
const ASKS_DONE =
	/^\s*what\s+(is|was|are|were|has\s+been|have\s+been)\s+(\p{Ll}+(?:ed|en|lt|wn|ught|ng))\s+(?:to|for|by|in|on|at|as|from|with)\b/iu;
/** Words that end a noun's phrase in the question: its head stands before them ("remedy" of "remedy of choice"). */
const AFTER_HEAD = /\s(?:of|for|in|on|at|to|from|with|by|during|among|between|that|which|who)\s/iu;
/** Questions that ask something else than a thing: "what is the name of", "what is known as", "what is it". */
const NOT_A_THING = /\b(?:name|called|known|meaning|difference|reason|purpose|point|matter|problem|way)\b/iu;
/** A linking verb and what follows it, to a clause's end. */
const COPULA = /\s(?:is|was|are|were|remains|remained|became|becomes)\s+/gu;
/** Where a clause or a noun's phrase ends. */
const CLAUSE_END =
	/[,;:()[\]]|\s(?:which|who|whose|where|while|whereas|but|and\s+(?:is|was|has|had)|although|because|after|before|since|as\s+well)\s|\.(?:\s|$)|$/u;
/** Words before the thing that say how it is said: "typically called", "estimated to be". */
const SAID_SO =
	/^(?:\p{Ll}+ly\s+)?(?:(?:called|known\s+as|named|termed)|(?:estimated|thought|said|believed|considered)\s+to\s+be)\s+/u;
/** A verb, an adverb or a state after the linking verb: "is located here", "was previously home to". */
const NOT_A_THING_SAID = /^(?:\p{Ll}+ly|\p{Ll}+ed|located|situated|found|based|home|not|also|still|now|then|so|too)\b/u;
/** A name at a sentence's start, then a comma: the name a noun in apposition stands beside. */
const NAME_BESIDE = /^((?:\p{Lu}[\p{L}'’.-]*\s*){1,4}),\s$/u;
/** Words that link a clause to the one before, not part of the thing: "but", "then", "moreover". */
const LEADING_LINK =
	/^\s*(?:(?:but|and|so|yet|then|thus|moreover|however|also|finally|additionally|therefore)\b,?\s*)*/iu;
/** The most words a short answer takes. */
const MOST_WORDS = 8;

/**
 * For "What is the main export of the region?" or "What was used to preserve the fish?", the thing the sentence says
 * it is, or of which it says the deed asked; none when it says neither.
 */
export function byCopula(question: string, quote: string): AnswerPhrase | undefined {
	const head = askedThingHead(question);
	const deed = head ? undefined : askedDeed(question);
	const found = head ? thingByCopula(head, quote) : deed ? doneTo(deed, quote) : undefined;
	const asked = new Set((question.toLowerCase().match(/\p{L}+/gu) ?? []).map(stem));
	// "are most sensitive" for "…to which human eyes are most sensitive?": only the question's own words.
	const news = (found?.text.toLowerCase().match(/\p{L}{3,}|\p{N}+/gu) ?? []).filter((w) => !asked.has(stem(w)));
	return news.length > 0 ? found : undefined;
}

/** The head noun's stem of the thing a "what is X" question asks ("export" of "the main export of the region"). */
export function askedThingHead(question: string): string | undefined {
	const thing = ASKS_WHAT_IS.exec(question)?.[1];
	if (!thing || NOT_A_THING.test(thing)) return undefined;
	const head = thing.split(AFTER_HEAD)[0]?.trim().split(/\s+/).pop();
	return head && /^\p{Ll}{3,}$/u.test(head) ? stem(head) : undefined;
}

/**
 * The thing a sentence says the asked thing is: after the linking verb when the asked noun comes before it ("The main
 * export of the region is timber"), before it when the noun comes after ("Salt water is the remedy of choice");
 * none when the noun is on neither side of a linking verb.
 *
 * @example
 * thingByCopula('export', 'The main export of the region is timber, most of it sold.')?.text; // 'timber'
 */
export function thingByCopula(head: string, quote: string): AnswerPhrase | undefined {
	for (const found of quote.matchAll(COPULA)) {
		const at = found.index ?? 0;
		const leftStart = clauseStart(quote, at);
		const left = quote.slice(leftStart, at);
		const rightFrom = at + found[0].length;
		const right = quote.slice(rightFrom).split(CLAUSE_END)[0] ?? '';
		if (holds(left, head) && !holds(right, head)) {
			// "Barrow, the northernmost city in the United States, is located here": the name the noun stands beside.
			const named = NAME_BESIDE.exec(quote.slice(0, leftStart));
			if (named?.[1] && /^(?:the|a|an)\s/iu.test(left)) return phrase(quote, named.index, named[1]);
			const said = right.replace(SAID_SO, '');
			if (!NOT_A_THING_SAID.test(said)) return phrase(quote, rightFrom + right.length - said.length, said);
		}
		if (/^(?:the|a|an|one\s+of\s+the)\s/iu.test(right) && holds(right, head) && !holds(left, head))
			return phrase(quote, leftStart, left.split(/,\s(?:which|who|whose)\s/u)[0] ?? left);
	}
	return undefined;
}

/** The participle a "what is done" question asks by, as a stem ("use" of "What is used to…"), and its verb. */
export function askedDeed(question: string): { be: string; stem: string } | undefined {
	const asked = ASKS_DONE.exec(question);
	return asked?.[1] && asked[2] ? { be: asked[1].toLowerCase(), stem: stem(asked[2].toLowerCase()) } : undefined;
}

/** The subject of the same deed in the sentence: "Salt" of "Salt was used to preserve the fish". */
export function doneTo(deed: { stem: string }, quote: string): AnswerPhrase | undefined {
	for (const found of quote.matchAll(
		/\s(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|often\s+|first\s+|mainly\s+|mostly\s+|widely\s+)?(\p{Ll}+)\b/gu,
	)) {
		if (stem(found[1] ?? '') !== deed.stem) continue;
		const at = found.index ?? 0;
		const from = clauseStart(quote, at);
		return phrase(quote, from, quote.slice(from, at).split(/,\s(?:which|who|whose)\s/u)[0] ?? '');
	}
	return undefined;
}

function clauseStart(quote: string, at: number): number {
	const before = quote.slice(0, at);
	const cut = Math.max(before.lastIndexOf(', '), before.lastIndexOf('; '), before.lastIndexOf(': '));
	// "Boiled barley water, which farmers drank for centuries, is…": the subject before the clause put in.
	const relative = /,\s(?:which|who|whose)\s[^,]*,?\s*$/u.exec(before);
	if (relative) return clauseStart(quote, relative.index);
	return cut < 0 ? 0 : cut + 2;
}

function holds(text: string, head: string): boolean {
	return (text.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => stem(w) === head);
}

function phrase(quote: string, from: number, text: string): AnswerPhrase | undefined {
	const trimmed = text.replace(LEADING_LINK, '').replace(/[\s,;:.]+$/u, '');
	const words = trimmed.split(/\s+/).filter(Boolean);
	if (words.length === 0 || words.length > MOST_WORDS) return undefined;
	const start = quote.indexOf(trimmed, from);
	return start < 0 ? undefined : { text: trimmed, start, end: start + trimmed.length, typed: true };
}
