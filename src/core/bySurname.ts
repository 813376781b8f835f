import type { Answer, SourceRef } from './types.ts';
import { escapeRegExp } from './writesWord.ts';

/** The longest question asked again by the surname. */
const LONGEST = 200;
/** A given name and a surname as reports write them: "Priya Raman", "Ewan McCalloway", "Anne-Marie O'Neill". */
const FULL_NAME = /(?<!\p{L})(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(\p{Lu}[\p{L}'’]*\p{Ll}[\p{L}'’-]*)(?!\p{L})/gu;
/** Words written before a surname that name no other person: titles, and words that open a sentence. */
const NOT_GIVEN_NAME =
	/^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Judge|Justice|Coach|Captain|Inspector|Sergeant|Officer|Mayor|President|Minister|Senator|Chief|But|And|When|While|After|Before|Then|As|If|Because|Though|Although|So|Yet|Still|Meanwhile|However)$/u;

/**
 * The question asked again by the surname alone, for when it was declined asked by the full name and the sentence it
 * came closest to writes that full name (`isPerson` at its start): reports name a person in full once ("…according to the field coordinator,
 * Priya Raman.") and by the surname after ("Raman, 36, a marine biologist, said."), and the sentence that answers is
 * then one the full name does not match. Its sources are the sentence answering, then the one naming the person in
 * full. Undefined when the question names nobody that sentence names in full, when asked again it is declined too, or
 * when the answer's sentence gives the surname to someone else ("Ravi Raman").
 *
 * @example
 * bySurname('how old is Priya Raman', declined, (q) => factdesk.ask(q), isPerson)?.answer; // '36'
 */
export function bySurname(
	question: string,
	declined: Answer,
	ask: (question: string) => Answer,
	isPerson: (source: SourceRef, start: number) => boolean,
): Answer | undefined {
	const closest = declined.alternatives[0]?.source;
	if (question.length > LONGEST || !closest) return undefined;
	for (const { 0: full, 1: given, 2: surname, index } of closest.quote.matchAll(FULL_NAME)) {
		if (!given || !surname || NOT_GIVEN_NAME.test(given) || !isPerson(closest, index)) continue;
		const asked = new RegExp(`(?<!\\p{L})${escapeRegExp(full)}(?!\\p{L})`, 'iu');
		if (!asked.test(question)) continue;
		const again = ask(question.replace(asked, surname));
		const source = again.sources[0];
		if (!again.answered || !source || namesAnother(source.quote, given, surname)) return undefined;
		return { ...again, question, sources: [source, closest] };
	}
	return undefined;
}

/** Whether a sentence writes the surname after a given name other than the one asked ("Ravi Raman" for Priya). */
function namesAnother(quote: string, given: string, surname: string): boolean {
	const before = new RegExp(`(\\p{Lu}[\\p{L}'’-]*)\\s+${escapeRegExp(surname)}(?!\\p{L})`, 'gu');
	return [...quote.matchAll(before)].some(([, word]) => word !== given && !NOT_GIVEN_NAME.test(word ?? ''));
}
