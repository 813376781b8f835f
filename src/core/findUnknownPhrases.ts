import { STOPWORDS, stem, type Token } from './tokenize.ts';

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
 * "Twilight Princess"): the question likely names something they do not. A comma, colon or possessive ends a name.
 *
 * @example
 * findUnknownPhrases('Who is Newman Thomas?', tokenize('Who is Newman Thomas?'), lookup); // ['Newman Thomas']
 */
export function findUnknownPhrases(text: string, tokens: readonly Token[], lookup: PhraseLookup): string[] {
	const { hasPhrase } = lookup;
	if (!hasPhrase) return [];
	const runs: Token[][] = [];
	let run: Token[] = [];
	const close = () => {
		if (run.length > 1) runs.push(run);
		run = [];
	};
	for (const token of tokens) {
		const surface = text.slice(token.start, token.end);
		const capitalised = token.start > 0 && /^\p{Lu}/u.test(surface);
		const previous = run.at(-1);
		if (!capitalised || (previous && text.slice(previous.end, token.start).trim() !== '')) close();
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
