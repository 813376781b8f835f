import type { AnalysedQuestion } from './analyseQuestion.ts';
import { escapeRegExp } from './writesWord.ts';

/** "How many malaria cases…": the word right before the plural noun counted (not "how much land has burned"). */
const KIND_BEFORE_NOUN = /\bhow\s+many\s+(\p{Ll}[\p{L}-]*)\s+\p{Ll}+(?:[^s\s]s|people|children|men|women)\b/u;

/**
 * A word that describes rather than names a kind ("confirmed", "extra", "additional", "official"): a count may well
 * answer it without writing it.
 */
const DESCRIBING =
	/(?:ed|ing|al|ous|ive|ful|less|able|ible|ic|ary|ant|ent|ish|ly|est|er)$|^(?:new|extra|more|other|total|big|small|main|old|young|few|many|much|such|same|own|each|every|any|some)$/u;

/**
 * Whether a count question asks of a kind of a thing the reports never write: "how many malaria cases did Calmira
 * have" where no report says "malaria" (a count of "dengue cases" counts another kind). Not a word the reports know,
 * nor one written capitalised (a name, which other rules weigh), nor one the sentence writes in full ("chemo").
 *
 * @example
 * unknownKind(analyseQuestion('how many malaria cases were there', context)); // true where no report writes "malaria"
 */
export function unknownKind(question: AnalysedQuestion, sentence = ''): boolean {
	const kind = KIND_BEFORE_NOUN.exec(question.text)?.[1]?.toLowerCase();
	if (kind === undefined || DESCRIBING.test(kind)) return false;
	// "chemo appointments" of "chemotherapy appointments": the word shortened, which the sentence writes in full.
	if (kind.length >= 4 && new RegExp(`(?<!\\p{L})${escapeRegExp(kind)}\\p{L}`, 'iu').test(sentence)) return false;
	return question.unknown.some((u) => !u.capitalised && u.word.toLowerCase() === kind);
}
