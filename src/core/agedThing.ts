import { mayBePeople } from './countedNouns.ts';
import { describesPerson } from './findTitle.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { stem } from './tokenize.ts';

/** The lowercase words after an age written before its noun, up to the clause's next word of another kind. */
const NOUN_AFTER =
	/^[\s-]*((?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*)(?=\s*(?:[,.;:)]|$|\s+(?:in|on|at|of|for|from|with|to|that|which|who|was|were|is|are|has|had|will|would)\b))/u;
/** An age in commas after a name ("Bramble, a "), or said of the subject ("since the dog was a "). */
const APPOSED =
	/\p{Lu}[\p{L}'’-]*,\s+(?:an?\s+|the\s+)?$|\b(?:is|was|are|were|be|been|became|becomes)\s+(?:an?\s+|the\s+)?$/u;
/** Words that start no noun: "the 47-year-old over two rivals", "a 23-year-old who". */
const NO_NOUN =
	/^(?:the|a|an|and|or|but|over|as|who|whose|which|that|was|is|had|has|said|says|won|became|from|in|on|at|with|by|for|to)$/u;
/** A noun of someone: "man", "herder", "pianist", "guardian", "resident", "mother". */
const SOMEONE =
	/^(?:guy|man|men|woman|women|person|people|boy|girl|kid|child|baby|toddler|teen|teenager|lady|mother|father|son|daughter|wife|husband|widow|widower|grandmother|grandfather|local|native|veteran)$|(?:er|or|ist|ian|ant|ent|ee|ess)s?$/u;

/**
 * Whether an age is written before a thing's noun ("the 61-year-old suspension span"; not "a 27-year-old ATR 72",
 * its noun capitalised, nor "Bramble, a 22-year-old grey gelding", in commas after a name): the age of a thing, no
 * person's, however near their name it stands.
 *
 * @example
 * agedThing('Delia Frampton said the money would repair the 61-year-old suspension span.', age); // true
 */
export function agedThing(sentence: string, age: AnswerPhrase): boolean {
	if (!/-old$/iu.test(age.text)) return false;
	// "Bramble, a 22-year-old grey gelding", "the dog was a 10-week-old puppy": the age of the name or subject.
	if (APPOSED.test(sentence.slice(Math.max(0, age.start - 40), age.start))) return false;
	const words = NOUN_AFTER.exec(sentence.slice(age.end, age.end + 60))?.[1]?.split(/\s+/u);
	if (!words?.[0] || NO_NOUN.test(words[0])) return false;
	return !words.some((w) => describesPerson(w) || SOMEONE.test(w) || mayBePeople([stem(w)]));
}
