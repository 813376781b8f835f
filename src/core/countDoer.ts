import { contentStems, STOPWORDS, stem, tokenize } from './tokenize.ts';

/** "did X score", "has X sold": the words after the auxiliary, X and its verb among them. */
const AFTER_AUXILIARY = /\b(?:did|does|do|has|have|had|will|would|could)\s+([^?!.]+)/iu;
const DETERMINER = /^(?:the|a|an|each|every|its|his|her|their|this|that|these|those|my|your|our)$/iu;
/** Capitalised words ending the text, not a sentence's opening article: "Opposite hitter Larissa Moura". */
const NAME_AT_END =
	/(?:^|\s)(?!(?:The|A|An|Its|His|Her|Their|This|That)\s*$)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s*$/u;
/** "ordered Valmont to": a verb of making someone do, a name, "to"; the name is the doer of the verb after it. */
const ORDERED_TO =
	/(\b(?:ordered|told|forced|required|allowed|urged|asked|instructed|compelled|obliged|directed)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3})to\s*$/u;
/** How far before a count its verb and doer are looked for, in characters. */
const LOOK_BACK = 120;
/** An age in commas after a name, and what opens the doer's clause. */
const AGE_APPOSITION = /,\s*\d{1,3},?\s*$/u;
const CLAUSE_OPENING = /^.*(?:[,;:(]|\b(?:that|which|who|and|but|while|as|after|when|said|says)\b)\s*/isu;

/**
 * Whether a "how many X did <doer> <verb>?" question is answered by a count whose own doer, right before the same
 * verb, is someone else the question does not name ("how many points did Renata Fagundes score" of "Larissa Moura,
 * 26, scored 34 points, … a block on Renata Fagundes"), while the asked doer is named in the same paragraph
 * (`nearby`: its stems, made only when needed), so the report speaks of them in another role; or named elsewhere in
 * the `report` (its terms, and its text read only when needed) and never in one name with the doer ("Maya Okafor").
 *
 * @example
 * otherCountDoer('how many points did ana silva score', 'Mia Berg, 26, scored 34 points.', 22, () => ['ana', 'silva']); // true
 */
export function otherCountDoer(
	question: string,
	sentence: string,
	countStart: number,
	nearby: () => Iterable<string>,
	report?: { has(stem: string): boolean; text(): string },
): boolean {
	const words = AFTER_AUXILIARY.exec(question)?.[1]?.trim().split(/\s+/) ?? [];
	if (words.length < 2) return false;
	const from = Math.max(0, countStart - LOOK_BACK);
	const before = sentence.slice(from, countStart);
	const tokens = tokenize(before);
	const verb = tokens.at(-1);
	if (!verb || before.slice(verb.end).trim() !== '') return false;
	if (STOPWORDS.has(verb.word)) return false;
	const at = words.findIndex((w, i) => i > 0 && stem(w.toLowerCase()) === verb.stem);
	// "did the workers pay", "does an eco mooring cost": a kind of doer, which a count's named doer may well be.
	if (at < 1 || DETERMINER.test(words[0] ?? '')) return false;
	const asked = contentStems(words.slice(0, at).join(' '));
	// "ordered Valmont to pay 2.1 million euros": the doer of the verb after "to" is the name before it.
	const subject = before
		.slice(0, verb.start)
		.replace(ORDERED_TO, '$1 ')
		.replace(AGE_APPOSITION, '')
		.replace(CLAUSE_OPENING, '');
	const doer = contentStems(subject);
	// The count's own doer is a name right before its verb ("Larissa Moura, 26, scored"), not "The club spent".
	if (asked.length === 0 || doer.length === 0 || !NAME_AT_END.test(subject)) return false;
	const related = (a: string, b: string) => a.length >= 3 && b.length >= 3 && (a.startsWith(b) || b.startsWith(a));
	if (asked.some((a) => doer.some((d) => related(a, d)))) return false;
	const named = new Set(nearby());
	if (asked.every((a) => named.has(a))) return true;
	// "how many goals did hartwell score" of "Okafor, 24, scored 31 goals", in a report of "Hartwell City" signing
	// "Maya Okafor": named elsewhere in the report, never beside the doer's name, so someone else.
	if (!report || !asked.every((a) => report.has(a))) return false;
	const askedWords = contentWords(words.slice(0, at).join(' '));
	const doerWords = contentWords(subject);
	return !namedTogether(report.text(), askedWords, doerWords);
}

/** A run of capitalised words, maybe with a nickname in quotes: "Maya Chiamaka Okafor", "Maya 'Rocket' Okafor". */
const NAME_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:['‘“"]\p{Lu}[\p{L}-]*['’”"]|\p{Lu}[\p{L}'’.-]*))*/gu;

/** Whether the text writes an asked word and a doer's word in one name ("Maya Chiamaka Okafor"): one person. */
function namedTogether(text: string, asked: readonly string[], doer: readonly string[]): boolean {
	for (const run of text.matchAll(NAME_RUN)) {
		if (!run[0].includes(' ')) continue;
		const words = contentWords(run[0]);
		if (words.some((w) => doer.includes(w)) && words.some((w) => asked.includes(w))) return true;
	}
	return false;
}

/** Lowercase words of a text that are no stopwords. */
function contentWords(text: string): string[] {
	return tokenize(text)
		.map((t) => t.word)
		.filter((w) => !STOPWORDS.has(w));
}
