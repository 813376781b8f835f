import { synonymStems } from './synonymStems.ts';
import { contentStems } from './tokenize.ts';

/**
 * "What's the name of the manager who quit?", "who was the nurse that found him": the one asked, picked out by a deed
 * in a clause after "who", "that" or "whose".
 */
const RELATIVE_DEED =
	/^\s*(?:who|whos|who['’]s|what(?:['’]?s|s|\s+(?:is|was|are|were|r))?\s+(?:the\s+)?names?\s+of)\b.*?\b(?:the|a|an|that)\s+(?:[\p{L}-]+\s+){0,2}?(?:who|whose)\s+(.+)$/iu;
/** Words of a deed that say nothing of which deed: "got", "had", "was". */
const EMPTY = new Set(
	contentStems('get got gotten had has have was were is are been be did do does went go make made take took'),
);

/**
 * Whether a question picks out the one asked by a deed ("the manager who quit") and the sentence holds none of the
 * deed's words nor their synonyms ("said manager Ruth Okonedo"): someone else of that kind, or the deed untold.
 *
 * @example
 * relativeDeedUnsaid("whats the name of the manager who quit", 'said manager Ruth Okonedo.'); // true
 */
export function relativeDeedUnsaid(question: string, sentence: string): boolean {
	const deed = RELATIVE_DEED.exec(question)?.[1];
	if (!deed) return false;
	const words = contentStems(deed).filter((s) => !EMPTY.has(s));
	if (words.length === 0) return false;
	const written = new Set(contentStems(sentence));
	return !words.some((w) => written.has(w) || synonymStems(w).some((s) => written.has(s)));
}
