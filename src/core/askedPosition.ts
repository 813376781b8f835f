import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** "Where does Alaska rank…", "where is GE ranked…", "what rank…": a place in an order is asked. */
const ASKS_RANK =
	/\bwhere\s+(?:does|did|do|is|was|are|were)\b[^?]*\brank(?:s|ed|ing)?\b|^\s*what\s+(?:rank|position|place)\b/i;
/** A place in an order, with its measure: "3rd least populous", "fourth-largest", "ninth". */
const RANK =
	/\b(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b(?:[\s-]+(?:(?:least|most)\s+\p{L}+|\p{L}+est)\b)?/iu;
/** The points of the compass a question asks by: "borders CAR in the south", "to the northwest". */
const COMPASS = /\b((?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\b/i;

/**
 * The part of a sentence a question of position asks for: the rank for "Where does Alaska rank in population?"
 * ("the 3rd least populous"), the neighbour on the side asked for "What country borders CAR in the south?" ("It is
 * bordered by Chad to the north, … Cameroon to the west"); undefined for other questions or sentences.
 *
 * @example
 * askedPosition('What country borders it in the west?', 'It borders Chad to the north and Cameroon to the west.')?.text; // 'Cameroon'
 */
export function askedPosition(question: string, sentence: string): AnswerPhrase | undefined {
	if (ASKS_RANK.test(question)) {
		const rank = RANK.exec(sentence);
		return rank ? phraseAt(rank[0], rank.index) : undefined;
	}
	const side = COMPASS.exec(question)?.[1]?.toLowerCase();
	if (!side || !/\bborder/i.test(question)) return undefined;
	const beside = new RegExp(
		`((?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:of\\s+the\\s+|of\\s+)?\\p{Lu}[\\p{L}'’-]*)*)\\s+(?:to|on)\\s+the\\s+${side}(?![\\p{L}-])`,
		'u',
	).exec(sentence);
	return beside?.[1] ? phraseAt(beside[1], beside.index) : undefined;
}

function phraseAt(text: string, start: number): AnswerPhrase {
	return { text, start, end: start + text.length, typed: true };
}
