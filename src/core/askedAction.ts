import { COUNT_ACTIONS } from './vocabulary.ts';

/** Words that put an action in a clause of cause or setting: "because of the attack", "in the strikes". */
const SETTING_BEFORE =
	/\b(?:because\s+of|due\s+to|after|before|during|following|over|in|at|from|since|by)\s+(?:(?:the|a|an|this|that|last|its|their)\s+)?(?:[\p{L}-]+\s+)?$/iu;

/** Words an action's pattern meets that tell no deed in a question: "involved", "involving". */
const NOT_DEEDS = /^involv\w*$/iu;

/**
 * The action a count question asks of: the first of COUNT_ACTIONS it writes outside a clause of cause or setting
 * ("How many appointments were cancelled because of the attack?" asks of cancelling, not of the attack); one written
 * only there when there is no other.
 *
 * @example
 * askedAction('How many appointments were cancelled because of the attack?'); // 'cancelled'
 */
export function askedAction(question: string): string | undefined {
	let fallback: string | undefined;
	for (const [pattern, action] of COUNT_ACTIONS) {
		const match = pattern.exec(question);
		// "How many rescuers were involved?": "involved" tells no deed in a question, as it does of drones in a report.
		if (!match || NOT_DEEDS.test(match[0])) continue;
		if (!SETTING_BEFORE.test(question.slice(Math.max(0, match.index - 40), match.index))) return action;
		fallback ??= action;
	}
	return fallback;
}
