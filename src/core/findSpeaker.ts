import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { contentStems } from './tokenize.ts';
import type { Fact } from './types.ts';

const WHO_SAID =
	/\bwho\s+(?:(?:has|had|was|is|first)\s+)?(?:said|says|say|told|tells|added|stated|claimed|warned|wrote|noted|insisted|argued|declared|called|described|reported|confirmed|announced|estimated)\b|\bwho\s+(?:is|was)\s+quoted\b|\baccording\s+to\s+whom\b/i;

/** How far before a speech verb its subject is looked for, in characters. */
const LOOK_BACK = 160;
const SPEECH_VERB = /\b(?:said|says|told|added|stated|claimed|warned|wrote|noted|reported|confirmed|announced)\b/;
const APPOSITION = /,\s+(?:the|a|an|its|their)\s[^,]+,\s*$/;
const ASKED_SPEAKER =
	/\b(?:did|does|do|has|have|had)\s+(.{2,60}?)\s+(?:say|said|tell|told|claim|state|warn|write|add)\b/i;

/**
 * For "Who said X?", the speaker of the sentence's quote that says X (a pronoun's speaker is the person named
 * last before it), or the source the sentence cites ("according to Ukrainian officials"); none otherwise.
 *
 * @example
 * findSpeaker('Who said the words are at odds with reality?', '“Words are at odds with reality,” he said.', facts);
 * // { text: 'Volodymyr Zelensky', start: 43, end: 45, typed: true }
 */
export function findSpeaker(question: string, sentence: string, statements: Fact[]): AnswerPhrase | undefined {
	if (!WHO_SAID.test(question)) return undefined;
	const asked = new Set(contentStems(question));
	let best: Fact | undefined;
	let bestShared = 0;
	for (const quote of statements) {
		if (quote.kind !== 'quote' || !quote.subject) continue;
		const shared = contentStems(quote.text).filter((s) => asked.has(s)).length;
		if (shared > bestShared) {
			best = quote;
			bestShared = shared;
		}
	}
	if (best?.subject) return { text: best.subject, ...speakerSpan(sentence, best), typed: true };
	const cited = statements.find((s) => s.kind === 'attribution' && s.subject);
	if (cited?.subject) return { text: cited.subject, start: cited.span[0], end: cited.span[1], typed: true };
	return subjectOfSpeech(sentence);
}

/** "Vellmark, a charity based in Dravik, said …": the name before the speech verb, past a description between commas. */
function subjectOfSpeech(sentence: string): AnswerPhrase | undefined {
	const verb = SPEECH_VERB.exec(sentence);
	if (!verb) return undefined;
	const before = sentence
		.slice(Math.max(0, verb.index - LOOK_BACK), verb.index)
		.replace(APPOSITION, '')
		.replace(/[,\s]+$/, '');
	const name = /(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)$/u.exec(before);
	if (!name?.[1] || /^(?:He|She|It|They|We|I)$/.test(name[1])) return undefined;
	const start = Math.max(0, verb.index - LOOK_BACK) + name.index;
	return { text: name[1], start, end: start + name[1].length, typed: true };
}

/**
 * Whether a quote answers "What did X say?": false only when the report gives the quote to someone else
 * ("What did Trump say?" against a quote of Zelensky's).
 *
 * @example
 * speakerFits('What did Trump say after the call?', quoteOfZelensky); // false
 */
export function speakerFits(question: string, quote: Fact | undefined): boolean {
	const asked = ASKED_SPEAKER.exec(question)?.[1];
	if (!asked || !quote?.subject) return true;
	const speaker = contentStems(quote.subject);
	return contentStems(asked).some((a) => speaker.some((s) => a.startsWith(s) || s.startsWith(a)));
}

/**
 * Whether a sentence without a quote of its own names the speaker a "what did X say" question asks about (any of
 * their words); true when the question names nobody.
 */
export function namesAskedSpeaker(question: string, sentence: string): boolean {
	const asked = ASKED_SPEAKER.exec(question)?.[1];
	if (!asked) return true;
	const said = contentStems(sentence);
	return contentStems(asked).some((a) => said.some((s) => a.startsWith(s) || s.startsWith(a)));
}

/** Where the sentence names the quote's speaker: their name, else the pronoun that stands for them, else the quote. */
function speakerSpan(sentence: string, quote: Fact): { start: number; end: number } {
	const [quoteStart, quoteEnd] = quote.span;
	const outside = (at: number) => at >= 0 && (at < quoteStart || at >= quoteEnd);
	const names = (quote.subject ?? '').split(/\s+/).reverse();
	for (const name of [quote.subject ?? '', ...names]) {
		const at = name.length > 1 ? sentence.indexOf(name, quoteEnd) : -1;
		const before = name.length > 1 ? sentence.lastIndexOf(name, quoteStart) : -1;
		for (const found of [at, before]) if (outside(found)) return { start: found, end: found + name.length };
	}
	const after = /\b(?:he|she)\b/i.exec(sentence.slice(quoteEnd));
	if (after) return { start: quoteEnd + after.index, end: quoteEnd + after.index + after[0].length };
	const before = /\b(?:he|she)\b/i.exec(sentence.slice(0, quoteStart));
	if (before) return { start: before.index, end: before.index + before[0].length };
	return { start: quoteStart, end: quoteEnd };
}
