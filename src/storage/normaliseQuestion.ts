/** Longest question kept in the unanswered log, in characters. */
export const MAX_LOGGED_QUESTION = 500;

/**
 * The form two askings of the same question share: Unicode-normalised, lower case, whitespace collapsed.
 *
 * @example
 * normaliseQuestion('  How MANY\n drones? '); // 'how many drones?'
 */
export function normaliseQuestion(question: string): string {
	return question.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim().slice(0, MAX_LOGGED_QUESTION);
}
