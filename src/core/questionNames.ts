import { normaliseWord, STOPWORDS, stem } from './tokenize.ts';

/** A capitalised word, or a short abbreviation ("St.", "Mt."). */
export const CAPITALISED = "(?:\\p{Lu}\\p{Ll}{0,2}\\.|\\p{Lu}[\\p{L}\\d’'-]*)";
/** Capitalised words, "of" between: "Mercy Hospital", "Bank of England". */
export const NAME = `${CAPITALISED}(?:\\s+(?:of\\s+)?${CAPITALISED})*`;

const NAME_RUN = new RegExp(NAME, 'gu');
/** A name right after the thing's word, a word between at most: "brother-in-law Nils Berglund", "wife, Anna Berglund". */
export const NAME_NEXT = new RegExp(`^,?\\s+(?:(?!of\\s)[\\p{Ll}'’-]+\\s+)?(${NAME})`, 'u');

/**
 * The words of the names a sentence shares with the question: "Derek Mallinson" of "Mallinson's brother-in-law",
 * "the List of World Heritage in Danger" of "the danger list". They name what the question names, not the thing.
 */
export function namesOfTheQuestion(sentence: string, questionStems: ReadonlySet<string>): Set<string> {
	const words = new Set<string>();
	for (const run of sentence.matchAll(NAME_RUN)) {
		const parts = run[0].split(/\s+/).filter((w) => w !== 'of');
		if (parts.length > 1 && parts.some((w) => questionStems.has(stem(normaliseWord(w)))))
			for (const w of parts) words.add(w);
	}
	return words;
}

/**
 * Whether an "of" phrase follows the thing and may tell it apart ("schools of law, medicine"); not one of the
 * question's own words ("a strain of bird flu" for "which strain of bird flu").
 */
export function tellsApart(rest: string, questionStems: ReadonlySet<string>): boolean {
	const words = /^\s+of\s+((?:[\p{L}-]+\s*){1,3})/u.exec(rest)?.[1]?.trim().split(/\s+/);
	const end = words?.findIndex((w) => OF_PHRASE_END.test(w)) ?? -1;
	const own = (end < 0 ? words : words?.slice(0, end))?.filter((w) => !STOPWORDS.has(w.toLowerCase()));
	return !!own?.length && !own.every((w) => questionStems.has(stem(normaliseWord(w))));
}

const OF_PHRASE_END =
	/^(?:is|are|was|were|has|have|had|in|on|at|by|for|to|and|or|that|which|who|with|from|after|before|as|than)$/iu;
