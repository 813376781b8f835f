import { askedVerb, isVerbForm } from './askedVerb.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { synonymStems } from './synonymStems.ts';
import { STOPWORDS, stem, type Token } from './tokenize.ts';
import { IRREGULAR_FORMS } from './vocabulary.ts';

/** "Which trains were cancelled?": a kind of thing asked by what was done to it. */
const WHICH_DONE =
	/^\s*which\s+([\p{L}-]{3,})\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been|got)\s+(\p{Ll}{3,})\b/iu;

/** What the verb did, up to a clause's end or the words that say when, why or how it happened. */
const OBJECT =
	/^\s+((?:(?!\b(?:(?:on|in|at|by)\s+(?:\p{Lu}|\d)|after\b|before\b|because\b|when\b|while\b|but\b|as\b|following\b|amid\b|until\b|since\b))(?:\d[.,]\d|[^,;.!?"“”]))+)/u;
/**
 * "What did Qin administrators introduce to Shu and Ba?": the verb before a phrase that says to, for or from what
 * (not a noun after an article: "the president of…").
 */
const VERB_BEFORE_PHRASE =
	/^\s*(?:so\s+|and\s+)?what\s+(?:did|does|do|has|have|had|will|would)\s+\S.*?\s(?<!\b(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|of|on|in|at|for|to|with|from|by)\s)(\p{Ll}{3,})\s((?:to|for|from|with|during|into|about|against|after|before|as)\s[^?!.]+?)\s*[?!.]*\s*$/iu;
/** Verbs whose object is a finding, told with "that": "found that …", "concluded that …". */
const FINDING = new Set(['find', 'conclude', 'show', 'reveal', 'discover', 'suggest', 'learn', 'establish', 'confirm']);
/** The most words an object is given: a longer one is the rest of a sentence, which the sentence itself shows. */
const MAX_OBJECT_WORDS = 15;

/**
 * For "What did X <verb>?", what the sentence says X <verb>ed: "the evacuation of everyone within a mile of the site"
 * in "DeWine ordered the evacuation of everyone within a mile of the site on Sunday after…" for "What did the governor
 * order?"; none when the sentence does not use the verb (or a synonym) or says nothing after it.
 *
 * @example
 * const sentence = 'The governor ordered the evacuation of the town on Sunday.';
 * askedObject('What did the governor order?', sentence, tokenize(sentence))?.text; // 'the evacuation of the town'
 */
export function askedObject(question: string, sentence: string, tokens: readonly Token[]): AnswerPhrase | undefined {
	const before = VERB_BEFORE_PHRASE.exec(question);
	const verb = askedVerb(question) ?? before?.[1]?.toLowerCase();
	if (!verb || STOPWORDS.has(verb)) return undefined;
	const wanted = new Set([stem(verb), ...synonymStems(stem(verb))]);
	// "What did Spielberg win for Schindler's List?": what he won, up to where the sentence says what for.
	const asked = before?.[2]?.split(/\s+/).slice(0, 2).join(' ');
	for (const token of tokens.slice(0, SENTENCE_LIMITS.tokens)) {
		if (!wanted.has(token.stem) && !isVerbForm(verb, token.word)) continue;
		const said = OBJECT.exec(sentence.slice(token.end, token.end + 300))?.[1];
		const cut = asked && said ? ` ${said.toLowerCase()}`.indexOf(` ${asked.toLowerCase()}`) : -1;
		// "The chef, who cooked for the king, made soup." gives the question's own phrase, not what was cooked.
		if (cut === 0) continue;
		const whole = (cut > 0 ? said?.slice(0, cut - 1) : said)?.trim();
		// "found that the crew had switched off two alarms": what was found, without its "that" ("demanded that Conti
		// explain" keeps it).
		const object = FINDING.has(verb) ? whole?.replace(/^that\s+(?=\S+\s+\S)/u, '') : whole;
		if (!object || object.split(/\s+/).length > MAX_OBJECT_WORDS) continue;
		const start = sentence.indexOf(object, token.end);
		return { text: object, start, end: start + object.length, typed: true };
	}
	return undefined;
}

/**
 * For "Which trains were cancelled?", what the sentence says was cancelled when it holds the asked noun ("cancelled all
 * trains west of Exeter" → "all trains west of Exeter"); none otherwise.
 *
 * @example
 * const sentence = 'The railway cancelled all trains west of Exeter on Sunday.';
 * whichDone('Which trains were cancelled?', sentence, tokenize(sentence))?.text; // 'all trains west of Exeter'
 */
export function whichDone(question: string, sentence: string, tokens: readonly Token[]): AnswerPhrase | undefined {
	const asked = WHICH_DONE.exec(question);
	const noun = asked?.[1]?.toLowerCase();
	const done = asked?.[2]?.toLowerCase();
	if (!noun || !done || !(/(?:ed|en|wn|lt|ght)$/.test(done) || Object.hasOwn(IRREGULAR_FORMS, done))) return undefined;
	const deed = stem(done);
	const kind = stem(noun);
	for (const token of tokens.slice(0, SENTENCE_LIMITS.tokens)) {
		if (token.stem !== deed && !isVerbForm(done, token.word)) continue;
		const object = OBJECT.exec(sentence.slice(token.end, token.end + 300))?.[1]?.trim();
		if (!object || object.split(/\s+/).length > MAX_OBJECT_WORDS) continue;
		if (!(object.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => stem(w) === kind)) continue;
		const start = sentence.indexOf(object, token.end);
		return { text: object, start, end: start + object.length, typed: true };
	}
	return undefined;
}
