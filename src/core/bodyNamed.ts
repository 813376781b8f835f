import type { AnswerContext } from './AnswerContext.ts';
import { NATIONALITY } from './mentionPatterns.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { datelineEnd } from './pickClause.ts';

/**
 * The first name sentence `index` gives past its dateline, other than `picked`, that is no place's, person's or
 * people's: a body's ("Skyward Meadow Flights, which … runs three balloons from its base in Pellow").
 */
export function bodyNamed(context: AnswerContext, index: number, picked: AnswerPhrase): AnswerPhrase | undefined {
	const kinds = context.entityKinds.get(index);
	const opening = datelineEnd(context.corpus.quote(index));
	const found = context.mentions
		.of(index)
		.find(
			(m) =>
				m.type === 'name' &&
				m.start >= opening &&
				m.start !== picked.start &&
				kinds?.get(m.start) !== 'place' &&
				kinds?.get(m.start) !== 'person' &&
				!NATIONALITY.test(m.text),
		);
	return found && { text: found.text, start: found.start, end: found.end, typed: true };
}
