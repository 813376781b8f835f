import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** "Where does Alaska rank…", "where is GE ranked…", "what rank…": a place in an order asked (not "top-ranked"). */
const ASKS_RANK =
	/\bwhere\s+(?:does|did|do|is|was|are|were)\b[^?]*?(?<![\p{L}-])rank(?:s|ed)?(?![\p{L}-])|^\s*what\s+(?:rank|position|place)\b/iu;
/** A place in an order: "3rd", "fourth", with the measure it may carry ("3rd least populous", "fourth-largest"). */
const RANK =
	/\b(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b([\s-]+(?:(?:least|most)\s+\p{L}+|(?!(?:inter|for|re|con|pro|har|sugg|arr|inv|hon|mod|manif)est\b)\p{L}{2,}est)\b)?/giu;
/** A side asked in lower case ("borders CAR in the south"), not a place's name ("South Sudan"). */
const COMPASS = /\bthe\s+((?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\b(?!\s+\p{Lu})/iu;
/** A name of capitalised words, up to the side it stands on: "Cameroon", "the Free State of Lunn". */
const NAME_BEFORE = /((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+the\s+|of\s+)?\p{Lu}[\p{L}'’-]*){0,5})$/u;
/** How far before the side its name may begin. */
const NAME_CHARS = 60;

/**
 * The part of a sentence a question of position asks for: the rank for "Where does Alaska rank in population?"
 * ("3rd least populous"; one with a measure before a bare one), the neighbour on the side asked for "What country
 * borders CAR in the south?" ("It is bordered by Chad to the north, … Cameroon to the west"); undefined otherwise.
 *
 * @example
 * askedPosition('What country borders it in the west?', 'It borders Chad to the north and Cameroon to the west.')?.text; // 'Cameroon'
 */
export function askedPosition(question: string, sentence: string): AnswerPhrase | undefined {
	if (ASKS_RANK.test(question)) {
		const ranks = [...sentence.matchAll(RANK)];
		const rank = ranks.find((r) => r[1]) ?? ranks[0];
		return rank ? phraseAt(rank[0], rank.index) : undefined;
	}
	const side = COMPASS.exec(question)?.[1]?.toLowerCase();
	if (!side || !/\bborder/i.test(question)) return undefined;
	const at = new RegExp(`\\s+(?:to|on)\\s+the\\s+${side}(?![\\p{L}-])`, 'u').exec(sentence);
	if (!at) return undefined;
	const before = sentence.slice(Math.max(0, at.index - NAME_CHARS), at.index);
	const name = NAME_BEFORE.exec(before)?.[1];
	return name ? phraseAt(name, at.index - name.length) : undefined;
}

function phraseAt(text: string, start: number): AnswerPhrase {
	return { text, start, end: start + text.length, typed: true };
}
