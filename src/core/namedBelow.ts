import type { AnswerContext } from './AnswerContext.ts';
import { describesPerson } from './findTitle.ts';
import type { ShortAnswer } from './ShortAnswer.ts';

/** A name of two or more capitalised words, with their particles: "Sanne de Graaf", "Jozef Hric". */
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:van|von|der|de|da|di|del|la|le|al|bin)\s+)*\p{Lu}[\p{L}'’-]+)+`;
/** "The 72-year-old, Klaas Bakker, said…": someone told of before, named now. */
const AGED_BACK = new RegExp(String.raw`^The\s+\d{1,3}-year-old(?:\s+\p{Ll}+){0,2},\s+(${NAME}),`, 'u');
/** "Henrik Solstad, 36, works…", "Sanne de Graaf, who has…", "Tom Hegarty (67) said…": a person named with an aside. */
const NAMED_ASIDE = new RegExp(String.raw`^(${NAME})(?:,\s+\d{1,3},|,\s+who\s|\s+\(\d{1,3}\))`, 'u');

/** Kinds of thing a person's name does not answer. */
const BODY =
	/^(?:compan(?:y|ies)|firms?|airlines?|banks?|clubs?|teams?|agenc(?:y|ies)|organi[sz]ations?|unions?|part(?:y|ies)|bands?|groups?|manufacturers?|makers?|suppliers?|contractors?|operators?|charit(?:y|ies)|broadcasters?|publishers?|labels?|universit(?:y|ies)|schools?|hospitals?|ships?|vessels?|towns?|cities|city|villages?|countr(?:y|ies)|streets?|songs?|books?|films?|albums?|products?|brands?|drugs?)$/i;

/**
 * The person the next sentence of its paragraph opens by naming, when sentence `index` tells of someone without a
 * name: "A 12-year-old girl from the Netherlands won the junior competition. Sanne de Graaf, who…" answers "who won
 * the junior competition?" with "Sanne de Graaf" (shown with both sentences, see withSpeakerSentence). Undefined
 * when the sentence names a person itself, the next one does not open with a name, or `asked` (the kind of thing
 * whose name is asked) is a body ("companies").
 *
 * @example
 * namedBelow(context, index)?.phrase.text; // 'Sanne de Graaf'
 */
export function namedBelow(context: AnswerContext, index: number, asked?: string): ShortAnswer | undefined {
	const { corpus } = context;
	if (asked && BODY.test(asked)) return undefined;
	const here = corpus.sentence(index);
	if (!here || [...(context.entityKinds.get(index)?.values() ?? [])].includes('person')) return undefined;
	const next = index + 1 < corpus.sentenceCount ? corpus.sentence(index + 1) : undefined;
	if (!next || next.paragraphIndex !== here.paragraphIndex) return undefined;
	const name = (AGED_BACK.exec(next.ref.quote) ?? NAMED_ASIDE.exec(next.ref.quote))?.[1];
	// "Medisol Chief Executive Nina Kranjc, 46,": a title before the name; whose it is, the sentence above may not say.
	if (!name || name.split(/\s+/).some((word) => describesPerson(word))) return undefined;
	const end = here.ref.quote.length;
	return { phrase: { text: name, start: end, end, typed: true }, fit: 1 };
}
