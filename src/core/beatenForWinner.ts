import type { Mention } from './findMentions.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** "Who won…", "who wins…": the winner of a contest asked. */
const ASKS_WINNER = /^\s*who\s+(?:won|wins|win|triumphed|took\s+(?:the\s+)?(?:title|gold|crown))\b/iu;
/**
 * A deed of beating written right before the one picked, past a role of lowercase words but no passive "by": "beat
 * defending champion Henrik Aas", "defeating the Dutch side".
 */
const BEATEN_AFTER =
	/\b(?:beat|beats|beating|defeated|defeats|defeating|edged|edging|outlasted|outlasting|upset|upsetting|overcame|overcoming|thrashed|routed|downed|ousted|knocked\s+out)\s+(?:(?!by\b)[\p{Ll}'’-]+\s+){0,3}$/u;

/** How far before the one picked its deed of beating is looked for, in characters. */
const DEED_REACH = 60;

/**
 * For "who won…", the winner where the one picked is the one beaten ("Mateo Quiroga of Solvera beat defending
 * champion Henrik Aas 6-4 to win his first world title"): the name written last before the deed of beating; null
 * when the sentence names none there, undefined when the one picked was not beaten.
 *
 * @example
 * const sentence = 'Mateo Quiroga beat defending champion Henrik Aas to win the title.';
 * beatenForWinner('who won the mens final', sentence, mentionsOf(sentence), aas)?.text; // 'Mateo Quiroga'
 */
export function beatenForWinner(
	question: string,
	sentence: string,
	mentions: readonly Mention[],
	picked: AnswerPhrase,
): AnswerPhrase | null | undefined {
	if (!picked.typed || !ASKS_WINNER.test(question)) return undefined;
	const from = Math.max(0, picked.start - DEED_REACH);
	const beaten = BEATEN_AFTER.exec(sentence.slice(from, picked.start));
	if (!beaten) return undefined;
	const deed = from + beaten.index;
	const winner = mentions.filter((m) => m.type === 'name' && m.end <= deed).pop();
	return winner ? { text: winner.text, start: winner.start, end: winner.end, typed: true } : null;
}
