import { mayBePeople } from './countedNouns.ts';
import { shownCount } from './nounAfter.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { contentStems } from './tokenize.ts';
import type { Fact } from './types.ts';
import { COUNT_ACTIONS } from './vocabulary.ts';

const STAND_INS = /^(?:others?|more|further|additional)$/i;
/** A figure ending a count's words, after its noun and verb: "1,300" of "water voles … rose to 1,300". */
const FIGURE_LAST = /(?<![\p{L}\d])(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+|some\s+)?[$€£¥]?\d[\d.,]*$/u;
/** "four out of ", "29.4 points out of a possible ": a figure of the count that follows. */
const OUT_OF =
	/(?<![\p{L}\d.,])(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+(\p{L}+))?\s+out\s+of\s+(?:a\s+possible\s+)?$/iu;

/**
 * The short answer for a count: the figure with what it counts, as the sentence writes it ("72 drones"; "four out of
 * five stars" with the figure it is out of). A
 * casualty also says what happened and names whom it counts when the sentence only says "others"
 * ("14 people injured" for "14 others were injured").
 *
 * @example
 * countPhrase(casualtyOf('One person was killed and 14 others were injured.')).text; // '14 people injured'
 */
export function countPhrase(fact: Fact): AnswerPhrase {
	const end = fact.span[1];
	if (fact.kind !== 'casualty' || !fact.detail) {
		// "four out of five stars", "29.4 points out of a possible 30 points": the figure given is the first, of the second
		// (not "five people out of 12 cars", two counts of two things).
		const share = OUT_OF.exec(fact.source.quote.slice(Math.max(0, fact.span[0] - 30), fact.span[0]));
		const noun = share?.[1]?.toLowerCase();
		const same = share && (!noun || (fact.subject ?? '').toLowerCase().split(/\s+/).includes(noun));
		const start = fact.span[0] - (same ? share[0].length : 0);
		const written = fact.source.quote.slice(start, end);
		// "the number of water voles recorded … rose to 1,300": the figure with its noun, as a count is said.
		const after = FIGURE_LAST.exec(written);
		if (after && !/^[\d$€£¥]/u.test(written) && fact.subject) {
			const figureStart = start + after.index;
			return { text: shownCount(`${after[0]} ${fact.subject}`), start: figureStart, end, typed: true };
		}
		return { text: written, start, end, typed: true };
	}
	const [start] = fact.span;
	const written = fact.source.quote.slice(start, end);
	const subject = fact.subject ?? '';
	const figure = fact.text.slice(0, Math.max(0, fact.text.indexOf(` ${subject}`))) || written;
	const counted = STAND_INS.test(subject) ? (fact.value === 1 ? 'person' : 'people') : subject;
	// "9 dead", "40 injured": the words counted already say what happened.
	if (COUNT_ACTIONS.some(([pattern, action]) => action === fact.detail && pattern.test(subject)))
		return { text: `${figure} ${counted}`, start, end, typed: true };
	const verb = /^\s+(?:(?:were|was|had been|have been|are|is)\s+)?([\p{L}]+)/u.exec(fact.source.quote.slice(end))?.[1];
	const action = verb && COUNT_ACTIONS.some(([pattern, action]) => action === fact.detail && pattern.test(verb));
	// "when 63 vehicles crashed …, and 41 were injured": things the sentence does not say the casualty of are no casualty.
	if (!action && !STAND_INS.test(subject) && !mayBePeople(contentStems(subject)))
		return { text: written, start, end, typed: true };
	return { text: `${figure} ${counted} ${action ? verb : fact.detail}`, start, end, typed: true };
}
