import type { AnswerContext } from './AnswerContext.ts';
import { ASKS_AGE, askedPerson } from './askedAge.ts';
import { describesPerson } from './findTitle.ts';
import { peopleNamed } from './peopleNamed.ts';
import type { Answer } from './types.ts';
import { IRREGULAR_FORMS } from './vocabulary.ts';
import { escapeRegExp } from './writesWord.ts';

/** "The 52-year-old German had been…", "The 29-year-old singer, whose…": an age told of someone named before. */
const AGE_OPENER = /^The\s+(\d{1,3})-year-old,?\s+([\p{L}'’-]+)/u;
/** A deed right after the age, no noun: "The 24-year-old beat…", "The 29-year-old was…", "The 19-year-old from…". */
const DEED =
	/^(?:is|was|has|had|will|would|said|says|won|lost|beat|hit|set|cut|quit|put|\p{Ll}+ed|from|of|who|whose)$/u;
/** A verb right after the age: "The 21-year-old took…", "The 24-year-old beat…". */
function isDeed(word: string): boolean {
	return DEED.test(word) || Object.hasOwn(IRREGULAR_FORMS, word);
}

/** The most reports read for such a sentence: those of the sentences the question came closest to. */
const REPORTS = 3;

/**
 * The age of a person asked by name that no sentence gives beside the name, told instead in a sentence that opens
 * with it and describes the person the sentence before names first ("Ashbury Rovers dismissed manager Stefan Kessler on Monday…"
 * then "The 52-year-old German had been in charge for 16 months."), in the reports of the sentences a declined
 * question came closest to. Its chance is `describedAgeConfidence`; its sources are the sentence giving the age, then
 * the one naming the person. Undefined when the question asks something else or no such sentence follows the name.
 *
 * @example
 * ageByDescription('how old is Kessler', declined, context)?.answer; // '52'
 */
export function ageByDescription(question: string, declined: Answer, context: AnswerContext): Answer | undefined {
	if (!ASKS_AGE.test(question)) return undefined;
	const surname = askedPerson(question).at(-1)?.toLowerCase();
	if (!surname) return undefined;
	const { corpus } = context;
	const reports = new Set(declined.alternatives.map((a) => corpus.reportAt(a.source.report)));
	for (const r of [...reports].slice(0, REPORTS)) {
		if (r < 0) continue;
		const { from, to } = corpus.reportSentences(r);
		for (let index = from + 1; index < to; index++) {
			const opener = AGE_OPENER.exec(corpus.quote(index));
			const [, age, word] = opener ?? [];
			if (!age || !word || !(/^\p{Lu}/u.test(word) || describesPerson(word) || isDeed(word))) continue;
			if (!firstNamed(index - 1, surname, context)) continue;
			return {
				...declined,
				answered: true,
				answer: age,
				confidence: context.options.describedAgeConfidence,
				sources: [corpus.ref(index), corpus.ref(index - 1)],
				alternatives: [],
				closestTopics: [],
			};
		}
	}
	return undefined;
}

/**
 * Whether sentence `index` writes the surname, capitalised, with no other person the entity reader found before it:
 * the person the sentence is about.
 */
function firstNamed(index: number, surname: string, context: AnswerContext): boolean {
	const quote = context.corpus.quote(index);
	const at = new RegExp(`(?<!\\p{L})${escapeRegExp(surname)}(?!\\p{L})`, 'iu').exec(quote)?.index;
	if (at === undefined || !/^\p{Lu}/u.test(quote.slice(at))) return false;
	const written = quote.slice(at, at + surname.length);
	return peopleNamed(index, context).every(({ name, start }) => start >= at || name.includes(written));
}
