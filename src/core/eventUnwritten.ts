import { synonymStems } from './synonymStems.ts';
import { contentStems, type Token } from './tokenize.ts';

/** "Who won the women's doubles?", "who won best float this year": the event whose winner is asked. */
const WON_EVENT =
	/^\s*who\s+(?:won|wins|took|claimed)\s+(?:the\s+)?(.+?)(?:\s+(?:last|this|next)\s+(?:year|season|week|month|time)|\s+in\s+the\s+end|\s+(?:in|of)\s+\d{4})?\s*[?!.]*\s*$/iu;
/** Words of any event, which a report may write otherwise ("the marathon" for "the race"). */
const ANY_EVENT = new Set(
	contentStems(
		'race event title prize award competition contest match game final trophy cup medal gold overall championship category division class tournament',
	),
);

/**
 * For "who won the women's doubles", whether a sentence leaves out a word that tells the event apart ("women",
 * "doubles"; not "race" or "title", which any event may be called), neither it nor a synonym written there: its
 * winner is another event's ("Elena Varga won the singles").
 *
 * @example
 * eventUnwritten("who won the wheelchair race", tokensOf("Daniel Kiprono won the men's race in 2:11:04.")); // true
 */
export function eventUnwritten(question: string, tokens: readonly Token[]): boolean {
	const event = WON_EVENT.exec(question)?.[1];
	if (!event) return false;
	// "ice-hockey" writes "hockey".
	const told = new Set(
		tokens.flatMap((t) => (t.word.includes('-') ? [t.stem, ...contentStems(t.word.replaceAll('-', ' '))] : [t.stem])),
	);
	return contentStems(event)
		.filter((word) => !ANY_EVENT.has(word))
		.some((word) => !told.has(word) && !synonymStems(word).some((other) => told.has(other)));
}
