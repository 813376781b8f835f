import type { AnswerContext } from './AnswerContext.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/**
 * Whether the name picked from sentence `index` is someone its report gives a role in the words `told` in any
 * sentence, by full name or surname: "Bassi" of "Bassi visited farms" is the president of "Veneto president Luca
 * Bassi said…". Only names: a picked phrase that is no name is nobody the report introduces.
 */
export function roleGivenElsewhere(
	context: Pick<AnswerContext, 'corpus' | 'people'>,
	index: number,
	picked: AnswerPhrase,
	told: RegExp,
): boolean {
	const surname = picked.typed ? picked.text.split(/\s+/).at(-1) : undefined;
	if (!surname || !/^\p{Lu}/u.test(surname)) return false;
	const paragraph = context.corpus.sentence(index)?.paragraphIndex;
	const report = paragraph === undefined ? undefined : context.corpus.paragraphReport[paragraph];
	if (report === undefined) return false;
	const { from, to } = context.corpus.reportSentences(report);
	for (let s = from; s < to; s++)
		for (const person of context.people.get(s) ?? [])
			if (person.text.split(/\s+/).at(-1) === surname && told.test(person.subject ?? '')) return true;
	return false;
}
