import type { Factdesk } from '../core/Factdesk.ts';

/**
 * Asks the questions one per turn of the event loop, so a call posted meanwhile waits for one question at most;
 * `done` is told when the last has been asked.
 *
 * @example
 * askBetweenCalls(factdesk, warmUpQuestions(factdesk, 500));
 */
export function askBetweenCalls(
	factdesk: Pick<Factdesk, 'ask'>,
	questions: readonly string[],
	done: () => void = () => {},
	at = 0,
): void {
	if (at >= questions.length) {
		done();
		return;
	}
	setImmediate(() => {
		factdesk.ask(questions[at] ?? '');
		askBetweenCalls(factdesk, questions, done, at + 1);
	});
}
