import type { Steps } from '../core/runSteps.ts';

/** How long one slice of steps may hold the thread before other work gets a turn. */
const SLICE_MS = 4;

/**
 * Runs `steps` (see core/runSteps) to the end in slices of a few milliseconds, letting the event loop run between
 * slices (timers, I/O, other interactions), and resolves with their result; rejects with what a step throws.
 *
 * @example
 * const desk = await runStepsInSlices(restoreFactdeskSteps(state)); // keeps answering meanwhile
 */
export async function runStepsInSlices<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
	let started = performance.now();
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
		if (performance.now() - started >= sliceMs) {
			await new Promise((resolve) => setImmediate(resolve));
			started = performance.now();
		}
	}
}
