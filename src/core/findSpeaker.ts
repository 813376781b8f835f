import type { AnalysedQuestion } from './analyseQuestion.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { contentStems } from './tokenize.ts';
import type { Fact } from './types.ts';

/**
 * "Who said…", "who joked…", "which staff member promised…": a speaker asked for by a verb of saying; after "which
 * <noun>", only by one that is nothing but saying ("which country announced" asks who did it).
 */
const WHO_SAID =
	/\bwho\s+(?:(?:has|had|was|is|first)\s+)?(?:said|says|say|told|tells|added|stated|claimed|warned|wrote|noted|insisted|argued|declared|called(?!\s+(?:for\s+(?:help|assistance|backup|an?\s+ambulance)|(?:the\s+)?police|9{3}|911|112|an?\s+ambulance|emergency|in|off|out|up|back)\b)|described|reported|confirmed|announced|estimated|joked|quipped|promised|vowed|pledged|complained|predicted|boasted|conceded|recalled|replied)\b|\bwhich\s+(?:[\p{Ll}-]+\s+){1,2}(?:said|says|told|joked|quipped|promised|vowed|insisted|complained|boasted)\b|^\s*who\s+(?:thinks|believes|reckons|feels)\b|\bwho\s+(?:is|was)\s+quoted\b|\baccording\s+to\s+whom\b/iu;

const SPEECH_WORD =
	/^(?:sa(?:id|ys?)|t(?:old|ells?)|jok(?:ed|es?)|quipp?(?:ed|s)?|promis(?:ed|es?)|vow(?:ed|s)?|pledg(?:ed|es?)|admitt?(?:ed|s)?|complain(?:ed|s)?|predict(?:ed|s)?|boast(?:ed|s)?|conced(?:ed|es?)|recall(?:ed|s)?|repl(?:ied|ies|y)|add(?:ed|s)?|stat(?:ed|es?)|claim(?:ed|s)?|warn(?:ed|s)?|wr(?:ote|ites?)|not(?:ed|es?)|insist(?:ed|s)?|argu(?:ed|es?)|declar(?:ed|es?)|call(?:ed|s)?|describ(?:ed|es?)|report(?:ed|s)?|confirm(?:ed|s)?|announc(?:ed|es?)|estimat(?:ed|es?)|quoted|first|thinks|believes|reckons|feels)$/;

/** Words that report what someone said, or quotation marks: a sentence without them says nothing of anyone's. */
const REPORTED =
	/\b(?:sa(?:id|ys|ying)|told|tells|added|stated|claim(?:ed|s)|warn(?:ed|s)|wr(?:ote|ites)|noted|insist(?:ed|s)|argu(?:ed|es|ing)|declared|confirm(?:ed|s)|accus(?:ed|es|ing)|critici[sz](?:ed|es)|emphasi[sz](?:ed|es)|stress(?:ed|es)|express(?:ed|es)|call(?:ed|s|ing)|urg(?:ed|es)|den(?:ied|ies)|announc(?:ed|es)|condemn(?:ed|s)|blam(?:ed|es|ing)|described|suggest(?:ed|s)|report(?:ed|s)|pledg(?:ed|es)|promis(?:ed|es)|vow(?:ed|s)|according to|asked|repl(?:ied|ies)|explain(?:ed|s)|admitt(?:ed)|acknowledg(?:ed|es)|complain(?:ed|s)|prais(?:ed|es)|welcom(?:ed|es)|asserted|contended|remarked|recommended)\b|[“”"]/i;
/**
 * "Rosen notes that…", "she states that…": a present speech verb with "that", right after a name or a pronoun (not "the
 * United States that", "27 member states that", "counterfeit notes that").
 */
const REPORTED_THAT =
	/(?<!\bUnited\s)(?<=\b(?:[Hh]e|[Ss]he|[Tt]hey|\p{Lu}[\p{L}'’-]+)\s)(?:notes|states|observes|maintains|asserts|contends|concludes|argues|points\s+out)\s+that\b/gu;
/** Speech verbs that may stand before their speaker ("…, said Marta Lind", "according to officials", "recommended by"). */
const INVERTED = /^(?:sa(?:id|ys)|added|wrote|according to|recommended)$/i;
/** How many characters right before or after a speech verb its speaker is looked for. */
const NEXT_TO = 30;

/** How far before a speech verb its subject is looked for, in characters. */
const LOOK_BACK = 160;
const SPEECH_VERB = /\b(?:said|says|told|added|stated|claimed|warned|wrote|noted|reported|confirmed|announced)\b/;
const APPOSITION = /,\s+(?:the|a|an|its|their)\s[^,]+,\s*$/;
const ASKED_SPEAKER =
	/\b(?:did|does|do|has|have|had)\s+(.{2,60}?)\s+(?:say|said|tell|told|claim|state|warn|write|add)\b/i;

/** Whether the question asks who said something ("Who said…", "according to whom"). */
export function asksSpeaker(question: string): boolean {
	return WHO_SAID.test(question);
}

/**
 * For "Who said X?", the speaker of the sentence's quote that says X (a pronoun's speaker is the person named
 * last before it), or the source the sentence cites ("according to Ukrainian officials"); none otherwise.
 *
 * @example
 * findSpeaker('Who said the words are at odds with reality?', '“Words are at odds with reality,” he said.', facts);
 * // { text: 'Volodymyr Zelensky', start: 43, end: 45, typed: true }
 */
export function findSpeaker(question: string, sentence: string, statements: Fact[]): AnswerPhrase | undefined {
	if (!asksSpeaker(question)) return undefined;
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

/** Whether a sentence reports anyone's words: a speech verb, "notes that", or a quotation mark. */
export function reportsSpeech(sentence: string): boolean {
	return REPORTED.test(sentence) || new RegExp(REPORTED_THAT.source, 'u').test(sentence);
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
 * Whether a sentence speaks of what a "Who said X?" question asks about: it holds one of the question's words (or
 * their synonyms) other than the speech verb, or the question has no other words. "Who reported the casualties?" is
 * not answered by who reported the drones.
 *
 * @example
 * speechTopicCovered(analyseQuestion('Who reported the casualties?', …), stemsOf('Officials reported 40 drones.')); // false
 */
export function speechTopicCovered(question: AnalysedQuestion, sentenceStems: { has(stem: string): boolean }): boolean {
	const speech = new Set(question.terms.filter((t) => t.weight === 1 && SPEECH_WORD.test(t.word)).map((t) => t.slot));
	const topic = question.terms.filter((t) => !speech.has(t.slot));
	return topic.length === 0 || topic.some((t) => sentenceStems.has(t.stem));
}

/**
 * Whether a quote answers "What did X say?": false only when the report gives the quote to someone else
 * ("What did Trump say?" against a quote of Zelensky's); X may be the title before the speaker's name in `sentence`
 * ("the chief restorer").
 *
 * @example
 * speakerFits('What did Trump say after the call?', quoteOfZelensky); // false
 */
export function speakerFits(
	question: string,
	quote: Fact | undefined,
	sentence = '',
	paragraph: () => string = () => '',
): boolean {
	const asked = ASKED_SPEAKER.exec(question)?.[1];
	if (!asked || !quote?.subject) return true;
	const speaker = contentStems(quote.subject);
	const stems = contentStems(asked);
	if (stems.some((a) => speaker.some((s) => a.startsWith(s) || s.startsWith(a)))) return true;
	// "…," she said" after "Senegal's fisheries minister, Aminata Diallo Sow, welcomed…": the paragraph names her title.
	const text = sentence.includes(quote.subject) ? sentence : paragraph();
	// "What did the chief restorer say?" of "…," said chief restorer Zsofia Bartok": the title before the name.
	const at = text.indexOf(quote.subject);
	const title = at > 0 ? contentStems(text.slice(Math.max(0, at - TITLE_WINDOW), at)) : [];
	// "What did the Imperial College physicist say?" of "said Rajesh Menon, a physicist at Imperial College London":
	// the description in apposition after the name.
	const rest = at >= 0 ? text.slice(at + quote.subject.length, at + quote.subject.length + APPOSITION_WINDOW) : '';
	const described = /^,\s/.test(rest) ? contentStems(rest.slice(2).split(/[;.,]/)[0] ?? '') : [];
	// "the senegalese minister" of "Senegal's fisheries minister": a people's word for its country.
	const told = [...title, ...described];
	return stems.length > 0 && stems.every((a) => told.some((s) => s === a || (s.length >= 5 && a.startsWith(s))));
}

/** How far before a speaker's name their title is looked for: "said chief restorer Zsofia Bartok". */
const TITLE_WINDOW = 40;
/** How far after a speaker's name their description in apposition is read: ", a physicist at Imperial College London". */
const APPOSITION_WINDOW = 80;

/** The speaker a "what did X say" question asks about ("X"), if it names one. */
export function askedSpeaker(question: string): string | undefined {
	return ASKED_SPEAKER.exec(question)?.[1];
}

/**
 * Whether a sentence without a quote of its own reports the words of the speaker a "what did X say" question asks
 * about: it reports someone's words (a quote, "said", "accused"…) and names X (any of their words) as the one
 * speaking: before the first speech verb, right before any ("…, X said"), right after one that may precede its
 * speaker ("said X"), or anywhere when only quotation marks report; true when it reports words and the question
 * names nobody. X named only after the verb is spoken of, not speaking ("he criticised talks between X and Y").
 * `aliases` are other stems that name X (the words of an acronym, see expandAcronym: "the agency said" for the IAEA).
 *
 * @example
 * namesAskedSpeaker('What did Lind say?', 'Ortiz criticised the plan Lind drew up.'); // false
 */
export function namesAskedSpeaker(question: string, sentence: string, aliases: readonly string[] = []): boolean {
	const told = [...sentence.matchAll(REPORTED_THAT)];
	if (!REPORTED.test(sentence) && told.length === 0) return false;
	const asked = ASKED_SPEAKER.exec(question)?.[1];
	if (!asked) return true;
	const speaker = [...contentStems(asked), ...aliases];
	const names = (text: string) => {
		const said = contentStems(text);
		return speaker.some((a) => said.some((s) => a.startsWith(s) || s.startsWith(a)));
	};
	const verbs = [...sentence.matchAll(new RegExp(REPORTED.source, 'gi')), ...told]
		.filter((m) => /\p{L}/u.test(m[0]))
		.sort((a, b) => a.index - b.index);
	const first = verbs[0];
	if (!first) return names(sentence);
	if (names(sentence.slice(0, first.index))) return true;
	return verbs.some((verb) => {
		const end = verb.index + verb[0].length;
		if (names(sentence.slice(Math.max(0, verb.index - NEXT_TO), verb.index))) return true;
		// "said the education secretary", not "said he had written to the education secretary": a clause told.
		const after = sentence.slice(end, end + NEXT_TO);
		return INVERTED.test(verb[0]) && !CLAUSE_OPENS.test(after) && names(after);
	});
}

/** What opens a clause told after a verb of saying, whose names are spoken of: "said he had written to…". */
const CLAUSE_OPENS = /^\s+(?:that\s+)?(?:he|she|they|it|we|i|you)\b/iu;

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
