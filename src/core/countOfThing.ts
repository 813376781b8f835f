import { NUMBER_WORDS } from './mentionPatterns.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { contentStems, stem } from './tokenize.ts';

/** "How many seats are in (or on) the Sabor?", "how many islands does Tavuana have?": the units, then the thing that holds them. */
const IN_THING =
	/\bhow many\s+(\p{L}+)\s+(?:are|were|is|was)\s+(?:there\s+)?(?:in|on)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(\p{L}+)\s*[?!.]*\s*$/iu;
const THING_HAS =
	/\bhow many\s+(\p{L}+)\s+(?:does|did|do)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(\p{L}+)\s+(?:have|has|hold|contain|comprise)\b/iu;

const NUMBER = `(?:\\d[\\d,.]*|(?:${Object.keys(NUMBER_WORDS).join('|')}))`;
/** A count joined to its unit before a noun phrase: "the 151-seat Sabor", "a 40-room hotel". */
const JOINED = new RegExp(`\\b(${NUMBER})-(\\p{L}+)((?:\\s+[\\p{L}’'-]+){1,4})`, 'giu');
/** Words that end the noun phrase after a joined count. */
const PHRASE_END =
	/^(?:the|a|an|of|at|in|on|to|for|from|with|by|and|or|but|that|which|who|was|is|were|are|has|had|have|after|before|near|reopened|opened|closed)$/i;
/** A thing told as made of a count of units: "Tavuana, a nation of 85 islands". */
const MADE_OF = new RegExp(
	`^,?\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){1,3}?(?:of|with)\\s+(${NUMBER}\\s+(\\p{L}+))`,
	'iu',
);

/** A part counted out of a whole in a thing: "61 of the 150 seats in parliament" (the whole, its unit, the thing). */
const OF_WHOLE = new RegExp(
	`\\b${NUMBER}\\s+of\\s+(?:the|its|their)\\s+(${NUMBER})\\s+(\\p{L}+)\\s+(?:in|on|of)\\s+((?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+)`,
	'giu',
);

/** Whether a sentence has a count after "of" or "with" at all: most have none, and MADE_OF is then not tried word by word. */
const COUNT_AFTER_OF = new RegExp(`\\b(?:of|with)\\s+${NUMBER}\\s+\\p{L}`, 'iu');

/**
 * The count of units a sentence gives the very thing a "how many X are in Y" question asks of: "151-seat" of "the
 * 151-seat Sabor", "85 islands" of "Tavuana, a nation of 85 islands", "150 seats" of "won 61 of the 150 seats in
 * parliament"; undefined when it gives none (a part of it,
 * "holds 42 seats in the Sabor", is no answer).
 *
 * @example
 * countOfThing('how many seats are in the sabor', 'Its 42 seats in the 151-seat Sabor.')?.text; // '151-seat'
 */
export function countOfThing(question: string, sentence: string): AnswerPhrase | undefined {
	const asked = IN_THING.exec(question) ?? THING_HAS.exec(question);
	if (!asked) return undefined;
	const unit = stem((asked[1] ?? '').toLowerCase());
	const thing = stem((asked[2] ?? '').toLowerCase());
	const text = sentence.slice(0, SENTENCE_LIMITS.chars);
	for (const match of text.includes('-') ? text.matchAll(JOINED) : []) {
		if (stem((match[2] ?? '').toLowerCase()) !== unit) continue;
		// The thing heads the noun phrase right after the count: "the 151-seat Sabor", not "a 20-bed ward at the hospital".
		const words = (match[3] ?? '').trim().split(/\s+/);
		const end = words.findIndex((word) => PHRASE_END.test(word));
		const head = words[(end < 0 ? words.length : end) - 1] ?? '';
		if (stem(head.toLowerCase().replace(/['’]s$/, '')) === thing) {
			const size = `${match[1]}-${match[2]}`;
			return { text: size, start: match.index, end: match.index + size.length, typed: true };
		}
	}
	// "won 61 of the 150 seats in parliament": the whole a part is counted out of, in the thing asked.
	for (const whole of text.includes(' of ') ? text.matchAll(OF_WHOLE) : []) {
		if (stem((whole[2] ?? '').toLowerCase()) !== unit) continue;
		const words = (whole[3] ?? '').toLowerCase().match(/\p{L}+/gu) ?? [];
		if (!words.some((word) => stem(word) === thing)) continue;
		const size = `${whole[1]} ${whole[2]}`;
		const start = whole.index + whole[0].indexOf(size);
		return { text: size, start, end: start + size.length, typed: true };
	}
	if (!COUNT_AFTER_OF.test(text)) return undefined;
	for (const word of text.matchAll(/\p{L}+/gu)) {
		if (stem(word[0].toLowerCase()) !== thing) continue;
		const after = word.index + word[0].length;
		const made = MADE_OF.exec(text.slice(after, after + 80));
		if (made?.[1] && stem((made[2] ?? '').toLowerCase()) === unit) {
			const start = after + (made[0].length - made[1].length);
			return { text: made[1], start, end: start + made[1].length, typed: true };
		}
	}
	return undefined;
}

/** A verb of holding right before a count: "holds 42 seats", "won 12 of them". */
const HELD_BEFORE =
	/\b(?:holds?|held|won|wins?|controls?|controlled|occup(?:y|ies|ied)|secured?|took|takes?)\s+(?:about\s+|around\s+|some\s+|just\s+)?$/i;

/**
 * Whether the count at `start` is a part some holder has of the thing a "how many X are in Y" question asks of
 * ("the party holds 42 seats in the Sabor"), not the thing's own count.
 *
 * @example
 * partHeld('how many seats are in the sabor', 'The party holds 42 seats in the Sabor.', 16); // true
 */
export function partHeld(question: string, sentence: string, start: number): boolean {
	// "How many seats does the party have?" asks of the holder itself: its count is the answer.
	const asked = IN_THING.exec(question);
	if (!asked) return false;
	const before = sentence.slice(Math.max(0, start - 40), start);
	if (!HELD_BEFORE.test(before)) return false;
	// "The damaged pen held about 118,000 fish": the thing asked holds them itself.
	const holder = new Set(contentStems(before));
	const thing = question.slice(asked.index + asked[0].indexOf(asked[1] ?? '') + (asked[1] ?? '').length);
	return !contentStems(thing).some((s) => holder.has(s));
}
