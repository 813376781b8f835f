import type { AnswerContext } from './AnswerContext.ts';
import type { NamedSpan } from './leaderRoles.ts';

/**
 * The people sentence `index` names, with or without a role, where they stand; with `unkinded`, also the names written
 * as a person's ("Kate Morrison") that no fact gave a kind.
 */
export function namedPeople(context: AnswerContext, index: number, unkinded = false): NamedSpan[] {
	const kinds = context.entityKinds.get(index);
	if (!kinds && !unkinded) return [];
	const quote = context.corpus.quote(index);
	const names: NamedSpan[] = [];
	context.mentions.eachSpan(index, (start, end) => {
		const kind = kinds?.get(start);
		if (kind === 'person' || (unkinded && kind === undefined && NAME_LIKE.test(quote.slice(start, end))))
			names.push({ text: quote.slice(start, end), span: [start, end] });
	});
	return names;
}

/** Two or three capitalised words, as a person's name is written: "Kate Morrison". */
const NAME_LIKE = /^\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}$/u;
