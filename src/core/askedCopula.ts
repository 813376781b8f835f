import { COPULA_CHARS, clauseStart, DEFINITION_WORDS, phraseAt, subjectPhrase } from './copulaPhrase.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { stem } from './tokenize.ts';

/** "What is the main export of the region?", "What was Punjab's biggest city?": a thing asked by what it is. */
const ASKS_WHAT_IS =
	/^\s*what(?:\s+(?:is|was|are|were)|['’]s)\s+(?:the|a|an|\p{Lu}[\p{L}'’.-]*(?:['’]s|['’]))\s+([\p{L}\s'’-]+?)[\s?!.]*$/iu;
/** "What is used to store grain?", "What was built on the hill?": a thing asked by what is done with it. */
const ASKS_DONE =
	/^\s*what\s+(?:is|was|are|were|has\s+been|have\s+been)\s+(\p{Ll}+(?:ed|en|lt|wn|ught|ng))\s+(?:to|for|by|in|on|at|as|from|with)\b/iu;
/** "Who was stationed along the border?", "who were trapped in the mine": a doer asked by what was done to them. */
const WHO_DONE = /^\s*who\s+(?:is|was|are|were|has\s+been|have\s+been)\s+(\p{Ll}+(?:ed|en|lt|wn|ught))\b/iu;
/** Words that end a noun's phrase: its head stands before them ("remedy" of "remedy of choice"). */
const AFTER_HEAD = /\s(?:of|for|in|on|at|to|from|with|by|during|among|between|that|which|who)(?:\s|$)/iu;
/** Questions that ask something else than a thing: "what is the name of", "what is known as", "what is it". */
const NOT_A_THING = /\b(?:name|called|known|meaning|difference|reason|purpose|point|matter|problem|way)\b/iu;
/** A preposition a question ends with: "what is the town famous for" asks what follows it (see askedPreposition). */
const ENDS_IN_PREPOSITION = /\s(?:of|for|in|on|at|to|from|with|by|about|as)$/iu;
/** A linking verb. */
const COPULA = /\s(?:is|was|are|were|remains|remained|became|becomes)\s+/gu;
/** Where a clause ends: punctuation (not a comma inside a number), a conjunction, "and" before a new clause. */
const CLAUSE_END =
	/,(?!\d)|[;:()[\]]|\s(?:which|who|whose|where|while|whereas|but|although|because|after|before|since|as\s+well)\s|\sand\s+(?=(?:\S+\s+){0,7}(?:is|was|are|were|has|had)\s)|\.(?:\s|$)|$/u;
/** Words before the thing that say how it is said: "typically called", "estimated to be". */
const SAID_SO =
	/^(?:\p{Ll}+ly\s+)?(?:(?:called|known\s+as|named|termed)|(?:estimated|thought|said|believed|considered)\s+to\s+be)\s+/u;
/** A verb, an adverb, a state or a preposition after the linking verb: "is located here", "was under investigation". */
const NOT_A_THING_SAID =
	/^(?:\p{Ll}+ly|\p{Ll}+ed|being|located|situated|found|based|home|not|also|still|now|then|so|too|under|in|at|on|to|by|for|from|with|about)\b/u;
/**
 * A relative clause with its own subject before the linking verb: in "a truce that Ukraine was willing to accept" the
 * verb is Ukraine's, not the truce's ("the truce that began on Monday was fragile" is the truce's).
 */
const OBJECT_RELATIVE =
	/\s(?:that|which|whom)\s+(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|(?:the|a|an|his|her|their|its|our|my|this|these|those)(?:\s+(?!\p{Ll}+ed\b|(?:up|out|down|off|set|made|built|won|got|put|took|gave|sold|bought)\b)[\p{L}'’-]+){1,2}|(?:he|she|they|we|it|I|you))$/u;
/** "What is an alloy?": a thing asked to be defined, which a longer phrase may answer. */
const DEFINES = /^\s*what\s+(?:is|are)\s+(?:a|an)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?[\s?!.]*$/iu;
/** A name at a sentence's start, then a comma: the name a noun in apposition stands beside. */
const NAME_BESIDE = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}),\s$/u;

/**
 * For "What is the main export of the region?" or "What was used to preserve the fish?", the thing the sentence says
 * it is, or of which it says the deed asked; none when it says neither, or only with the question's own words.
 */
export function byCopula(question: string, quote: string): AnswerPhrase | undefined {
	const head = askedThingHead(question);
	const deed = head ? undefined : askedDeed(question);
	const read = quote.slice(0, COPULA_CHARS);
	const most = DEFINES.test(question) ? DEFINITION_WORDS : undefined;
	const found = head ? thingByCopula(head, read, most) : deed ? doneTo(deed, read) : undefined;
	const asked = new Set((question.toLowerCase().match(/\p{L}+/gu) ?? []).map(stem));
	// "are most sensitive" for "…to which human eyes are most sensitive?": only the question's own words.
	const news = (found?.text.toLowerCase().match(/\p{L}{3,}|\p{N}+/gu) ?? []).filter((w) => !asked.has(stem(w)));
	return news.length > 0 ? found : undefined;
}

/** The head noun's stem of the thing a "what is X" question asks ("export" of "the main export of the region"). */
export function askedThingHead(question: string): string | undefined {
	const thing = ASKS_WHAT_IS.exec(question)?.[1]?.trim();
	if (!thing || NOT_A_THING.test(thing) || ENDS_IN_PREPOSITION.test(thing)) return undefined;
	const head = thing.split(AFTER_HEAD)[0]?.trim().split(/\s+/).pop();
	return head && /^\p{Ll}{3,}$/u.test(head) ? stem(head) : undefined;
}

/**
 * The thing a sentence says the asked thing is: after the linking verb when the asked noun comes before it ("The main
 * export of the region is timber"), before it when the noun heads what follows ("Salt water is the remedy of choice");
 * none when the noun is on neither side of a linking verb.
 *
 * @example
 * thingByCopula('export', 'The main export of the region is timber, most of it sold.')?.text; // 'timber'
 */
export function thingByCopula(head: string, quote: string, most?: number): AnswerPhrase | undefined {
	for (const found of quote.matchAll(COPULA)) {
		const at = found.index ?? 0;
		const leftStart = clauseStart(quote, at);
		const left = quote.slice(leftStart, at);
		const rightFrom = at + found[0].length;
		const right = quote.slice(rightFrom).split(CLAUSE_END)[0] ?? '';
		if (holds(left, head) && !holds(right, head) && !OBJECT_RELATIVE.test(left)) {
			// "Barrow, the northernmost city in the United States, is located here": the name the noun stands beside.
			const named = /^(?:the|a|an)\s/iu.test(left) ? NAME_BESIDE.exec(quote.slice(0, leftStart)) : null;
			if (named?.[1]) return phraseAt(quote, named.index, named[1]);
			const said = right.replace(SAID_SO, '');
			if (!NOT_A_THING_SAID.test(said)) return phraseAt(quote, rightFrom + right.length - said.length, said, most);
		}
		// "…is the mayor of the biggest city": the noun must head what follows, not stand in its "of".
		const headed = right.replace(/^(?:one\s+of\s+)?(?:the|a|an)\s+/iu, '').split(AFTER_HEAD)[0] ?? '';
		if (/^(?:the|a|an|one\s+of\s+the)\s/iu.test(right) && holds(headed, head) && !holds(left, head))
			return subjectPhrase(quote, leftStart, left);
	}
	return undefined;
}

/**
 * The participle a "what is done" question asks by, as a stem ("use" of "What is used to…"), or with `who` a "who
 * was done" question ("Who was stationed along the border?").
 */
export function askedDeed(question: string, who = false): { stem: string } | undefined {
	const participle = (who ? WHO_DONE : ASKS_DONE).exec(question)?.[1];
	return participle ? { stem: stem(participle.toLowerCase()) } : undefined;
}

/**
 * For "Who was stationed along the border?", the subject of the same deed in the sentence ("Russian border troops
 * were stationed…"); none when the question asks no such deed or the sentence does not tell it so.
 */
export function doerByDeed(question: string, quote: string): AnswerPhrase | undefined {
	const deed = askedDeed(question, true);
	return deed && doneTo(deed, quote.slice(0, COPULA_CHARS));
}

/** The subject of the same deed in the sentence: "Salt" of "Salt was used to preserve the fish". */
export function doneTo(deed: { stem: string }, quote: string): AnswerPhrase | undefined {
	const done =
		/\s(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|often|first|mainly|mostly|widely)\s+)?(\p{Ll}+)\b/gu;
	for (const found of quote.matchAll(done)) {
		if (stem(found[1] ?? '') !== deed.stem) continue;
		const at = found.index ?? 0;
		const from = clauseStart(quote, at);
		return subjectPhrase(quote, from, quote.slice(from, at));
	}
	return undefined;
}

function holds(text: string, head: string): boolean {
	return (text.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => stem(w) === head);
}
