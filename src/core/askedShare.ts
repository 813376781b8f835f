import type { Mention } from './findMentions.ts';
import { nearestToAsked } from './nearestToAsked.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import type { Token } from './tokenize.ts';

/**
 * "What percentage of…", "what share of…", "what proportion…", "by what percentage did it fall", "by how much % did it
 * fall": the question asks for a share.
 */
const ASKS_SHARE =
	/^\s*(?:by\s+)?(?:(?:what|which)\s+(?:percentage|percent|per\s+cent|share(?!\s+price)|proportion|fraction\b|portion\b|%)|how\s+(?:much|many)\s*(?:%|percent\b|per\s+cent\b|percentage\b))/i;
const SHARE = /%|\bper ?cent\b/i;
/** "What is R&D spending as a share of GDP?": a figure asked as a share. */
const AS_SHARE = /^\s*what(?:['’]?s)?\b.*\bas\s+an?\s+(?:share|percentage|proportion|fraction)\s+of\b/iu;
/** "What's the EU's share of the catch?", "what is the percentage of…": a share asked by its noun after "what is". */
const WHAT_IS_SHARE =
	/^\s*what(?:['’]?s|\s+(?:is|was|are|were|will\s+be))\s+(?:(?:the|its|their)\s+)?(?:[\p{L}'’.-]+\s+)?(?:percentage|share(?!\s+price)|proportion|fraction)\s+(?:of|in|for)\b/iu;
/** "What share of the sales…": a part of a whole is asked, not how much something moved. */
const PART_OF = /(?:\b(?:percentage|percent|per\s+cent|share|proportion|fraction)|%)\s+of\b/i;
/** Words of a rise or fall: "fell 11%", "up 3 percent", "rose by 5%" (not "made up 29%", a part). */
const CHANGE =
	/\b(?:fell|fall|falls|falling|rose|rise|rises|rising|tumbl\w*|jump\w*|slump\w*|drop\w*|climb\w*|gain\w*|plung\w*|soar\w*|slid|slides?|sliding|surg\w*|(?<!\b(?:made|make|makes|making)\s)up|down|declin\w*|increas\w*|decreas\w*|grew|grow\w*|shrank|shrink\w*|lower|higher|cut|rais\w*)\b/i;
/** The words right before a share that make it a change: "fell 11%", "rose by about 5%". */
const CHANGE_BEFORE = new RegExp(
	`${CHANGE.source}\\s+(?:by\\s+)?(?:about\\s+|nearly\\s+|almost\\s+|some\\s+|roughly\\s+|more than\\s+)?$`,
	'i',
);
/** A share that sizes the noun after it ("an 11% pay deal", "a 5% rise"), no part of a whole. */
const SIZE_OF_NOUN = /^\s+(?:pay|wage|salary|rise|raise|increase|cut|deal|offer|growth|hike|bonus)\b/i;
/** How far before a share its change verb is looked for. */
const CHANGE_WINDOW = 40;

/**
 * For "What percentage of … ?", the share a sentence gives nearest the question's other words ("67 percent of those
 * taking the pill" for "what percentage of kids on the pill…", not "9 percent of those given a placebo"); null when
 * it gives none (another candidate may), undefined for other questions.
 *
 * @example
 * askedShare('What percentage voted?', sentence, mentions, tokens, asked)?.text; // '54 percent'
 */
export function askedShare(
	question: string,
	sentence: string,
	mentions: readonly Mention[],
	tokens: readonly Token[],
	asked: ReadonlySet<string>,
): AnswerPhrase | null | undefined {
	if (!ASKS_SHARE.test(question) && !WHAT_IS_SHARE.test(question) && !AS_SHARE.test(question)) return undefined;
	// "What share of its sales came from China?" is not answered by "shares fell 11%": a rise or fall is no part.
	const part = PART_OF.test(question) && !CHANGE.test(question);
	const shares = mentions.filter(
		(m) =>
			m.type === 'number' &&
			SHARE.test(m.text) &&
			!(part && CHANGE_BEFORE.test(sentence.slice(Math.max(0, m.start - CHANGE_WINDOW), m.start))) &&
			!(part && SIZE_OF_NOUN.test(sentence.slice(m.end, m.end + 24))),
	);
	// "three out of five residents", "one-fifth of all discharges": a fraction is a share too, but not a change.
	const fractions =
		shares.length === 0 &&
		(ASKS_FRACTION.test(question) || WHAT_IS_SHARE.test(question) || AS_SHARE.test(question)) &&
		!CHANGE_ASKED.test(question)
			? fractionsOf(sentence)
			: [];
	if (shares.length === 0 && fractions.length === 0) return null;
	const best = nearestToAsked(sentence, shares.length ? shares : fractions, tokens, asked);
	if (!best) return null;
	return { text: best.text, start: best.start, end: best.end, typed: true };
}

const SMALL = 'one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|\\d{1,3}(?:,\\d{3})*';
const PARTS =
	'half|halves|third|thirds|quarter|quarters|fifth|fifths|sixth|sixths|seventh|sevenths|eighth|eighths|ninth|ninths|tenth|tenths';
/** Units of time, after which "two in three" is no ratio ("two in three minutes"). */
const TIME_UNITS = 'seconds?|minutes?|hours?|days?|weeks?|months?|years?';
/** "three out of five", "one in every four", "one-in-five", "one-fifth", "two thirds", "a quarter", "half of". */
const FRACTION = new RegExp(
	`\\b(?:(?:${SMALL})[-\\s](?:out[-\\s]of|in)[-\\s](?:every\\s+)?(?:${SMALL})(?![\\d,]|\\s+(?:${TIME_UNITS})\\b)|(?:${SMALL}|a|an)[-\\s](?:${PARTS})|half(?=\\s+(?:of|the|its|their|all)\\b))\\b`,
	'giu',
);
/** "What fraction…", "what proportion…", "what share…": a part asked in no unit, which a fraction gives. */
const ASKS_FRACTION = /^\s*(?:what|which)\s+(?:share|proportion|fraction|portion)\b(?!\s+price)/i;
/** "What fraction rose…": a change asked, which a part of a whole does not answer. */
const CHANGE_ASKED = /\b(?:by\s+what|change|rise|fall|increase|decrease|drop|grow|grew|rose|fell)\b/i;

/** The fractions a sentence gives, as number mentions. */
function fractionsOf(sentence: string): Mention[] {
	return [...sentence.matchAll(FRACTION)].map((m) => ({
		type: 'number' as const,
		text: m[0],
		start: m.index,
		end: m.index + m[0].length,
	}));
}
