import type { AnalysedQuestion } from './analyseQuestion.ts';
import type { Mention } from './findMentions.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { stem } from './tokenize.ts';

/** "When did…", "when was…": a time past is asked. */
const ASKS_PAST = /^\s*when\s+(?:did|was|were|had)\b/i;
/**
 * "When will…", "when can visitors see…", "when could he play…", "when is the ferry due to…", "when are they filing…",
 * "when does the ban start": a time to come is asked.
 */
const ASKS_FUTURE =
	/^\s*when\s+(?:will|can|could|shall|might|(?:does|do)\s+(?:[\p{L}'’-]+\s+){1,4}(?:start|begin|kick\s+in|come\s+into|take\s+effect|apply|end|finish|expire|reopen|resume|return)|(?:is|are)\s+(?:[\p{L}'’-]+\s+){1,4}(?:(?:due|expected|set|scheduled|going)\s+(?:to|back)|gonna|[\p{L}-]{3,}ing))\b/iu;
/** A time named as to come: "next week", "tomorrow", "later this year", "the coming months". */
const TO_COME = /\b(?:next|tomorrow|coming|upcoming)\b|\blater\s+this\b/i;
/** A time named as past: "last week", "yesterday", "two years ago", "earlier this month". */
const PAST = /\b(?:last|yesterday|ago|previous)\b|\bearlier\s+this\b/i;

/**
 * Whether a date answers a "when" question in the other tense: "when did Southfield last cut its forecast" of "next
 * week", "when will the bridge open" of "last year".
 *
 * @example
 * otherTense('when did southfield last cut its forecast', 'next week'); // true
 */
export function otherTense(question: string, date: string): boolean {
	return (ASKS_PAST.test(question) && TO_COME.test(date)) || (ASKS_FUTURE.test(question) && PAST.test(date));
}

/** Verbs in the past that tell an event done: "opened in 2010", "began in March 2022", "set up Vaultline in 2018". */
const DONE =
	'opened reopened started began begun launched completed finished planted founded established built introduced approved signed closed installed delivered published released held heard came went took made won found grew fell rose saw became left met ran sold bought paid brought broke spent wrote tried filed ruled decided voted passed adopted arrived resumed returned ended stopped halted collapsed crashed struck hit occurred happened recorded set suspended cancelled canceled shut discovered detected created formed elected appointed damaged destroyed flooded burned evacuated arrested charged convicted sentenced acquired merged unveiled raised cut lost killed injured died visited played performed recovered rescued moved renovated restored repaired rebuilt demolished expanded';
/** A verb in the past right before a date, a few words of its clause between. */
const PAST_VERB_BEFORE = new RegExp(
	`(?:^|[^\\p{L}'’-])(${DONE.replace(/ /g, '|')})((?:\\s+[^\\s,;:—–()]+){0,5})\\s+$`,
	'iu',
);
/** Past forms that are present forms too ("funding cut", "set to"): they tell no past by themselves. */
const PRESENT_TOO = new Set([
	'cut',
	'set',
	'hit',
	'shut',
	'put',
	'cost',
	'read',
	'let',
	'spread',
	'quit',
	'hurt',
	'come',
]);
/** A verb in the past anywhere in a sentence. */
const PAST_VERB = new RegExp(
	`(?:^|[^\\p{L}'’-])(?:was|were|${DONE.split(' ')
		.filter((verb) => !PRESENT_TOO.has(verb))
		.join('|')})(?![\\p{L}'’-])`,
	'iu',
);
/**
 * A word that tells of a time to come, or of a deed not yet done: "will", "might", "expected", "until", "next", a
 * present that tells a plan ("reopens in June"); "may", not the month.
 */
const TO_COME_WORD =
	/\b(?:will|would|shall|could|can|might|must|should|expected|due|scheduled|planned|plans?|intends?|aims?|hopes?|set\s+to|going\s+to|gonna|until|till|next|coming|upcoming|later|soon|tomorrow|to\s+be|(?:re)?opens|starts|begins|resumes|ends|closes|launches|arrives|departs|takes?\s+effect|comes?\s+into\s+force|kicks?\s+(?:off|in))\b|['’]ll\b/iu;

/** Whether a sentence holds a word of a time to come. */
function tellsToCome(text: string): boolean {
	return TO_COME_WORD.test(text) || /\bmay\b/u.test(text);
}

/** What makes the verb before a date one to come or unreal: "will be opened", "is to be paid", "would have paid". */
const NOT_PAST =
	/\b(?:will|would|to|is|are|be|being|shall|could|should|must|may|might|has|have|had|been)\s+(?:\p{Ll}+\s+)?$/u;
/** A verb to come between the past verb and the date: "said she would meet them on Monday". */
const MODAL_BETWEEN = /\b(?:will|would|shall|to|can|could|should|must|may|might)\b/iu;

/**
 * Whether a "when will…" question is answered by a date its sentence tells as past: "the first of which opened in
 * 2010", "Construction began in March 2022" for "when will the line open".
 *
 * @example
 * toldAsPast('when will the line open', 'The first line opened in 2010 to the north.', 26); // true
 */
export function toldAsPast(question: string, quote: string, dateStart: number): boolean {
	if (!ASKS_FUTURE.test(question)) return false;
	const before = quote.slice(Math.max(0, dateStart - 80), dateStart);
	const verb = PAST_VERB_BEFORE.exec(before);
	return (
		verb?.[1] !== undefined &&
		!MODAL_BETWEEN.test(verb[2] ?? '') &&
		// "set sentencing for February 19": a date fixed for what is to come.
		!(/^set$/iu.test(verb[1]) && /\bfor\s+$/u.test(before)) &&
		!NOT_PAST.test(before.slice(0, verb.index + verb[0].indexOf(verb[1])))
	);
}

/** "will resume", "will be back in service": a date told as to come. */
const WILL_BEFORE = /\b(?:will|shall)\b(?:\s+[^\s,;:]+){0,5}\s+$/u;
/** "ban scooters from January 1", "phased in starting in January": the date a change begins. */
const FROM_BEFORE = /\b(?:from|starting|effective|beginning)\s+(?:on\s+|in\s+)?$/iu;
/** "When does the ban start", "when do the caps kick in": the start of a change is asked. */
const ASKS_START =
	/\b(?:start|starts|begin|begins|kick\s+in|kicks\s+in|kicking\s+in|come\s+into|take\s+effect|apply|comes?\s+in)\b/iu;
/** The verb after "will": "resume" of "will resume on Sunday". */
const WILL_VERB = /\b(?:will|shall)\s+(?:not\s+)?(?:be\s+)?([\p{L}-]+)(?:\s+[^\s,;:]+){0,3}\s+$/u;

/**
 * For "when will…" of a sentence whose picked date is past ("were suspended on Friday and will resume on Sunday"),
 * the date the sentence tells as to come, with whether its verb is the deed asked ("resume"); for "when does the ban
 * start", the date a change runs "from" ("voted on Thursday to ban e-bikes from January 1").
 *
 * @example
 * dateToCome(analyseQuestion('when will the ferries resume', …), quote, friday, mentions)?.phrase.text; // 'on Sunday'
 */
export function dateToCome(
	question: AnalysedQuestion,
	quote: string,
	picked: AnswerPhrase,
	mentions: readonly Mention[],
): { phrase: AnswerPhrase; asked: boolean } | undefined {
	const before = (m: Mention) => quote.slice(Math.max(0, m.start - 50), m.start);
	const toCome = mentions.find(
		(m) =>
			m.type === 'date' &&
			m.start !== picked.start &&
			(WILL_BEFORE.test(before(m)) || (ASKS_START.test(question.text) && FROM_BEFORE.test(before(m)))) &&
			!otherTense(question.text, m.text),
	);
	if (!toCome) return undefined;
	if (!WILL_BEFORE.test(before(toCome))) return { phrase: toPhrase(toCome), asked: true };
	// "will resume on Sunday" of "when will the ferries resume": the deed asked; another deed's date less surely.
	const deed = WILL_VERB.exec(before(toCome))?.[1] ?? '';
	const asked = question.terms.some((t) => t.stem === stem(deed.toLowerCase()));
	return { phrase: toPhrase(toCome), asked };
}

function toPhrase(m: Mention): AnswerPhrase {
	return { text: m.text, start: m.start, end: m.end, typed: true };
}

/**
 * Whether a "when will…" question is asked of a sentence told all in the past, with no word of a time to come: "The
 * storm brought back memories of the great ice storm of 1998" holds no date the question asks for.
 *
 * @example
 * toldAllInPast('when might power be back', 'The storm brought back memories of the ice storm of 1998.'); // true
 */
export function toldAllInPast(question: string, quote: string): boolean {
	return ASKS_FUTURE.test(question) && PAST_VERB.test(quote) && !tellsToCome(quote);
}
