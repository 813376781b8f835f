export interface SentenceSpan {
	text: string;
	start: number;
	end: number;
}

const ABBREVIATIONS = new Set(
	'mr mrs ms dr prof sr jr st mt gen col lt sgt capt cmdr adm gov sen rep pres rev hon co corp inc ltd jan feb mar apr jun jul aug sep sept oct nov dec no nos op vol pp cf ca v vs etc al approx est fig e.g i.e u.s u.k u.n a.m p.m ala ariz ark calif colo conn fla kan ky md mich minn mont neb nev okla ore penn tenn tex vt wis wyo'.split(
		' ',
	),
);
/** Only the last word before a full stop and the first words after it are read, so splitting stays linear. */
const LOOK_BEHIND = 48;
const LOOK_AHEAD = 24;

/**
 * Splits a paragraph into sentences with their character spans. Knows abbreviations ("Mr.", "U.S."), initials
 * ("James O. McKinsey", "J. R. R. Tolkien"), decimals and closing quotes, so "The U.S. said 2.5 km." stays one
 * sentence. Takes time linear in the paragraph's length.
 *
 * @example
 * splitSentences('He left. “Never,” he said. She stayed.').map((s) => s.text);
 * // ['He left.', '“Never,” he said.', 'She stayed.']
 */
export function splitSentences(paragraph: string): SentenceSpan[] {
	const spans: SentenceSpan[] = [];
	let start = 0;
	const boundary = /(?<![.!?])[.!?]+["'”’)\]]*(?=\s|$)/g;
	const nonSpace = /\S/g;
	let depth = 0;
	let scanned = 0;
	for (const match of paragraph.matchAll(boundary)) {
		const end = match.index + match[0].length;
		for (; scanned < end; scanned++) {
			const c = paragraph[scanned];
			if (c === '(') depth++;
			else if (c === ')' && depth > 0) depth--;
		}
		const before = paragraph.slice(Math.max(start, match.index - LOOK_BEHIND), match.index);
		const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
		nonSpace.lastIndex = end;
		const nextAt = nonSpace.exec(paragraph)?.index ?? paragraph.length;
		const next = paragraph.slice(nextAt, nextAt + LOOK_AHEAD);
		if (match[0][0] === '.' && !match[0].slice(1).trim() && isAbbreviation(lastWord, next)) continue;
		if (next && /^[\p{Ll}\d,;]/u.test(next)) continue;
		if (depth > 0 && closesSoon(next)) continue;
		pushSpan(spans, paragraph, start, end);
		start = end;
	}
	pushSpan(spans, paragraph, start, paragraph.length);
	return spans;
}

/** "(an auxiliary label of Warner Bros. Records) in 1982": a stop inside brackets closed just after ends no sentence. */
function closesSoon(next: string): boolean {
	const close = next.indexOf(')');
	return close > 0 && !next.slice(0, close).includes('(');
}

/** What may follow "p.m." in the same sentence: a day, a month, a time zone ("ET", "GMT", "Eastern time"). */
const CLOCK_GOES_ON =
	/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|\p{Lu}{2,4}\b|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+[Tt]ime\b|[-–—(,;:])/u;

const SENTENCE_STARTERS = /^(The|He|She|It|They|We|I|But|However|In|This|That|A|An|Then|There|On|At|After|As)\b/;

function isAbbreviation(word: string, next: string): boolean {
	// "HARLAN CREEK, Okla. — A tornado…": no sentence begins with a dash; the stop ends a dateline's abbreviation.
	if (/^[—–]/u.test(next)) return true;
	const lower = word.toLowerCase();
	if (/^(mr|mrs|ms|dr|prof|st|gen|col|gov|sen|rev)$/.test(lower)) return true;
	// "departed at 6:50 p.m. Transport Minister Helena Brandt said": after a clock time only a day, a month or a time
	// zone goes on the sentence.
	if (lower === 'a.m' || lower === 'p.m') return CLOCK_GOES_ON.test(next);
	if (ABBREVIATIONS.has(lower)) return !SENTENCE_STARTERS.test(next);
	if (/^\p{Lu}$/u.test(word)) return !SENTENCE_STARTERS.test(next) || /^\p{Lu}\.\s/u.test(next);
	return /^(\p{L}\.)+\p{L}$/u.test(lower);
}

function pushSpan(spans: SentenceSpan[], paragraph: string, from: number, to: number): void {
	let start = from;
	let end = to;
	while (start < end && /\s/.test(paragraph[start] ?? '')) start++;
	while (end > start && /\s/.test(paragraph[end - 1] ?? '')) end--;
	if (end > start) spans.push({ text: paragraph.slice(start, end), start, end });
}
