import type { Mention } from './findMentions.ts';
import { nounAfter } from './nounAfter.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { stem } from './tokenize.ts';

/** A period a question asks of: "next year", "last season", "this quarter", "in 2024". */
const PERIOD_ASKED =
	/\b(?:(?:this|next|last|previous|the\s+coming)\s+(?:year|month|week|season|quarter|summer|winter|spring|autumn)|in\s+(?:19|20)\d{2})\b/i;
/** How far before the period's words its figure may end: "a further 4 percent next year". */
const FIGURE_CHARS = 30;
/** What a figure's kind is told by: a share or a sum. */
const SHARE = /%|\bper\s?cent\b/i;
const SUM = /[$€£¥₹]|\b(?:dollars?|euros?|pounds?|francs?|yen|crowns?|rand|rupees?)\b/i;
/** A unit written right after a figure's mention. */
const UNIT_AFTER = /^\s+(?:percent|per\s+cent|dollars?|euros?|pounds?|francs?|yen|crowns?|rand|rupees?)\b/i;

/**
 * For "how much do they get next year?" of "a 9 percent rise, with 5 percent paid this year and a further 4 percent
 * next year": the figure of the same kind written right before the period asked, when the answer given stands
 * elsewhere and the sentence writes that period once; undefined otherwise.
 *
 * @example
 * figureOfAskedPeriod('how much next year', sentence, { text: '9 percent', … }, mentions)?.text; // '4 percent'
 */
export function figureOfAskedPeriod(
	question: string,
	sentence: string,
	answer: AnswerPhrase,
	mentions: readonly Mention[],
): AnswerPhrase | undefined {
	const asked = PERIOD_ASKED.exec(question)?.[0].toLowerCase().replace(/\s+/g, ' ');
	if (!asked) return undefined;
	const text = sentence.toLowerCase();
	const at = text.indexOf(asked);
	if (at < 0 || text.indexOf(asked, at + 1) >= 0) return undefined;
	if (answer.end <= at && at - answer.end <= FIGURE_CHARS) return undefined;
	const kind = (t: string) => (SHARE.test(t) ? 'share' : SUM.test(t) ? 'sum' : 'figure');
	// A figure's unit may follow its mention: "5 million euros".
	const withUnit = (m: Mention) => withUnitAfter(sentence, { ...m, typed: true }).end;
	const figure = mentions
		.filter((m) => m.type === 'number' && m.end <= at && at - m.end <= FIGURE_CHARS)
		.filter(
			(m) =>
				!/[;.]\s/.test(sentence.slice(m.end, at)) && kind(sentence.slice(m.start, withUnit(m))) === kind(answer.text),
		)
		// "52,000 people tried to climb the 5,895-metre peak last year": a size joined to its thing counts none of them.
		.filter((m) => joined(sentence, m.end) === joined(sentence, answer.end) || /-/.test(answer.text))
		// "16 clean sheets in 34 league games … last season": a figure of another noun counts another thing.
		.filter((m) => sameNoun(counted(sentence.slice(m.end)), counted(sentence.slice(answerFigureEnd(sentence, answer)))))
		.at(-1);
	if (!figure || figure.start === answer.start) return undefined;
	return withUnitAfter(sentence, { ...figure, typed: true });
}

/** The noun a figure counts, written right after it: "sheets" of " clean sheets in 34…"; none for a unit or a sum. */
function counted(after: string): string | undefined {
	const noun = nounAfter(after);
	return noun ? stem(noun.split(/\s+/).at(-1) ?? noun) : undefined;
}

/** Where the answer's own figure ends: "16" of "16 clean sheets". */
function answerFigureEnd(sentence: string, answer: AnswerPhrase): number {
	return answer.start + (/^\D*[\d.,]*\d/u.exec(sentence.slice(answer.start, answer.end))?.[0].length ?? 0);
}

/** Whether two figures count the same noun, or either counts none written. */
function sameNoun(a: string | undefined, b: string | undefined): boolean {
	return a === undefined || b === undefined || a === b;
}

/** Whether a figure is hyphened to the word after it: "5,895-metre". */
function joined(sentence: string, end: number): boolean {
	return /^-\p{L}/u.test(sentence.slice(end));
}

/** A figure's phrase with the unit written right after it, if any: "380 million" as "380 million dollars". */
export function withUnitAfter(sentence: string, phrase: AnswerPhrase): AnswerPhrase {
	const end = phrase.end + (UNIT_AFTER.exec(sentence.slice(phrase.end))?.[0].length ?? 0);
	return { text: sentence.slice(phrase.start, end), start: phrase.start, end, typed: true };
}
