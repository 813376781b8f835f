import type { AnswerContext } from './AnswerContext.ts';
import type { AnalysedQuestion } from './analyseQuestion.ts';
import { spelledNumber } from './answerKey.ts';
import { askedNameOf } from './askedNameOf.ts';
import { mayBePeople } from './countedNouns.ts';
import { describesPerson } from './findTitle.ts';
import type { RankedSentence } from './rankSentences.ts';
import type { ShortAnswer } from './ShortAnswer.ts';
import { namesMissingFromParagraph } from './scoreConfidence.ts';
import { stem } from './tokenize.ts';
import { withReportTopic } from './withReportTopic.ts';

/**
 * The questions whose very fact asked is looked for below the fitting depth: a person by the role asked, a time of the
 * event asked. Not counts: the asked side's figure further down more often answers a question the reports leave
 * open (another side's drones), and measured so, it answered more of the questions they do not answer.
 */
export const LOOKS_DEEPER: ReadonlySet<AnalysedQuestion['type']> = new Set(['who', 'when']);

/**
 * The thing, no person, whose name a question asks ("hotel" of "what is the name of the hotel"), as a name ending in
 * it writes it (/\bHotel/): such a question looks below the fitting depth too. Undefined for other questions.
 */
export function thingNamed(question: AnalysedQuestion): RegExp | undefined {
	const thing = question.type === 'other' ? askedNameOf(question.text) : undefined;
	if (!thing) return undefined;
	const capitalised = new RegExp(`\\b${thing.charAt(0).toUpperCase()}${thing.slice(1)}`, 'u');
	// "the elderly man Lopez helped": a name the question writes is no thing named.
	if (capitalised.test(question.text) || describesPerson(thing) || mayBePeople([stem(thing)])) return undefined;
	return capitalised;
}

/**
 * Whether a sentence below the fitting depth is worth reading for the very fact asked: for "who", one that names a
 * person with a role or reports someone's words; for "when", one with a date or a figure (a race time, a length of time);
 * for a thing's name, one that writes the thing's word capitalised (`thing`, from thingNamed).
 */
export function mayGiveFact(
	question: AnalysedQuestion,
	index: number,
	context: AnswerContext,
	thing?: RegExp,
): boolean {
	if (thing) return thing.test(context.corpus.quote(index));
	if (question.type === 'who') return (context.people.get(index)?.length ?? 0) > 0 || context.statements.has(index);
	return context.mentions.of(index).some((m) => m.type === 'date' || m.type === 'number');
}

/**
 * The chance that an answer is right, its fit counted: below the estimate when it does not fit, above it when it is a
 * fact matching the question exactly (see ShortAnswer.matched) and every name or number the question gives is in its
 * paragraph:
 * options.matchedEvidence of the remaining doubt is taken away. The learned model, trained on encyclopaedia questions
 * that rarely ask for a speaker, a role or a side's count, does not weigh these facts itself.
 */
export function withEvidence(
	question: AnalysedQuestion,
	candidate: RankedSentence,
	short: ShortAnswer,
	chance: number,
	context: AnswerContext,
): number {
	const fitted = chance * short.fit;
	if (!short.matched || question.unknown.some((u) => u.capitalised || unknownFigure(u.word, context))) return fitted;
	const sentence = context.corpus.sentence(candidate.index);
	const topic = sentence && withReportTopic(context.corpus, sentence.paragraphIndex);
	// "over the 5 days" of a paragraph that writes "five days": the figure is there, spelled.
	const paragraph = topic && {
		has: (term: string) => topic.has(term) || topic.has(stem(spelledNumber(term) ?? '\u0000')),
	};
	if (namesMissingFromParagraph(question, paragraph) > 0) return fitted;
	return fitted + (1 - fitted) * context.options.matchedEvidence;
}

/** A figure of the question the reports never give, in digits or, for "5", as "five". */
function unknownFigure(word: string, context: AnswerContext): boolean {
	const spelled = spelledNumber(word);
	return /\d/.test(word) && !(spelled && context.questionContext.stems.has(stem(spelled)));
}
