import type { AnalysedQuestion } from './analyseQuestion.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { contentStems } from './tokenize.ts';

/**
 * A clause of another deed opening before a date: "after completing a medical", "before boarding the ferry"; not a
 * deed at the same time ("while training", "when landing"), nor a noun in -ing ("after evening prayers").
 */
const GERUND_CLAUSE =
	/\b(?:after|before|following)\s+(?!(?:morning|evening|spring|during|nothing|something|anything|everything|building|meeting|ceiling|string|king|ring|wing|thing|hearing|ruling|funding|training|wedding|landing|opening|closing|sitting|briefing|shooting|bombing|killing|flooding)\b)\p{Ll}{2,}ing\s+(?:a|an|the|his|her|their|its|my|our|your)\s[^,;:()–—]*$/u;
/** How far before a date its clause's opening is looked for, in characters. */
const CLAUSE_CHARS = 80;

/**
 * Whether the date picked for a "when" question stands in a clause of another deed ("Okafor is expected to make her
 * debut in that game after completing a medical on Tuesday" for "when is her debut expected"): the clause holds none
 * of the question's words, which the rest of the sentence does hold.
 *
 * @example
 * gerundClauseDate(analyseQuestion('when is her debut expected', …), 'She will debut after completing a medical on Tuesday.', phraseOf('on Tuesday')); // true
 */
export function gerundClauseDate(question: AnalysedQuestion, quote: string, picked: AnswerPhrase): boolean {
	const from = Math.max(0, picked.start - CLAUSE_CHARS);
	const clause = GERUND_CLAUSE.exec(quote.slice(from, picked.start));
	if (!clause) return false;
	const opens = from + clause.index;
	const asked = new Set(question.terms.filter((t) => t.weight === 1).map((t) => t.stem));
	const inClause = contentStems(quote.slice(opens, picked.end));
	const outside = contentStems(`${quote.slice(0, opens)} ${quote.slice(picked.end)}`);
	return !inClause.some((s) => asked.has(s)) && outside.some((s) => asked.has(s));
}
