/**
 * A computation done in small steps: a generator that yields between steps and returns its result. Driven by
 * runSteps at once, or by an adapter that lets other work run between steps (a long restore that must not block).
 */
export type Steps<T> = Generator<void, T, void>;

/**
 * Runs `steps` to the end without pausing and returns their result.
 *
 * @example
 * const desk = runSteps(restoreFactdeskSteps(state)); // the same engine as restoreFactdesk(state)
 */
export function runSteps<T>(steps: Steps<T>): T {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}
