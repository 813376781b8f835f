import { describesPerson } from './findTitle.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { datelineEnd } from './pickClause.ts';
import { escapeRegExp } from './writesWord.ts';

/** Kinds of body a person belongs to: "which club", "what firm". */
const BODY =
	'firm|company|club|team|side|university|college|school|newspaper|paper|party|organi[sz]ation|group|bank|agency|charity|union|network|broadcaster|institute|outlet|label|studio|publisher|brokerage|consultancy|airline|hospital';
/**
 * "Which firm is Priya Ramanathan with?", "What club does Rodrigo Alves play for?", "Who does Alves play for?": the
 * body a named person belongs to. The person's words are the first group.
 */
const ASKS_AFFILIATION = new RegExp(
	`^\\s*(?:(?:which|what)\\s+(?:${BODY})\\s+(?:is|was|does|did|do)|who\\s+(?:does|did|is|was))\\s+(.+?)\\s+(?:(?:work|works|worked|play|plays|played|write|writes|wrote|report|reports|ride|rides|fly|flies|sign|signed|signs|study|studies|studied|train|trains|trained|teach|teaches|taught|graduate|graduated|serve|serves|served|belong|belongs|belonged|compete|competes|competed|race|races|raced)\\s+)?(?:with|for|from|at)\\s*[?.!]*$`,
	'iu',
);
/** A capitalised run of a body's name: "Kestrel Securities", "the University of Aberdeen". */
const BODY_NAME = String.raw`\p{Lu}[\p{L}&'’.-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?\p{Lu}[\p{L}&'’.-]*){0,5}`;
/** The body named after the person: "Priya Ramanathan of Kestrel Securities", ", from Halden United". */
const AFTER_NAME = new RegExp(String.raw`^,?\s+(?:of|from|at|with)\s+(?:the\s+)?(${BODY_NAME})`, 'u');
/** The body of the person's calling in apposition: "Lena Holt, a glaciologist at the University of Bergen". */
const CALLING_AFTER = new RegExp(
	String.raw`^,\s+(?:an?|the|its|their)\s+((?:[\p{L}-]+\s+){1,3}?)(?:at|of|with|for|from)\s+(?:the\s+)?(${BODY_NAME})`,
	'u',
);
/** The body named before the person's calling: "Manchester City midfielder Rodrigo Alves". */
const BEFORE_CALLING = new RegExp(String.raw`(?:^|[^\p{L}])(${BODY_NAME})\s+((?:\p{Ll}[\p{L}-]*\s+){1,3})$`, 'u');

/** Callings a capitalised word before them makes a portfolio of, not a body: "Finance Minister", "Home Secretary". */
const PORTFOLIO = /^(?:minister|secretary|commissioner|spokesperson|spokesman|spokeswoman|correspondent|editor)$/iu;

/**
 * For "which <body> is X with / does X play for", the body the sentence writes beside X's name: after it ("Analyst
 * Priya Ramanathan of Kestrel Securities") or before X's calling ("Manchester City midfielder Rodrigo Alves");
 * undefined for other questions or where the sentence ties X to no body.
 *
 * @example
 * affiliationOf('which firm is priya ramanathan with', 'Analyst Priya Ramanathan of Kestrel Securities said so.')?.text; // 'Kestrel Securities'
 */
export function affiliationOf(question: string, sentence: string): AnswerPhrase | undefined {
	const person = ASKS_AFFILIATION.exec(question)?.[1]?.trim();
	const surname = person
		?.split(/\s+/u)
		.at(-1)
		?.replace(/['’]s$/u, '');
	if (!surname || surname.length < 2) return undefined;
	const named = new RegExp(`(?<!\\p{L})${escapeRegExp(surname)}(?!\\p{L})`, 'giu');
	for (const m of sentence.matchAll(named)) {
		const found = bodyAfter(sentence, m.index + m[0].length) ?? bodyBefore(sentence, m.index);
		if (found) return trimmed(found);
	}
	return undefined;
}

/** The body written after a name: "Priya Ramanathan of Kestrel Securities", "Lena Holt, a glaciologist at…". */
function bodyAfter(sentence: string, end: number): AnswerPhrase | undefined {
	const rest = sentence.slice(end);
	const after = AFTER_NAME.exec(rest);
	const apposed = after ? undefined : CALLING_AFTER.exec(rest);
	const body = after?.[1] ?? (apposed?.[1]?.trim().split(/\s+/u).some(describesPerson) ? apposed[2] : undefined);
	const match = after ?? apposed;
	if (!body || !match) return undefined;
	const start = end + match[0].length - body.length;
	return { text: body, start, end: start + body.length, typed: true };
}

/** The body written before a name's calling: "Manchester City midfielder Rodrigo Alves". */
function bodyBefore(sentence: string, nameStart: number): AnswerPhrase | undefined {
	const firstNames = sentence.slice(0, nameStart).match(/(?:\p{Lu}[\p{L}'’-]*\s+){0,2}$/u)?.[0] ?? '';
	const before = sentence.slice(0, nameStart - firstNames.length);
	const calling = BEFORE_CALLING.exec(before);
	const callingWords = calling?.[2] ?? '';
	const words = callingWords.trim().split(/\s+/u);
	// "Agriculture minister Ilona Stastna": a portfolio, no body.
	if (!calling?.[1] || !words.some(describesPerson) || words.some((w) => PORTFOLIO.test(w))) return undefined;
	const text = calling[1].replace(/^(?:The|A|An)\s+/u, '');
	const start = before.length - calling[0].length + calling[0].indexOf(calling[1]) + (calling[1].length - text.length);
	// One word opening the story may be any word written with a capital: "Outside lawyer Ana Ruiz".
	const opening = !/[\p{L}\d]/u.test(sentence.slice(datelineEnd(sentence), start));
	if (/^(?:The|A|An)$/u.test(text) || (opening && !/\s/u.test(text))) return undefined;
	return { text, start, end: start + text.length, typed: true };
}

/** A body's name without the full stop or comma after it ("the University of Bergen."), an initial's kept ("U.S."). */
function trimmed(phrase: AnswerPhrase): AnswerPhrase {
	const cut = /(?<!\b\p{Lu})[.,]+$/u.exec(phrase.text)?.[0].length ?? 0;
	return cut ? { ...phrase, text: phrase.text.slice(0, -cut), end: phrase.end - cut } : phrase;
}
