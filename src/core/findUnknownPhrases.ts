import { QUESTION_WORDS, STOPWORDS, stem, type Token } from './tokenize.ts';

/** What findUnknownPhrases needs of the reports. */
export interface PhraseLookup {
	stems: { has(stem: string): boolean };
	correct: (word: string) => string | undefined;
	/** Whether some sentence of the reports holds these stems side by side, in this order. */
	hasPhrase?: (stems: readonly string[]) => boolean;
}

const POSSESSIVE = /['’]s$/i;

/**
 * Names of two or more capitalised words in a row that the reports know one by one but never write together in
 * this order ("Newman Thomas" where they write "Thomas Newman", "Radar Princess" where they write "Games Radar" and
 * "Twilight Princess", "Producer Neal Purvis" where they write "screenwriters Neal Purvis"): the question likely
 * names something they do not. A comma, colon or possessive ends a name. A question in title case ("What Did Anna
 * Say About It?") names nothing this way.
 *
 * @example
 * findUnknownPhrases('Who is Newman Thomas?', tokenize('Who is Newman Thomas?'), lookup); // ['Newman Thomas']
 */
export function findUnknownPhrases(text: string, tokens: readonly Token[], lookup: PhraseLookup): string[] {
	const { hasPhrase } = lookup;
	if (!hasPhrase || titleCase(text, tokens)) return [];
	const runs: Token[][] = [];
	let run: Token[] = [];
	const close = () => {
		if (run.length > 1) runs.push(run);
		run = [];
	};
	for (const [at, token] of tokens.entries()) {
		const surface = text.slice(token.start, token.end);
		const capitalised = /^\p{Lu}/u.test(surface) && (at > 0 || startsName(text, tokens));
		const previous = run.at(-1);
		if (!capitalised || (previous && !joined(text, previous, token))) close();
		if (!capitalised) continue;
		run.push(token);
		if (POSSESSIVE.test(surface)) close();
	}
	close();
	const unknown: string[] = [];
	for (const names of runs) {
		const stems = names.map((t) => known(t, lookup));
		if (stems.some((s) => s === undefined)) continue;
		if (!hasPhrase(stems as string[]))
			unknown.push(text.slice(names[0]?.start ?? 0, names.at(-1)?.end ?? 0).replace(POSSESSIVE, ''));
	}
	return unknown;
}

/** The token's stem as the reports know it (typo corrected), a stopword as it is, or undefined when unknown. */
function known(token: Token, { stems, correct }: PhraseLookup): string | undefined {
	if (STOPWORDS.has(token.word) || stems.has(token.stem)) return token.stem;
	const fixed = correct(token.word);
	return fixed === undefined ? undefined : stem(fixed);
}

/** Whether two words stand in one name: only spaces between them, or the dot of an initial or title ("Mr. Hinx"). */
function joined(text: string, previous: Token, token: Token): boolean {
	const gap = text.slice(previous.end, token.start).trim();
	return gap === '' || (gap === '.' && previous.end - previous.start <= 3);
}

/** Whether the question's first word begins a name ("Producer Neal Purvis…"): a capitalised word follows it. */
function startsName(text: string, tokens: readonly Token[]): boolean {
	const [first, next] = tokens;
	if (!first || !next || STOPWORDS.has(first.word) || QUESTION_WORDS.has(first.word)) return false;
	return text.slice(first.end, next.start).trim() === '' && /^\p{Lu}/u.test(text.charAt(next.start));
}

/** Whether two or more small words after the first are capitalised ("What Did Anna Say About It?"). */
function titleCase(text: string, tokens: readonly Token[]): boolean {
	let small = 0;
	for (const token of tokens.slice(1))
		if ((STOPWORDS.has(token.word) || QUESTION_WORDS.has(token.word)) && /^\p{Lu}/u.test(text.charAt(token.start)))
			small++;
	return small >= 2;
}
