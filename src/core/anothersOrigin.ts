import { contentStems } from './tokenize.ts';

const ORIGIN = 'founded|established|set\\s+up|formed|built|opened|launched|created|born|started|incorporated';
/** "When was Air Lagune founded?": the start of something asked. */
const ORIGIN_ASKED = new RegExp(`\\b(?:${ORIGIN})\\b`, 'iu');
/** "Volta, founded in ", "Harlan Mills, which was built in ": a name, then its start in a clause of its own. */
const OWNED_ORIGIN = new RegExp(
	`(\\p{Lu}[\\p{L}’'&.-]*(?:\\s+(?:of\\s+|&\\s+)?\\p{Lu}[\\p{L}’'&.-]*)*),\\s+(?:(?:which|who)\\s+was\\s+)?(?:first\\s+)?(?:${ORIGIN})\\s+(?:in|on)\\s+$`,
	'u',
);

/**
 * Whether the date at `start` is the start of another name than the one a question asks of, told in a clause beside
 * that name: "when was Air Lagune founded" of "Volta, founded in 2006, carried 2.9 million passengers, while Air Lagune…".
 *
 * @example
 * anothersOrigin('when was air lagune founded', 'Volta, founded in 2006, flies more than Air Lagune.', 18); // true
 */
export function anothersOrigin(question: string, sentence: string, start: number): boolean {
	if (!ORIGIN_ASKED.test(question)) return false;
	const owner = OWNED_ORIGIN.exec(sentence.slice(Math.max(0, start - 80), start))?.[1];
	if (!owner) return false;
	const asked = new Set(contentStems(question));
	if (contentStems(owner).some((word) => asked.has(word))) return false;
	// "the main stadium" of "Harbor Arena, which was built in 1971": a thing asked by no name may be that one.
	const names = sentence.match(/\p{Lu}[\p{L}’'&.-]*(?:\s+\p{Lu}[\p{L}’'&.-]*)*/gu) ?? [];
	return names.some((name) => name !== owner && contentStems(name).some((word) => asked.has(word)));
}
