import type { AnswerContext } from './AnswerContext.ts';
import { ASKS_AGE } from './askedAge.ts';
import { describesPerson } from './findTitle.ts';
import { peopleNamed } from './peopleNamed.ts';
import type { Answer } from './types.ts';
import { escapeRegExp } from './writesWord.ts';

/** The thing "How old is X?" asks about: "the zoo", "vardholm fc", "the police department". */
const ASKED_THING =
	/\bhow\s+old\s+(?:is|was|are|were)\s+(?:the\s+|this\s+|that\s+)?(.+?)(?:\s+(?:who|that|which|they|he|she|we|you|i|in|at|on|of|when|now|today|exactly)\b.*)?[\s?!.]*$/iu;
/** A body's age told by its past: "our 112-year history", "the company's 22-year history". */
const HISTORY = /\b(\d{1,3}(?:,\d{3})?)-year\s+(?:history|existence)\b/u;
/** An owner of the history that stands for a body named elsewhere: "in its 31-year history", "in our …". */
const POSSESSIVE = /\b(?:its|our|their)\s+$/iu;
/** A person or thing the question names by a pronoun only, which no history can be told apart by. */
const PRONOUN = /^(?:he|she|it|they|him|her|them|you|we|i|this|that)$/iu;
/** The most reports read for such a sentence: those of the sentences the question came closest to. */
const REPORTS = 3;

/**
 * The age of a body or event asked by "How old is the zoo?", told by the length of its history in the reports of the
 * ranking's answer and alternatives, whatever the ranking answered (it reads "history" as no age): "the company's 22-year history", "in the 94-year history of the league", or "in our 112-year history" and
 * "in its 31-year history" where the sentence or the one before names the thing. The answer is the years ("112
 * years"); its chance is `historyAgeConfidence`. Undefined when the question asks something else, asks a person's
 * age ("how old is the coach"), or no sentence gives such a history.
 *
 * @example
 * historyAge('how old is the zoo', direct, context)?.answer; // '112 years'
 */
export function historyAge(question: string, direct: Answer, context: AnswerContext): Answer | undefined {
	if (!ASKS_AGE.test(question)) return undefined;
	const thing = ASKED_THING.exec(question)?.[1]?.trim().toLowerCase();
	const head = thing?.split(/\s+/).pop();
	if (!thing || !head || describesPerson(head) || PRONOUN.test(thing)) return undefined;
	const { corpus } = context;
	const names = new RegExp(`(?<!\\p{L})(?:${escapeRegExp(thing)}|${escapeRegExp(head)})(?!\\p{L})`, 'iu');
	const owned = new RegExp(`(?<!\\p{L})(?:${escapeRegExp(thing)}|${escapeRegExp(head)})['’]s\\s+$`, 'iu');
	const near = [...direct.sources, ...direct.alternatives.map((a) => a.source)];
	const reports = new Set(near.map((source) => corpus.reportAt(source.report)));
	for (const r of [...reports].slice(0, REPORTS)) {
		if (r < 0) continue;
		const { from, to } = corpus.reportSentences(r);
		// "how old was walsh when she joined": one the report names as a person is no body.
		if (namesPerson(head, from, to, context)) continue;
		for (let index = from; index < to; index++) {
			const quote = corpus.quote(index);
			const history = HISTORY.exec(quote);
			if (!history?.[1]) continue;
			const before = quote.slice(0, history.index);
			const after = quote.slice(history.index + history[0].length);
			const ofThing = /^\s+of\s+/u.test(after) && names.test(after.slice(0, 60));
			const told =
				owned.test(before) ||
				ofThing ||
				(POSSESSIVE.test(before) && (names.test(quote) || (index > from && names.test(corpus.quote(index - 1)))));
			if (!told) continue;
			return {
				...direct,
				answered: true,
				answer: `${history[1]} years`,
				confidence: context.options.historyAgeConfidence,
				sources: [corpus.ref(index)],
				alternatives: [],
				closestTopics: [],
			};
		}
	}
	return undefined;
}

/** Whether a sentence from `from` to `to` names a person with the word among their names. */
function namesPerson(word: string, from: number, to: number, context: AnswerContext): boolean {
	for (let index = from; index < to; index++)
		if (peopleNamed(index, context).some(({ name }) => name.toLowerCase().split(/\s+/).includes(word))) return true;
	return false;
}
