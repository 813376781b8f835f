import type { AnalysedQuestion } from './analyseQuestion.ts';
import type { Mention } from './findMentions.ts';
import { NATIONALITY } from './mentionPatterns.ts';
import { stem } from './tokenize.ts';

/** A relative clause right after a name, with its verb: ", who leads". */
const WHO_DOES = /^,\s+who\s+(\p{L}+)/u;

/** The kind of place a "what river…" question asks for. */
const FOCUS = /\b(?:what|which)\s+(\p{L}+)/iu;
/** The lowercase word right before a name: "sexologist" in "Berlin sexologist Magnus Hirschfeld". */
const WORD_BEFORE = /(?:^|\s)(\p{Ll}+)\s+$/u;

/**
 * "Who declared…", "who was elected…", "which countries offered…": the verb a question asks the subject of (none for
 * "who did X…").
 */
const WHO_VERB =
	/^\s*(?:who|(?:which|what)\s+\p{Ll}+)\s+(?:(?:has|have|had|is|was|were|will|would|could|can|might|must|should)\s+(?:been\s+|be\s+|not\s+)?)?(\p{Ll}+)/u;
const NOT_VERBS = /^(?:did|does|do|is|was|were|are|has|have|had|the|a|an|of|in|that|this|whose)$/;
/** An aside in commas between a subject and its verb: ", a Democrat,", ", a student from Daegu, South Korea,". */
const ASIDE = /^\s*,[^,]{1,80}(?:,\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})?,/u;
/** A relative clause right after a name and its verb: ", which paid", ", who later led". */
const RELATIVE_VERB = /^\s*,\s+(?:which|who)\s+(?:(?:has|have|had|also|then|later)\s+)?(\p{Ll}+)/u;
/** Words that may stand between a subject and its verb: auxiliaries, "also", adverbs in -ly. */
const BETWEEN = /^(?:has|have|had|is|was|were|will|would|been|also|then|later|first|\p{Ll}+ly)$/u;

/**
 * "…was written by the English critic": the three words before a "by" that ends before the name, at most three
 * words between them.
 */
const BY_AGENT = /((?:\p{L}+\s+){1,3})by\s+(?:[\p{L}'’]+\s+){0,3}$/u;

/**
 * For "who", a name the sentence ties to a word of the question: the subject of the asked verb ("Governor Tina
 * Kotek declared" or "was declared by Tina Kotek" for "Who declared…?"), the verb of a relative clause after it
 * ("Maris Ozols, who leads the union" for "Who leads the union?") or the noun right before it ("sexologist Magnus
 * Hirschfeld" for "Who was the sexologist that…?"); for "what river", a name that is one ("the Yangtze River") or
 * follows the word ("the river Thames"); however far the question's other words stand.
 */
export function namedByAskedWord(
	question: AnalysedQuestion,
	sentence: string,
	mention: Mention,
	asked: ReadonlySet<string>,
): boolean {
	const before = WORD_BEFORE.exec(sentence.slice(Math.max(0, mention.start - 30), mention.start))?.[1];
	if (question.type === 'where') {
		const focus = FOCUS.exec(question.text)?.[1];
		if (!focus) return false;
		if (subjectOfAskedVerb(question.text, sentence, mention)) return true;
		const kind = stem(focus.toLowerCase());
		return [before ?? '', ...mention.text.split(/\s+/)].some((word) => stem(word.toLowerCase()) === kind);
	}
	if (question.type !== 'who') return false;
	if (subjectOfAskedVerb(question.text, sentence, mention)) return true;
	const relative = WHO_DOES.exec(sentence.slice(mention.end))?.[1];
	// "paid Lunara" for "Who paid…?": a name right after the asked verb is its object, not who did it.
	const verb = WHO_VERB.exec(question.text.toLowerCase())?.[1];
	const noun = before && verb && stem(before.toLowerCase()) === stem(verb) ? undefined : before;
	return [relative, noun].some((word) => word !== undefined && asked.has(stem(word.toLowerCase())));
}

/** Whether `mention` is the subject (or the "by" agent) of the verb a "who" question asks about. */
function subjectOfAskedVerb(question: string, sentence: string, mention: Mention): boolean {
	const verb = WHO_VERB.exec(question.toLowerCase())?.[1];
	if (!verb || NOT_VERBS.test(verb) || NATIONALITY.test(mention.text)) return false;
	const wanted = stem(verb);
	// "NASA, which paid Lunara…": the verb of a relative clause is the name's own.
	const relative = RELATIVE_VERB.exec(sentence.slice(mention.end, mention.end + 60))?.[1];
	if (relative && stem(relative.toLowerCase()) === wanted) return true;
	// "a student from Daegu, South Korea, won": the object of "from" is no subject of "won".
	const governed = PREPOSITION_BEFORE.test(sentence.slice(Math.max(0, mention.start - 12), mention.start));
	const after = governed ? '' : sentence.slice(mention.end, mention.end + 160).replace(ASIDE, '');
	const words = /^\s+((?:\p{L}+\s+){0,3}\p{L}+)/u.exec(after)?.[1]?.split(/\s+/) ?? [];
	const verbAt = words.findIndex((word) => !BETWEEN.test(word));
	if (verbAt >= 0 && stem((words[verbAt] ?? '').toLowerCase()) === wanted) return true;
	if (verbAt >= 0 && /^\p{Ll}/u.test(words[verbAt] ?? '') && leadsSentence(sentence, mention)) {
		// "Anna Novak beat Tanaka … to win her 25th title" for "Who won…?": the subject of the clause does that too.
		const purpose = PURPOSE.exec(sentence.slice(mention.end))?.[1] ?? '';
		if (purpose && stem(purpose.toLowerCase()) === wanted) return true;
	}
	const agent = BY_AGENT.exec(sentence.slice(Math.max(0, mention.start - 60), mention.start))?.[1] ?? '';
	return agent.split(/\s+/).some((word) => word && stem(word.toLowerCase()) === wanted);
}

/** A verb the subject of the clause does besides its own: "… to win her title", "…, winning her title". */
const PURPOSE = /(?:\bto|,)\s+(\p{Ll}+)\s/u;

/** Whether a name opens its sentence (after a dateline or a time: "MELBOURNE — Anna Novak beat…"): its subject. */
function leadsSentence(sentence: string, mention: Mention): boolean {
	const before = sentence
		.slice(0, mention.start)
		.replace(/^[\p{Lu}\s,.()-]*\s[—–-]+\s*/u, '')
		.replace(/^(?:On|Last|Early|Late|Earlier|Later)\s+\p{Lu}\p{Ll}+,?\s*/u, '');
	return LEAD.test(before);
}

/** What may stand before a sentence's subject: nothing, or an article and its description ("The defending champion"). */
const LEAD = /^(?:(?:The|A|An)\s+(?:(?!\p{Ll}+ed\s|(?:said|told|asked|saw|met|made)\s)\p{Ll}+\s+){1,3})?$/u;

/** A word before a name that makes it the object of a preposition ("in Orvik"), not one of a list of subjects. */
const PREPOSITION_BEFORE = /\b(?:in|at|on|from|of|to|for|with|by|near|after|before)\s+$/iu;

/**
 * Where a name's coordination begins: "Robert Hale and Sunita Rao dissented" for Sunita Rao, so that a "who"
 * answer names every subject of the verb ("A, B and C" once an "and" joins the last two); the name's own start when
 * no name is joined to it.
 */
export function coordinatedStart(sentence: string, names: readonly Mention[], mention: Mention): number {
	let start = mention.start;
	let joiner = /^,?\s+and\s+$/u;
	for (;;) {
		const joined = names.find((other) => other.end < start && joiner.test(sentence.slice(other.end, start)));
		if (!joined || PREPOSITION_BEFORE.test(sentence.slice(Math.max(0, joined.start - 12), joined.start))) return start;
		start = joined.start;
		joiner = /^,\s*$/u;
	}
}

/**
 * The end of the list a name begins when the question asks for several ("Which regions were targeted?"): the last
 * of the names joined to it by commas, up to one after "and" ("Sumy, Odesa, Kyiv, and Chernihiv").
 */
export function coordinatedEnd(sentence: string, names: readonly Mention[], mention: Mention): number {
	let end = mention.end;
	for (;;) {
		const next = names.find((other) => other.start >= end && LIST_JOINER.test(sentence.slice(end, other.start)));
		if (!next) return end;
		const joiner = sentence.slice(end, next.start);
		end = next.end;
		if (/\band\s+$/u.test(joiner)) return end;
	}
}

/** What joins the names of a list: a comma, "and", or both. */
const LIST_JOINER = /^(?:,\s*(?:and\s+)?|\s+and\s+)$/u;

/** Whether the question asks for several of a kind: "which regions", "what countries". */
export function asksForSeveral(question: string): boolean {
	const focus = FOCUS.exec(question)?.[1] ?? '';
	return /[^s]s$/i.test(focus);
}
