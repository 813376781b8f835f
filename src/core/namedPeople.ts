import type { AnswerContext } from './AnswerContext.ts';
import type { NamedSpan } from './leaderRoles.ts';

/** The people sentence `index` names, with or without a role, where they stand. */
export function namedPeople(context: AnswerContext, index: number): NamedSpan[] {
	const kinds = context.entityKinds.get(index);
	if (!kinds) return [];
	const quote = context.corpus.quote(index);
	const names: NamedSpan[] = [];
	context.mentions.eachSpan(index, (start, end) => {
		if (kinds.get(start) === 'person') names.push({ text: quote.slice(start, end), span: [start, end] });
	});
	return names;
}
