import type { Mention } from './findMentions.ts';
import { nearestToAsked } from './nearestToAsked.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import type { Token } from './tokenize.ts';

/** "What percentage of…", "what share of…", "what proportion…": the question asks for a share. */
const ASKS_SHARE = /^\s*(?:what|which)\s+(?:percentage|percent|per\s+cent|share|proportion|fraction\b|%)/i;
const SHARE = /%|\bper ?cent\b/i;
/** "What share of the sales…": a part of a whole is asked, not how much something moved. */
const PART_OF = /(?:\b(?:percentage|percent|per\s+cent|share|proportion|fraction)|%)\s+of\b/i;
/** Words of a rise or fall: "fell 11%", "up 3 percent", "rose by 5%". */
const CHANGE =
	/\b(?:fell|fall|falls|falling|rose|rise|rises|rising|tumbl\w*|jump\w*|slump\w*|drop\w*|climb\w*|gain\w*|plung\w*|soar\w*|slid|slides?|sliding|surg\w*|up|down|declin\w*|increas\w*|decreas\w*|grew|grow\w*|shrank|shrink\w*|lower|higher|cut|rais\w*)\b/i;
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
	if (!ASKS_SHARE.test(question)) return undefined;
	// "What share of its sales came from China?" is not answered by "shares fell 11%": a rise or fall is no part.
	const part = PART_OF.test(question) && !CHANGE.test(question);
	const shares = mentions.filter(
		(m) =>
			m.type === 'number' &&
			SHARE.test(m.text) &&
			!(part && CHANGE_BEFORE.test(sentence.slice(Math.max(0, m.start - CHANGE_WINDOW), m.start))) &&
			!(part && SIZE_OF_NOUN.test(sentence.slice(m.end, m.end + 24))),
	);
	if (shares.length === 0) return null;
	const best = nearestToAsked(sentence, shares, tokens, asked);
	if (!best) return null;
	return { text: best.text, start: best.start, end: best.end, typed: true };
}
