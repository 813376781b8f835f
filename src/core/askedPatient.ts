import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { synonymStems } from './synonymStems.ts';
import { stem, type Token } from './tokenize.ts';
import { IRREGULAR_FORMS } from './vocabulary.ts';
import { wholeWordAt } from './wholeWordAt.ts';

/** "Who was arrested?", "who has been charged": a "who" question in the passive, by its past participle. */
const WHO_PASSIVE =
	/^\s*who\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|got|will\s+be)\s+(\p{Ll}+(?:ed|en))\b/u;
/** A passive right before the verb in the sentence ("was arrested"): its subject, not its object, is the one. */
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\p{Ll}+ly\s+)?$/u;
/** What the verb did to, up to its clause's end, with a description after it ("one suspect, a 29-year-old man"). */
const OBJECT =
	/^\s+((?!(?:on|in|at|by|after|for|to)\b)(?:\d[.,]\d|[^,;.!?"“”])+)(?:,\s+((?:a|an|the)\s(?:\d[.,]\d|[^,;.!?"“”])+))?/u;
/** A past form or participle does something to someone ("arrested", "killing", "stolen"); "rescue" in "rescue agency" and "rescuers" do not. */
export function isPastForm(word: string): boolean {
	return /(?:ed|en|ing)$/.test(word) || (IRREGULAR_FORMS[word] !== undefined && IRREGULAR_FORMS[word] !== word);
}
/** The most words an object is given: a longer one is the rest of the sentence. */
const MAX_WORDS = 12;

/**
 * For "Who was arrested?", whom a sentence says the verb (or a synonym) was done to in the active voice: "one suspect,
 * a 29-year-old man" in "Police have arrested one suspect, a 29-year-old man, and…"; none when the sentence says it
 * in the passive (its subject is the answer, which the names before give) or not at all.
 *
 * @example
 * const sentence = 'Police arrested two men on Friday.';
 * askedPatient('Who was arrested?', sentence, tokenize(sentence))?.text; // 'two men'
 */
export function askedPatient(question: string, sentence: string, tokens: readonly Token[]): AnswerPhrase | undefined {
	const verb = WHO_PASSIVE.exec(question.toLowerCase())?.[1];
	// "Who is Helen Novak?" asks of a name, whatever its ending: written with a capital, in the question or the sentence.
	if (!verb || !WHO_PASSIVE.test(question.replace(/^\s*\p{Lu}/u, (c) => c.toLowerCase()))) return undefined;
	const wanted = new Set([stem(verb), ...synonymStems(stem(verb))]);
	for (const token of tokens.slice(0, SENTENCE_LIMITS.tokens)) {
		if (!wanted.has(token.stem) || !isPastForm(token.word) || /^\p{Lu}/u.test(sentence.charAt(token.start))) continue;
		if (PASSIVE_BEFORE.test(sentence.slice(Math.max(0, token.start - 24), token.start))) return undefined;
		const object = OBJECT.exec(sentence.slice(token.end, token.end + 200));
		const first = object?.[1]?.trim();
		if (!object || !first) continue;
		const whole = object[2] ? `${first}, ${object[2].trim()}` : first;
		// "arrested 23 people in a week-long operation against rhino horn smugglers…": up to its first preposition.
		const text = whole.split(/\s+/).length > MAX_WORDS ? first.replace(OBJECT_END, '') : whole;
		if (text.split(/\s+/).length > MAX_WORDS) continue;
		const start = sentence.indexOf(first, token.end);
		return { text: sentence.slice(start, start + text.length), start, end: start + text.length, typed: true };
	}
	return undefined;
}

/** Participles the stemmer's irregular table leaves out, as other words share them: "has been found", "was hit". */
export const PARTICIPLE_ALSO = /^(?:found|hit|cut|put|set|hurt|shut|left|told|spread)$/;
/** "Who smuggled the blades?": a "who" question in the active voice, by its past form ("who got arrested" is passive). */
export const WHO_ACTIVE = /^\s*who\s+(?!(?:got|gets|get)\s+\p{Ll}+(?:ed|en)\b)(\p{Ll}{3,})\b/u;
/** Verbs of no deed, or of thinking and saying, whose passive often leaves its source elsewhere ("is considered"). */
export const NOT_DEEDS =
	/^(?:is|was|are|were|has|had|have|did|does|will|considered|believed|thought|known|regarded|said|seen|expected|called|named|described|reported|estimated)$/;
/** Deeds of paying or giving, whose doer a passive may name as the source: "was funded … from the Marsden Fund". */
const GIVING = new Set(['fund', 'finance', 'pay', 'paid', 'donate', 'sponsor', 'grant', 'award'].map((w) => stem(w)));
/** A named source after a passive of giving: "was funded with 640,000 dollars from the Marsden Fund". */
const FROM_SOURCE =
	/^(?:[^,.;:!?]|[,.](?=\d)){0,50}?\bfrom\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}/u;
/** An agent after a passive verb: "were smuggled (into the prison) by guards". */
const BY_AGENT = /^(?:[^,.;:!?]|(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\.){0,40}?\bby\b/u;

/**
 * Whether the sentence says what "who <did> X?" asks only in the passive, with no one doing it ("hacksaw blades were
 * smuggled into the prison"): the names it gives are not the doer.
 *
 * @example
 * const sentence = 'Investigators believe blades were smuggled into the prison.';
 * agentUnsaid('Who smuggled the blades?', sentence, tokenize(sentence)); // true
 */
export function agentUnsaid(question: string, sentence: string, tokens: readonly Token[]): boolean {
	const verb = WHO_ACTIVE.exec(question.toLowerCase())?.[1];
	const past = (word: string) => isPastForm(word) || PARTICIPLE_ALSO.test(word);
	if (!verb || !past(verb) || NOT_DEEDS.test(verb)) return false;
	const wanted = new Set([stem(verb), ...synonymStems(stem(verb))]);
	let passive = false;
	for (const token of tokens.slice(0, SENTENCE_LIMITS.tokens)) {
		if (!wanted.has(token.stem) || !past(token.word)) continue;
		const before = PASSIVE_BEFORE.test(sentence.slice(Math.max(0, token.start - 24), token.start));
		const after = sentence.slice(token.end, token.end + 60);
		if (!before || BY_AGENT.test(after) || (GIVING.has(token.stem) && FROM_SOURCE.test(after))) return false;
		passive = true;
	}
	return passive;
}

/**
 * "Who did he beat?", "whom will the court sentence": a "who" question for the object of a deed, by its words; after
 * "will", "has" and the like only with a doer named, pointed to or told in the plural ("who have police arrested",
 * "who will officials blame"; "who will run the new group" asks the doer).
 */
export const WHO_DID =
	/^\s*who(?:m)?\s+(?:did|does|do|(?:will|would|could|has|have|had)(?=\s+(?:\p{Lu}|(?:he|she|they|it|we|you|i|the|a|an|his|her|their|its|this|that|these|those)\s|(?:police|\p{Ll}+(?:ers|ors|ists|ians|ents|ants|ees|men|ials))\s+\p{Ll})))\s+((?:[\p{L}'’-]+\s+){1,4}?)(\p{Ll}{3,})\b/u;
/** Words after the doer the WHO_DID split found: the rest of the question, where a longer doer's words stand. */
const WORD_AFTER = /^\s+([\p{L}'’-]+)/u;

/**
 * The doer and the deed of a "who did X do" question, read with `text` (a sentence, or a name in it): WHO_DID takes
 * the shortest doer, but a word it takes for the deed that `text` writes capitalised with the word before or after it
 * in the question is a word of the doer's name ("who did the harbor kings beat" of "the Tidewater Harbor Kings … beating").
 *
 * @example
 * whoDidParts('who did the harbor kings beat', 'The Tidewater Harbor Kings won')?.verb; // 'beat'
 */
export function whoDidParts(question: string, text: string): { doer: string; verb: string } | undefined {
	const asked = WHO_DID.exec(question);
	if (!asked) return undefined;
	let doer = asked[1] ?? '';
	let verb = asked[2] ?? '';
	let rest = question.slice(asked.index + asked[0].length);
	for (let extra = 0; extra < MAX_NAME_WORDS; extra++) {
		const next = WORD_AFTER.exec(rest)?.[1];
		const previous = /([\p{L}'’-]+)\s*$/u.exec(doer)?.[1] ?? '';
		if (!next || !(capitalisedPair(text, previous, verb) || capitalisedPair(text, verb, next))) break;
		doer = `${doer}${verb} `;
		verb = next;
		rest = rest.slice((WORD_AFTER.exec(rest)?.[0] ?? '').length);
	}
	return { doer, verb };
}

/** How many words a doer's name may add to the shortest doer. */
const MAX_NAME_WORDS = 3;

/** Whether `text` writes the two words together, each capitalised, as in a name ("Harbor Kings"). */
function capitalisedPair(text: string, first: string, second: string): boolean {
	const capital = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
	const pair = `${capital(first)} ${capital(second)}`;
	for (let at = text.indexOf(pair); at >= 0; at = text.indexOf(pair, at + 1))
		if (!isLetter(text[at - 1]) && !isLetter(text[at + pair.length])) return true;
	return false;
}

function isLetter(char: string | undefined): boolean {
	return char !== undefined && /\p{L}/u.test(char);
}

/**
 * Whether a name is the doer the question itself gives ("Liam Carver" for "Who did Carver beat?"): the sentence
 * says what was done to them, not whom they did it to.
 *
 * @example
 * askedDoer('who did carver beat in his semi final', 'Liam Carver'); // true
 */
export function askedDoer(question: string, name: string): boolean {
	const doer = whoDidParts(question, name)?.doer.toLowerCase().split(/\s+/) ?? [];
	return name
		.toLowerCase()
		.split(/\s+/)
		.some((word) => word.length > 2 && doer.includes(word) && !/^(?:the|his|her|its|their)$/.test(word));
}

/** Where an object ends: at a preposition past its first word ("the third-ranked player | in the final round"). */
const OBJECT_END = /\s(?:in|on|at|to|after|with|for|by|from|before|during|while|as)\s.*$/su;
/** A name in an object: capitalised words ("Norway's Henrik Dahl"). */
const NAME_IN = /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/u;

/**
 * For "Who did he beat?", whom the sentence says the deed was done to: the name in its object ("Henrik Dahl" in
 * "He beat Norway's Henrik Dahl in 38 moves"), or null when the object names nobody ("beating the world's
 * third-ranked player": the name is elsewhere, if anywhere); undefined when the sentence does not say it.
 *
 * @example
 * askedObject('who did he beat', 'He beat Henrik Dahl in 38 moves.', tokenize('He beat Henrik Dahl in 38 moves.'))?.text; // 'Henrik Dahl'
 */
export function askedObject(
	question: string,
	sentence: string,
	tokens: readonly Token[],
): AnswerPhrase | null | undefined {
	const verb = whoDidParts(question, sentence)?.verb;
	if (!verb || NOT_DEEDS.test(verb)) return undefined;
	const wanted = new Set([stem(verb), ...synonymStems(stem(verb))]);
	for (const token of tokens.slice(0, SENTENCE_LIMITS.tokens)) {
		if (!wanted.has(token.stem) || token.start === 0) continue;
		if (PASSIVE_BEFORE.test(sentence.slice(Math.max(0, token.start - 24), token.start))) return undefined;
		const object = OBJECT.exec(sentence.slice(token.end, token.end + 200))?.[1]?.replace(OBJECT_END, '');
		if (!object || object.split(/\s+/).length > MAX_WORDS) continue;
		const name = NAME_IN.exec(object);
		const start = sentence.indexOf(object, token.end) + (name?.index ?? 0);
		// "beating world No. 3": a rank, no name.
		if (!name || /^No\.?\s*\d/u.test(sentence.slice(start))) return null;
		return { text: name[0], start, end: start + name[0].length, typed: true };
	}
	return undefined;
}

/** An owner's "'s " right before a word: the word is a noun ("Okonkwo's coach"), no deed. */
const OWNED_ROLE_BEFORE = /\p{L}['’]s\s$/u;
/** The holder of a role named right after it: ", Elena" or " Elena". */
const HOLDER_AFTER = /^(?:,\s*|\s)\p{Lu}/u;

/** "Who beat Kurokaze?": a "who" question for a doer, with what the deed was done to. */
const WHO_DID_TO = /^\s*who\s+(\p{Ll}{3,})\s+(?:the\s+)?([\p{L}'’-]{3,})/u;

/**
 * Whether the sentence reverses a "who did it to X" question: X does the deed to the one picked ("Kurokaze …
 * beating fellow ozeki Takayutaka" for "who beat Kurokaze?"), so the picked one had it done to them.
 *
 * @example
 * const sentence = 'Kurokaze won on Sunday, beating Takayutaka.';
 * doerReversed('who beat kurokaze', sentence, tokenize(sentence), sentence.indexOf('Takayutaka')); // true
 */
export function doerReversed(question: string, sentence: string, tokens: readonly Token[], picked: number): boolean {
	const asked = WHO_DID_TO.exec(question.toLowerCase());
	const verb = asked?.[1];
	const object = asked?.[2];
	if (!verb || !object || NOT_DEEDS.test(verb) || /^(?:did|does|do|will|would|could|can)$/.test(verb)) return false;
	const wanted = new Set([stem(verb), ...synonymStems(stem(verb))]);
	const at = wholeWordAt(sentence, object, true);
	for (const token of tokens.slice(0, SENTENCE_LIMITS.tokens)) {
		if (!wanted.has(token.stem) || token.start > picked) continue;
		// "Okonkwo's coach, Elena Sorokina" for "who coaches Okonkwo": the owner's role, its holder the doer.
		// Not "Kiprono's training partner, Elias Chebet": a partner, no trainer.
		if (
			OWNED_ROLE_BEFORE.test(sentence.slice(Math.max(0, token.start - 4), token.start)) &&
			HOLDER_AFTER.test(sentence.slice(token.end, token.end + 3))
		)
			continue;
		// "the team, led by Marta": a passive; its agent after "by" is the doer.
		if (PASSIVE_BEFORE.test(sentence.slice(Math.max(0, token.start - 24), token.start))) return false;
		if (BY_AGENT.test(sentence.slice(token.end, token.end + 60))) return false;
		return at.length > 0 && at.every((a) => a < token.start);
	}
	return false;
}
