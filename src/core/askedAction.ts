import { COUNT_ACTIONS } from './vocabulary.ts';

/**
 * The action a count question asks of: the one written first ("How many appointments were cancelled because of the
 * attack?" asks of cancelling, not of the attack).
 *
 * @example
 * askedAction('How many appointments were cancelled because of the attack?'); // 'cancelled'
 */
export function askedAction(question: string): string | undefined {
	let first: { at: number; action: string } | undefined;
	for (const [pattern, action] of COUNT_ACTIONS) {
		const at = pattern.exec(question)?.index;
		if (at !== undefined && (!first || at < first.at)) first = { at, action };
	}
	return first?.action;
}
