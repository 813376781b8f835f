import { laterLevel } from './laterLevel.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** "Where does Alaska rank…", "where is GE ranked…", "what rank…": a place in an order asked (not "top-ranked"). */
const ASKS_RANK =
	/\bwhere\s+(?:does|did|do|is|was|are|were)\b[^?]*?(?<![\p{L}-])rank(?:s|ed)?(?![\p{L}-])|^\s*what\s+(?:rank|position|place)\b/iu;
/** A place in an order: "3rd", "fourth", with the measure it may carry ("3rd least populous", "fourth-largest"). */
const RANK =
	/\b(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b([\s-]+(?:(?:least|most)\s+\p{L}+|(?!(?:inter|for|re|con|pro|har|sugg|arr|inv|hon|mod|manif)est\b)\p{L}{2,}est)\b)?/giu;
/** "Where did the shares close?", "where did the Nikkei end up?", "where did Rovers finish?": a level or a place asked. */
const ASKS_LEVEL =
	/\bwhere\s+(?:does|did|do|is|was|are|were|will|would)\b[^?]*?\b(?:close|closed|end|ended|finish|finished|settle|settled|stand|stood)\b/iu;
/** A level written after "at", "to" or "of": "at RM3.12", "to 38,410", "a closing price of $32.44". */
const LEVEL =
	/\b(?:at|to|of)\s+((?:(?:US|C|A|NZ|HK)?[$€£¥]|RM|Rs\.?\s?)?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|percent|per\s+cent|points))?)(?![\d.,]*\s*(?:million|billion|people|years?)\b)/u;
/** The verb of the level, after which its figure is read: "closed", "closing price" (not a "previous closing high"). */
const LEVEL_VERB =
	/(?<!\b(?:previous|prior|record|earlier|last)\s+)\b(?:clos(?:e|ed|es|ing)|end(?:ed|s)?|finish(?:ed|es)?|settl(?:e|ed|es)|stood|stands?)\b/iu;
/** A place in an order alone: "seventh", "3rd". */
const RANK_ALONE =
	/\b(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|bottom|top)\b/giu;
/** A noun right after a rank, which the rank describes ("first tour"), unless it is the place itself ("third place"). */
const DESCRIBES_NOUN =
	/^[\s-]+(?!(?:place|position|overall|spot|in|on|at|with|after|behind|and|or|of|for|to|but|while|as|when|among|out|equal|again)\b)\p{Ll}{3,}/u;
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
	if (ASKS_LEVEL.test(question)) {
		// "Where did the shares close?" of "closed … at RM3.12": the level; "where did Rovers finish?": the place.
		const from = LEVEL_VERB.exec(sentence)?.index ?? 0;
		const level = LEVEL.exec(sentence.slice(from));
		// "for their first tour", "last season": a rank before a noun describes it, it is no place reached.
		const rank = [...sentence.matchAll(RANK_ALONE)].find(
			(r) => !DESCRIBES_NOUN.test(sentence.slice(r.index + r[0].length)),
		);
		if (level?.[1]) return phraseAt(level[1], from + level.index + level[0].indexOf(level[1]));
		return rank ? laterRank(question, sentence, phraseAt(rank[0], rank.index)) : undefined;
	}
	if (ASKS_RANK.test(question)) {
		const ranks = [...sentence.matchAll(RANK)];
		const rank = ranks.find((r) => r[1]) ?? ranks[0];
		return rank ? laterRank(question, sentence, phraseAt(rank[0], rank.index)) : undefined;
	}
	const side = COMPASS.exec(question)?.[1]?.toLowerCase();
	if (!side || !/\bborder/i.test(question)) return undefined;
	const at = new RegExp(`\\s+(?:to|on)\\s+the\\s+${side}(?![\\p{L}-])`, 'u').exec(sentence);
	if (!at) return undefined;
	const before = sentence.slice(Math.max(0, at.index - NAME_CHARS), at.index);
	const name = NAME_BEFORE.exec(before)?.[1];
	return name ? phraseAt(name, at.index - name.length) : undefined;
}

/** "lifted Park from 58th to 21st in the world rankings": the rank reached, unless an earlier one is asked. */
function laterRank(question: string, sentence: string, rank: AnswerPhrase): AnswerPhrase {
	const later = laterLevel(question, sentence, rank.start, rank.end);
	const reached = later === undefined ? undefined : /^\d{1,4}(?:st|nd|rd|th)\b/u.exec(sentence.slice(later))?.[0];
	return reached && later !== undefined ? phraseAt(reached, later) : rank;
}

function phraseAt(text: string, start: number): AnswerPhrase {
	return { text, start, end: start + text.length, typed: true };
}
