import type { Mention } from './findMentions.ts';
import { describesPerson } from './findTitle.ts';
import type { Fact, SourceRef } from './types.ts';

const SPEECH = '(?:said|says|told|added|stated|claimed|warned|wrote|noted|insisted|argued|declared|confirmed)';
const ATTRIBUTIONS: readonly RegExp[] = [
	/\baccording to ((?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,5}?)(?=[,.;]|$)/giu,
	/((?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,5})\s+(?:reported|confirmed|announced|said|stated|claimed|told|warned|estimated)\b/gu,
	/\b((?:\p{Lu}[\p{L}’'-]*\s+){0,5}[Oo]fficials|(?:[Ll]ocal\s+)?[Aa]uthorities|(?:[Mm]ilitary|[Ss]tate)\s+[Mm]edia)\s+(?:reported|said|confirmed|announced|claimed)\b/gu,
];
/**
 * A role between an inverted speech verb and its speaker: "said (Rovers manager) Petra Lind", "said (lead researcher)
 * Adrian Hill", "said (Kenya's health secretary,) Grace Wanjohi".
 */
/**
 * Forms of address, left out of the speaker's name: "said Dr. Lena Vogt", "said Maj. Gen. Pat Ryder", "said Dr Vogt".
 */
const HONORIFIC =
	'(?:(?:Dr|Mr|Mrs|Ms|Prof|Rev|Gen|Sen|Rep|Gov|Capt|Lt|Sgt|Col|Maj|Det|Supt|Insp|Cpl|Adm|Cmdr)\\.?\\s+)*';
/** A lowercase word of a role ("manager", "lead researcher"), not a preposition: "said Cmdr Rafe Oduya of the Coast Guard". */
const ROLE_WORD = `(?!(?:of|the|for|at|in|on|from|with|and|to)\\b)[\\p{Ll}’'-]+`;
const ROLE_BEFORE = `(?:(?:the\\s+)?(?:\\p{Lu}[\\p{L}’'-]*\\s+){0,3}${ROLE_WORD}(?:\\s+${ROLE_WORD})?,?\\s+(?=${HONORIFIC}\\p{Lu}[\\p{L}-]+\\s+\\p{Lu}))?`;
/** "He said the toll would rise": reported speech by the person named last before. */
const PRONOUN_SPEECH = new RegExp(`(?:^|[,;]\\s+|\\b(?:and|but)\\s+)(?:he|she)\\s+${SPEECH}\\b`, 'iu');
const NOT_SOURCES = /^(?:he|she|it|they|we|i|the|this|that|there)$/i;
/** A length of time ("30-day", "two weeks"), not a date or time: kept out of date facts. */
const DURATION = /^\d+[- ](?:day|week|month|year|hour|minute)s?(?:[- ]long)?$/i;
/** A quotation embedded as a phrase ("what it called a “lack of will”"), not a statement of its own. */
const EMBEDDED_QUOTE = /\b(?:a|an|the|of|as|called|his|her|its|their|this|that|so-called)\s*$/i;
/** Fewest words in a quote that stands as a statement. */
const STATEMENT_WORDS = 4;

/**
 * Quotes with their speakers, attributions ("according to Ukrainian officials"), and dates and times (a duration
 * such as "30-day" is not a date). A quote is a complete quoted statement with a speaker; a quoted phrase inside a
 * clause ("what it called a “lack of will”") is not. A quote's speaker is a name beside it in the sentence, or, for "he said", the person last named before it, or, for a
 * sentence that is all quotation, the speaker of the quotation before it in the paragraph (`lastSpeaker`).
 *
 * @example
 * extractStatements(source, mentions, 'Volodymyr Zelensky');
 * // [{ kind: 'quote', text: 'Putin’s words are at odds with reality', subject: 'Volodymyr Zelensky', … }]
 */
export function extractStatements(
	source: SourceRef,
	mentions: Mention[],
	lastPerson?: string,
	lastSpeaker?: string,
	nextSpeaker?: string,
	lastRole?: string,
): Omit<Fact, 'id'>[] {
	const sentence = source.quote;
	const facts: Omit<Fact, 'id'>[] = [];
	for (const mention of mentions) {
		if (mention.type === 'date' && !DURATION.test(mention.text))
			facts.push({ kind: 'date', text: mention.text, span: [mention.start, mention.end], source, conflicts: [] });
		if (
			mention.type === 'quote' &&
			mention.text.split(/\s+/).length >= STATEMENT_WORDS &&
			!EMBEDDED_QUOTE.test(sentence.slice(0, mention.start))
		) {
			const outside = `${sentence.slice(0, mention.start)} ${sentence.slice(mention.end)}`;
			const beside = speakerBeside(outside, lastPerson, lastRole);
			// A sentence that is all quotation goes on with the quotation before it: ‘… said Daelemans. "This was not
			// improvised."’, unless it opens one the next sentence ends with its speaker.
			const opens = !/[”"]$/.test(sentence.slice(mention.start, mention.end));
			const alone = !/\p{L}/u.test(outside) ? ((opens ? nextSpeaker : undefined) ?? lastSpeaker) : undefined;
			const speaker = beside ?? alone;
			if (!speaker) continue;
			facts.push({
				kind: 'quote',
				text: mention.text.replace(/[,.]\s*$/, ''),
				subject: speaker,
				span: [mention.start, mention.end],
				source,
				conflicts: [],
			});
		}
	}
	const pronoun = lastPerson && !facts.some((f) => f.kind === 'quote') ? PRONOUN_SPEECH.exec(sentence) : null;
	const who = pronoun && /\b(?:he|she)\b/i.exec(pronoun[0]);
	if (pronoun && who && lastPerson) {
		const start = pronoun.index + who.index;
		facts.push({
			kind: 'attribution',
			text: pronoun[0].replace(/^[,;\s]+/, ''),
			subject: lastPerson,
			span: [start, start + who[0].length],
			source,
			conflicts: [],
		});
	}
	for (const pattern of ATTRIBUTIONS) {
		for (const match of sentence.matchAll(pattern)) {
			const who = match[1]?.trim();
			if (!who || NOT_SOURCES.test(who) || who.split(/\s+/).length > 6) continue;
			const start = match.index + match[0].indexOf(who);
			facts.push({
				kind: 'attribution',
				text: match[0].trim(),
				subject: who.replace(/^the\s+/i, ''),
				span: [start, start + who.length],
				source,
				conflicts: [],
			});
		}
	}
	return facts;
}

const NAMED_SPEAKER = new RegExp(
	`(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)*)\\s+${SPEECH}|${SPEECH}\\s+${ROLE_BEFORE}${HONORIFIC}(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)*)`,
	'u',
);
const PRONOUN_BESIDE = new RegExp(`\\b(?:he|she)\\s+${SPEECH}|${SPEECH}\\s+(?:he|she)\\b`, 'i');

/** "The curator said", "said the curator": a person spoken of by a role, as news refers back to them. */
const DESCRIBED_BESIDE =
	/(?:^|[,;]\s*|\s)the\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+(?:said|says|added|noted|wrote)\b|\b(?:said|says|added|noted|wrote)\s+the\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s*[,.]?\s*$/u;

/**
 * The speaker the words outside a quotation name ("said Ana Ferreira"), or for "he said" the person named last, and
 * for "the curator said" the person named last when introduced by that role ("Curator Priya Nandakumar").
 */
function speakerBeside(outside: string, lastPerson: string | undefined, lastRole?: string): string | undefined {
	const named = NAMED_SPEAKER.exec(outside);
	if (named) return named[1] ?? named[2];
	if (PRONOUN_BESIDE.test(outside)) return lastPerson;
	const described = DESCRIBED_BESIDE.exec(outside);
	const noun = described?.[1] ?? described?.[2];
	const roleWords = (lastRole ?? '').toLowerCase().split(/\s+/);
	return noun && describesPerson(noun) && roleWords.includes(noun) ? lastPerson : undefined;
}

/**
 * The speaker of a quotation a sentence ends that the sentence before began ('That is a gamble," said Lerato
 * Mahlangu'): named after its closing mark, or the person named last for "he said".
 *
 * @example
 * endingSpeaker('That is a gamble," said Lerato Mahlangu.', mentions); // 'Lerato Mahlangu'
 */
export function endingSpeaker(sentence: string, mentions: readonly Mention[], lastPerson?: string): string | undefined {
	const ending = mentions.find((m) => m.type === 'quote' && m.start === 0);
	return ending ? speakerBeside(sentence.slice(ending.end), lastPerson) : undefined;
}
