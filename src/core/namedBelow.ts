import type { AnswerContext } from './AnswerContext.ts';
import { whichPersonNoun } from './asksWhichPerson.ts';
import { describesPerson } from './findTitle.ts';
import type { IndexedSentence } from './IndexedSentence.ts';
import type { ShortAnswer } from './ShortAnswer.ts';
import { stem } from './tokenize.ts';

/** A name of two or more capitalised words, with their particles: "Sanne de Graaf", "Jozef Hric". */
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:van|von|der|de|da|di|del|la|le|al|bin)\s+)*\p{Lu}[\p{L}'’-]+)+`;
/** "The 72-year-old, Klaas Bakker, said…": someone told of before, named now. */
const AGED_BACK = new RegExp(String.raw`^The\s+\d{1,3}-year-old(?:\s+\p{Ll}+){0,2},\s+(${NAME}),`, 'u');
/** "Henrik Solstad, 36, works…", "Sanne de Graaf, who has…", "Tom Hegarty (67) said…": a person named with an aside. */
const NAMED_ASIDE = new RegExp(
	String.raw`^(${NAME})(?:,\s+\d{1,3},|,\s+who\s+(?!were|are|have)\p{Ll}|\s+\(\d{1,3}\))`,
	'u',
);
/** A sentence whose subject is a pronoun ("She won the junior sculls."): told of someone named before, not after. */
const PRONOUN_SUBJECT = /^\W*(?:he|she|they|it|we|i)\b/i;

/** Kinds of person asked for by name: a doer's ending ("keeper", "volunteer", "student", "pharmacist"), or one of these. */
const PERSON_KIND =
	/^(?:\p{Ll}+(?:er|eer|or|ist|ent|ant|ian)s?|victims?|survivors?|witness(?:es)?|girls?|boys?|m[ae]n|wom[ae]n|child(?:ren)?|pupils?|guides?|chefs?|fans?|nurses?|staff)$/u;

/**
 * The person the next sentence of its paragraph opens by naming, when sentence `index` tells of someone without a
 * name: "A 12-year-old girl from the Netherlands won the junior competition. Sanne de Graaf, who…" answers "who won
 * the junior competition?" with "Sanne de Graaf" (shown with both sentences, see withSpeakerSentence). Undefined
 * when the sentence names a person itself or tells of one by a pronoun, the next one does not open with a name, or
 * `asked` (the kind whose name is asked) is no kind of person ("companies", "gang").
 *
 * @example
 * namedBelow(context, index)?.phrase.text; // 'Sanne de Graaf'
 */
export function namedBelow(context: AnswerContext, index: number, asked?: string): ShortAnswer | undefined {
	const { corpus } = context;
	if (asked && !(describesPerson(asked) || PERSON_KIND.test(asked))) return undefined;
	const here = corpus.sentence(index);
	if (!here || PRONOUN_SUBJECT.test(here.ref.quote)) return undefined;
	if ([...(context.entityKinds.get(index)?.values() ?? [])].includes('person')) return undefined;
	const next = index + 1 < corpus.sentenceCount ? corpus.sentence(index + 1) : undefined;
	if (!next || next.paragraphIndex !== here.paragraphIndex) return undefined;
	const name = (AGED_BACK.exec(next.ref.quote) ?? NAMED_ASIDE.exec(next.ref.quote))?.[1];
	// "Medisol Chief Executive Nina Kranjc, 46,": a title before the name; whose it is, the sentence above may not say.
	if (!name || name.split(/\s+/).some((word) => describesPerson(word))) return undefined;
	const end = here.ref.quote.length;
	return { phrase: { text: name, start: end, end, typed: true }, fit: 1 };
}

/**
 * "Which volunteer has been at every count?" of "One volunteer has taken part in every count": the sentence tells of
 * one of the kind asked without a name, which the next sentence may give (namedBelow); undefined otherwise.
 */
export function oneOfTheKind(
	question: string,
	sentence: IndexedSentence,
	index: number,
	context: AnswerContext,
): ShortAnswer | undefined {
	const kind = whichPersonNoun(question);
	const kindStem = kind && stem(kind.toLowerCase());
	return kindStem && sentence.tokens.some((t) => t.stem === kindStem) ? namedBelow(context, index, kind) : undefined;
}
