import type { AnswerContext } from './AnswerContext.ts';
import { whichPersonNoun } from './asksWhichPerson.ts';
import { describesPerson } from './findTitle.ts';
import type { IndexedSentence } from './IndexedSentence.ts';
import type { ShortAnswer } from './ShortAnswer.ts';
import { stem } from './tokenize.ts';
import { isHeadlineSentence } from './withReportTopic.ts';

/** A name of two or more capitalised words, with their particles: "Sanne de Graaf", "Jozef Hric". */
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:van|von|der|de|da|di|del|la|le|al|bin)\s+)*\p{Lu}[\p{L}'’-]+)+`;
/** "The 72-year-old, Klaas Bakker, said…": someone told of before, named now. */
const AGED_BACK = new RegExp(String.raw`^The\s+\d{1,3}-year-old(?:\s+\p{Ll}+){0,2},\s+(${NAME}),`, 'u');
/**
 * "Henrik Solstad, 36, works…", "Sanne de Graaf, who has…", "Elodie Sarrazin, a member of…", "Tom Hegarty (67)
 * said…": a person named with an aside.
 */
const NAMED_ASIDE = new RegExp(
	String.raw`^(${NAME})(?:,\s+\d{1,3},|,\s+who\s+(?!were|are|have)\p{Ll}|,\s+(?:a|an)\s+\p{Ll}|\s+\(\d{1,3}\))`,
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
 * when the sentence names a person itself (unless `others`: the one it names is not the one asked) or tells of one
 * by a pronoun, the next one does not open with a name, or `asked` (the kind whose name is asked) is no kind of person
 * ("companies", "gang").
 *
 * @example
 * namedBelow(context, index)?.phrase.text; // 'Sanne de Graaf'
 */
export function namedBelow(
	context: AnswerContext,
	index: number,
	asked?: string,
	others = false,
): ShortAnswer | undefined {
	const { corpus } = context;
	if (asked && !(describesPerson(asked) || PERSON_KIND.test(asked))) return undefined;
	const here = corpus.sentence(index);
	if (!here || PRONOUN_SUBJECT.test(here.ref.quote)) return undefined;
	if (!others && [...(context.entityKinds.get(index)?.values() ?? [])].includes('person')) return undefined;
	const next = index + 1 < corpus.sentenceCount ? corpus.sentence(index + 1) : undefined;
	// "A 26-year-old understudy replaced the star… ¶ Elodie Sarrazin, a member of…": a lede's last sentence, named in
	// the next paragraph's first (a news story's delayed name).
	if (!next || next.paragraphIndex > here.paragraphIndex + 1) return undefined;
	// A headline's next paragraph is its story, which tells who did it in a sentence of its own.
	if (next.paragraphIndex !== here.paragraphIndex && isHeadlineSentence(corpus, index)) return undefined;
	const name = (AGED_BACK.exec(next.ref.quote) ?? NAMED_ASIDE.exec(next.ref.quote))?.[1];
	// "Medisol Chief Executive Nina Kranjc, 46,": a title before the name; whose it is, the sentence above may not say.
	// "Pilots Henrik Aas, 52,": a plural title too.
	if (!name || name.split(/\s+/).some((word) => describesPerson(word) || describesPerson(word.replace(/s$/u, ''))))
		return undefined;
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
