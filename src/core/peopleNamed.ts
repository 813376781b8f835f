import type { AnswerContext } from './AnswerContext.ts';

/** A person's name where the entity reader found one: "Stefan Kessler", "Daniel Okafor". */
const NAME_AT = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/u;

/**
 * The people sentence `index` names, as the entity reader found them, in the order it lists them: each one's name
 * and where it starts.
 *
 * @example
 * peopleNamed(index, context); // [{ name: 'Daniel Okafor', start: 52 }]
 */
export function peopleNamed(index: number, context: AnswerContext): { name: string; start: number }[] {
	const quote = context.corpus.quote(index);
	return [...(context.entityKinds.get(index) ?? [])]
		.filter(([, kind]) => kind === 'person')
		.map(([start]) => ({ name: NAME_AT.exec(quote.slice(start))?.[0] ?? '', start }));
}
