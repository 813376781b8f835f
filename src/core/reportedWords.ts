import { askedSpeaker } from './findSpeaker.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { contentStems } from './tokenize.ts';

/**
 * A verb of saying that reported words follow or precede: "said (that)", "told reporters", "warned", with when and
 * where it was said ("on Monday night", "in a statement", "at a news conference").
 */
const SAYING =
	/\b(?:said|says|told\s+(?:reporters|journalists|the\s+\p{L}+|\p{Lu}[\p{L}-]+|him|her|them|us)|added|warned|insisted|argued|explained|announced|stressed|claimed|admitted)\b(?:\s+(?:(?:late\s+|early\s+)?on\s+\p{Lu}\p{Ll}+day(?:\s+(?:night|morning|evening|afternoon))?|in\s+(?:a|an)\s+(?:statement|interview|letter|email|post|report|speech)|at\s+a\s+(?:news|press)\s+conference|(?:last|this)\s+(?:week|month)|earlier))*,?\s*(?:that\s+)?/gu;
/** How far before a verb of saying its speaker is looked for: "his lawyer, Tom Reddy, said". */
const SPEAKER_BEFORE = 50;
/** How far after an inverted verb of saying ("…, said Tom Reddy") its speaker is looked for. */
const SPEAKER_AFTER = 40;
/** The fewest words reported words take: "he would appeal". */
const MIN_WORDS = 3;

/**
 * For "What did X say?" of a sentence that reports X's words without quotation marks, those words: what follows
 * "X said (that)" ("Tom Reddy, said he would appeal" → "he would appeal"), or what comes before "…, said X".
 * None when the sentence reports nobody's words, only another's, or quotes.
 *
 * @example
 * reportedWords('what did the mayor say', 'The mayor said the bridge would reopen in May.')?.text;
 * // 'the bridge would reopen in May'
 */
export function reportedWords(question: string, sentence: string): AnswerPhrase | undefined {
	const asked = askedSpeaker(question);
	// A sentence that quotes gives the words in its quotation marks (see extractStatements).
	if (!asked || sentence.length > SENTENCE_LIMITS.chars || /["“”]/.test(sentence)) return undefined;
	const speaker = contentStems(asked);
	if (speaker.length === 0) return undefined;
	const names = (text: string) =>
		contentStems(text).some((s) => speaker.some((a) => a.startsWith(s) || s.startsWith(a)));
	for (const verb of sentence.matchAll(SAYING)) {
		const end = verb.index + verb[0].length;
		const before = sentence.slice(0, verb.index);
		if (speaksAt(sentence.slice(Math.max(0, verb.index - SPEAKER_BEFORE), verb.index), names)) {
			const after = phrase(sentence, end, sentence.length);
			if (after) return after;
			// "The bridge will stay shut, police said on Monday": the words before the speaker's comma.
			const comma = before.lastIndexOf(', ');
			if (comma > 0 && names(before.slice(comma))) return phrase(sentence, 0, comma);
		}
		if (/,\s*$/.test(before) && names(sentence.slice(end, end + SPEAKER_AFTER)))
			return phrase(sentence, 0, before.replace(/,\s*$/, '').length);
	}
	return undefined;
}

/**
 * Whether the words right before a verb of saying name its speaker: its last words ("…, police said"), or a name put
 * in beside them ("his lawyer, Tom Reddy, said"); not a name inside a clause of who the speaker is ("Mills, who
 * criticised the mayor, said") nor one before another verb ("criticised the mayor and said").
 */
function speaksAt(before: string, names: (text: string) => boolean): boolean {
	const put = /,\s([^,]{1,80}),\s*$/u.exec(before);
	if (put?.[1] && !/^(?:who|which|whose|whom)\b/i.test(put[1]) && names(put[1])) return true;
	// "Dr. Ivan Peric of the University of Zagreb said": the speaker before where they work.
	const core = (put ? before.slice(0, put.index) : before)
		.trimEnd()
		.replace(/\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}'’.-]*)*$/u, '');
	if (/\b(?:and|or|but|then)$/i.test(core)) return false;
	return names(core.split(/\s+/).slice(-SPEAKER_WORDS).join(' '));
}

/** How many words before a verb of saying may name its speaker: "the city's chief fire officer said". */
const SPEAKER_WORDS = 4;

function phrase(sentence: string, start: number, end: number): AnswerPhrase | undefined {
	let stop = end;
	while (stop > start && /[\s.!?,;:]/.test(sentence.charAt(stop - 1))) stop--;
	const text = sentence.slice(start, stop);
	if (text.split(/\s+/).length < MIN_WORDS) return undefined;
	return { text, start, end: stop, typed: false };
}
