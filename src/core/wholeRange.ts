import { parseNumber } from './findMentions.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** Figures in words a range is written with: "between six and nine months". */
const WORDS =
	'(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred)(?![\\p{L}-])';

/** A figure with its scale and a share's unit: "4", "20 million", "6 percent", "$1.2 billion". */
const FIGURE = String.raw`(?:[$€£]?\d(?:[\d.,]*\d)?|${WORDS})(?:\s*(?:million|billion|trillion))?(?:\s*(?:%|percent|per\s+cent))?`;
/** The range's first end before the phrase, with its unit: "4 to ", "between 20 and ", "from 40 euros to ". */
const START_BEFORE = new RegExp(
	String.raw`(?:\b(?:between|from)\s+)?(?:about\s+|around\s+|roughly\s+)?(${FIGURE}(?:\s+(?!to\b|and\b)\p{Ll}+)?)\s*(?:to|–|and)\s*$`,
	'iu',
);
/** The range's other end after the phrase: " to 6 percent", "–15%", " and 60 million dollars". */
const END_AFTER = new RegExp(
	String.raw`^\s*(?:to|–|and)\s*(${FIGURE})(?:\s+(?!(?:but|and|or|in|on|at|for|to|from|by|with|of|a|an|the|this|last|next|over|per|each|which|who|that|than|as)\b)\p{Ll}+)?`,
	'iu',
);
/** A phrase that is a figure alone, maybe with its unit ("4", "6 percent", "8,000 people"). */
const BARE = new RegExp(String.raw`^(?:about\s+|around\s+)?(${FIGURE})(?:\s+\p{Ll}+)?$`, 'iu');

/** A figure's kind by its unit ('' when it has none of its own) and its value as written, scale aside. */
function read(figure: string): { unit: string; value: number } {
	const unit = /%|percent|per\s+cent/iu.test(figure) ? '%' : /[$€£]/u.test(figure) ? 'money' : '';
	const digits = /\d(?:[\d.,]*\d)?/u.exec(figure)?.[0];
	return { unit, value: digits ? Number(digits.replace(/,/g, '')) : (parseNumber(figure) ?? Number.NaN) };
}

/** Whether two figures make a range: the same unit where both write one, the first the lower. */
function isRange(first: string, second: string): boolean {
	const a = read(first);
	const b = read(second);
	return (a.unit === b.unit || a.unit === '') && a.value < b.value;
}

/**
 * A figure answer widened to the whole range the sentence gives ("4 to 6 percent" for "4" or "6 percent", "between
 * 20 and 60 million dollars"): one end alone says less than the sentence. A change ("rose from 4 to 6 percent",
 * "up 9 percent to $3,180"), a vote ("voted 5 to 2") and a score ("3-1") are no range.
 *
 * @example
 * wholeRange('sales growth of 4 to 6 percent', { text: '4', start: 16, end: 17, typed: true }).text; // '4 to 6 percent'
 */
export function wholeRange(sentence: string, phrase: AnswerPhrase, question = ''): AnswerPhrase {
	const own = phrase.typed ? BARE.exec(phrase.text)?.[1] : undefined;
	if (!own) return phrase;
	const end = HIGH_END.test(question) ? 'high' : LOW_END.test(question) ? 'low' : undefined;
	const before = START_BEFORE.exec(sentence.slice(Math.max(0, phrase.start - 40), phrase.start));
	const ahead = (at: number) => CHANGED.test(sentence.slice(Math.max(0, at - 20), at));
	const spans = (at: number) => SPANS.test(sentence.slice(Math.max(0, at - 30), at));
	const first = before?.[1];
	const from = phrase.start - (before?.[0].length ?? 0);
	if (first && joins(before[0], spans(from)) && isRange(first, own) && !ahead(from)) {
		const start = end === 'low' ? from + before[0].indexOf(first) : end === 'high' ? phrase.start : from;
		const stop = end === 'low' ? start + first.length : phrase.end;
		return { ...phrase, text: sentence.slice(start, stop), start, end: stop };
	}
	const opening =
		/\b(?:between|from)\s+$/iu.exec(sentence.slice(Math.max(0, phrase.start - 9), phrase.start))?.[0] ?? '';
	const after = before ? null : END_AFTER.exec(sentence.slice(phrase.end));
	const opened = phrase.start - opening.length;
	if (after?.[1] && joins(opening + after[0], spans(opened)) && isRange(own, after[1]) && !ahead(phrase.start)) {
		if (end === 'low') return phrase;
		const start = end === 'high' ? phrase.end + after[0].indexOf(after[1]) : opened;
		const stop = phrase.end + after[0].length;
		return { ...phrase, text: sentence.slice(start, stop), start, end: stop };
	}
	return phrase;
}

/** "The priciest tickets", "the highest estimate": the question asks for a range's upper end alone. */
const HIGH_END =
	/\b(?:most\s+expensive|priciest|dearest|highest|maximum|max|biggest|largest|longest|oldest|heaviest|upper|at\s+most)\b/iu;
/** "The cheapest seats", "the lowest estimate": the lower end alone. */
const LOW_END =
	/\b(?:least\s+expensive|cheapest|lowest|minimum|min|smallest|shortest|youngest|lightest|lower|at\s+least)\b/iu;
/** "prices ranging from", "varying from": a "from … to …" that spans, not a change. */
const SPANS = /\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere|spanning)\s+$/iu;

/**
 * "between … and …" or "… to …", never "from … to …" (a change) unless it spans a range ("ranging from … to …"), nor
 * "… and …" alone (two figures).
 */
function joins(text: string, spans: boolean): boolean {
	if (/^\s*from\b/iu.test(text)) return spans && !/\band\b/iu.test(text);
	return /\band\b/iu.test(text) === /^\s*between\b/iu.test(text);
}

/** A change's words right before its first figure: "up £248 to £5,640", "rose 3% to", "cut by 5 to". */
const CHANGED =
	/\b(?:up|down|rose|rise|rises|rising|fell|fall|falls|falling|climbed|dropped|jumped|gained|lost|grew|increased|decreased|cut|raised|lifted|lowered|by)\s+(?:about\s+|around\s+|roughly\s+)?$/iu;
