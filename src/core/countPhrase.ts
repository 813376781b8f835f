import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import type { Fact } from './types.ts';
import { COUNT_ACTIONS } from './vocabulary.ts';

const STAND_INS = /^(?:others?|more|further|additional)$/i;

/**
 * The short answer for a count: the figure with what it counts, as the sentence writes it ("72 drones"). A
 * casualty also says what happened and names whom it counts when the sentence only says "others"
 * ("14 people injured" for "14 others were injured").
 *
 * @example
 * countPhrase(casualtyOf('One person was killed and 14 others were injured.')).text; // '14 people injured'
 */
export function countPhrase(fact: Fact): AnswerPhrase {
	const [start, end] = fact.span;
	const written = fact.source.quote.slice(start, end);
	if (fact.kind !== 'casualty' || !fact.detail) return { text: written, start, end, typed: true };
	const subject = fact.subject ?? '';
	const figure = fact.text.slice(0, Math.max(0, fact.text.indexOf(` ${subject}`))) || written;
	const counted = STAND_INS.test(subject) ? (fact.value === 1 ? 'person' : 'people') : subject;
	// "9 dead", "40 injured": the words counted already say what happened.
	if (COUNT_ACTIONS.some(([pattern, action]) => action === fact.detail && pattern.test(subject)))
		return { text: `${figure} ${counted}`, start, end, typed: true };
	const verb = /^\s+(?:(?:were|was|had been|have been|are|is)\s+)?([\p{L}]+)/u.exec(fact.source.quote.slice(end))?.[1];
	const action = verb && COUNT_ACTIONS.some(([pattern, action]) => action === fact.detail && pattern.test(verb));
	return { text: `${figure} ${counted} ${action ? verb : fact.detail}`, start, end, typed: true };
}
