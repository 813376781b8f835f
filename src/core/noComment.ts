import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { synonymStems } from './synonymStems.ts';
import { contentStems } from './tokenize.ts';

/** A yes-or-no question whether someone said or answered anything: "did the trust boss say anything", "did X comment". */
const ASKS_SAYING =
	/\b(?:say|said|says|comment|commented|comments|respond|responded|reply|replied|speak|spoke|talk|talked|react|reacted|statement)\b/iu;
/**
 * Words that tell someone would not speak: "did not respond to a request for comment", "declined to comment", "could
 * not be reached"; the clause around them is read (see noComment).
 */
const REFUSAL =
	/\b(?:(?:did|has|have|had|could|would)\s+not|didn['’]t|hasn['’]t|haven['’]t|wouldn['’]t|couldn['’]t)\s+(?:immediately\s+)?(?:respond|reply|return|comment|be\s+reached)\b|\b(?:declined|refused)\s+to\s+comment\b/iu;
/** A subject told by a pronoun that owns it: "Its chief executive", "their spokesman". */
const OWNER_PRONOUN = /^\s*(?:its|their|his|her)\b/iu;
/** What a request for comment was about: "…for comment on whether prices would rise". */
const ON_WHAT = /\b(?:on|about|regarding)\s+(?:whether\s+|why\s+|how\s+)?(.+)$/iu;

/**
 * For a yes-or-no question whether someone said anything ("did the harbour trust boss say anything"), or one the
 * report asked them about ("is the wine company putting prices up" of "did not respond to a request for comment on
 * whether prices would rise"), the clause telling they did not answer: the report's own answer. Undefined otherwise.
 *
 * @example
 * noComment('did calloway say anything', 'Calloway did not respond to requests for comment.')?.text;
 * // 'Calloway did not respond to requests for comment'
 */
export function noComment(question: string, sentence: string): AnswerPhrase | undefined {
	const read = sentence.length > SENTENCE_LIMITS.chars ? sentence.slice(0, SENTENCE_LIMITS.chars) : sentence;
	const found = REFUSAL.exec(read);
	if (!found) return undefined;
	const before = read.slice(0, found.index);
	const opened = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('.')) + 1;
	const ends = /[;.]/u.exec(read.slice(found.index));
	const text = read.slice(opened, ends ? found.index + ends.index : read.length).trim();
	// "Did the government respond?" is not answered by "The Showmen's Guild did not respond": another's silence. One
	// told by a pronoun ("Its chief executive … did not respond") is the body the sentence before named.
	const asked = new Set(contentStems(question).flatMap((word) => [word, ...synonymStems(word)]));
	if (!OWNER_PRONOUN.test(before) && !contentStems(before).some((word) => asked.has(word))) return undefined;
	if (!ASKS_SAYING.test(question)) {
		// Asked of what the comment was sought on: a word of the question there.
		const topic = new Set(contentStems(ON_WHAT.exec(text)?.[1] ?? ''));
		if (!contentStems(question).some((word) => topic.has(word))) return undefined;
	}
	const start = read.indexOf(text, opened);
	return { text, start, end: start + text.length, typed: true };
}

/** "Did the trust boss say anything?", "has Calloway commented?": whether someone spoke, asked yes or no. */
const ASKS_WHETHER_SAID =
	/^\s*(?:did|has|have|had|does|do|will|would)\b.*\b(?:say|said|comment|commented|respond|responded|reply|replied|speak|spoke|react|reacted)\b/iu;

/** Whether a yes-or-no question asks if someone said anything ("did the council say anything about it"). */
export function asksWhetherSaid(question: string): boolean {
	return ASKS_WHETHER_SAID.test(question);
}

/** The one asked whether they spoke: "did [the ferry company] say anything". */
const ASKED_SPEAKER =
	/^\s*(?:did|has|have|had|does|do|will|would)\s+(.+?)\s+(?:(?:ever|already|actually|even|publicly)\s+)?(?:say|said|comment|commented|respond|responded|reply|replied|speak|spoke|react|reacted)\b/iu;

/** The verb a speaker comes before: "The harbourmaster, Neil Ferrier, said…". */
const SPEECH_VERB = /\b(?:said|says|told|added|stated|warned|insisted|argued|claimed)\b/iu;

/**
 * For a yes-or-no question whether someone spoke ("did the ferry company say anything"), whether a sentence gives
 * another's words: none of the asked one's words is in it before its verb of speech, nor in the name of a speaker the engine found for it ("The
 * harbourmaster, Neil Ferrier, said…"). False when the question names nobody ("did she say why").
 *
 * @example
 * saidByOther('did the ferry company say anything', 'The harbourmaster, Neil Ferrier, said it had coped.', ['Neil Ferrier']); // true
 */
export function saidByOther(question: string, sentence: string, speakers: readonly string[]): boolean {
	if (/\bsay\s+sorry\b/iu.test(question)) return false;
	const asked = ASKED_SPEAKER.exec(question)?.[1];
	const words = contentStems(asked ?? '');
	if (!words.length) return false;
	// The speaker stands before the verb of speech; the ferry named after it ("a change to the ferry route") is a topic.
	const verb = SPEECH_VERB.exec(sentence);
	const told = new Set(contentStems(`${verb ? sentence.slice(0, verb.index) : sentence} ${speakers.join(' ')}`));
	return !words.some((word) => told.has(word) || synonymStems(word).some((other) => told.has(other)));
}

/** Whether a sentence tells someone would not speak ("did not respond to a request for comment"), whoever it is. */
export function refusesComment(sentence: string): boolean {
	return REFUSAL.test(sentence.length > SENTENCE_LIMITS.chars ? sentence.slice(0, SENTENCE_LIMITS.chars) : sentence);
}
