export interface SentenceSpan {
	text: string;
	start: number;
	end: number;
}

const ABBREVIATIONS = new Set(
	'mr mrs ms dr prof sr jr st mt gen col lt sgt capt cmdr adm gov sen rep pres rev hon co corp inc ltd jan feb mar apr jun jul aug sep sept oct nov dec no vs etc al approx est fig e.g i.e u.s u.k u.n a.m p.m'.split(
		' ',
	),
);

/**
 * Splits a paragraph into sentences with their character spans. Knows abbreviations ("Mr.", "U.S."), initials,
 * decimals and closing quotes, so "The U.S. said 2.5 km." stays one sentence.
 *
 * @example
 * splitSentences('He left. “Never,” he said. She stayed.').map((s) => s.text);
 * // ['He left.', '“Never,” he said.', 'She stayed.']
 */
export function splitSentences(paragraph: string): SentenceSpan[] {
	const spans: SentenceSpan[] = [];
	let start = 0;
	const boundary = /[.!?]+["'”’)\]]*(?=\s+|$)/g;
	for (const match of paragraph.matchAll(boundary)) {
		const end = match.index + match[0].length;
		const before = paragraph.slice(start, match.index);
		const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
		const next = paragraph.slice(end).trimStart();
		if (match[0][0] === '.' && !match[0].slice(1).trim() && isAbbreviation(lastWord, next)) continue;
		if (next && /^[\p{Ll}\d,;]/u.test(next)) continue;
		pushSpan(spans, paragraph, start, end);
		start = end;
	}
	pushSpan(spans, paragraph, start, paragraph.length);
	return spans;
}

const SENTENCE_STARTERS = /^(The|He|She|It|They|We|I|But|However|In|This|That|A|An|Then|There|On|At|After|As)\b/;

function isAbbreviation(lastWord: string, next: string): boolean {
	if (/^(mr|mrs|ms|dr|prof|st|gen|col|gov|sen|rev)$/.test(lastWord)) return true;
	if (ABBREVIATIONS.has(lastWord)) return !SENTENCE_STARTERS.test(next);
	return /^\p{Lu}$/u.test(lastWord) || /^(\p{L}\.)+\p{L}$/u.test(lastWord);
}

function pushSpan(spans: SentenceSpan[], paragraph: string, from: number, to: number): void {
	let start = from;
	let end = to;
	while (start < end && /\s/.test(paragraph[start] ?? '')) start++;
	while (end > start && /\s/.test(paragraph[end - 1] ?? '')) end--;
	if (end > start) spans.push({ text: paragraph.slice(start, end), start, end });
}
