import type { Logger } from '../logger.ts';
import { serviceText } from './serviceText.ts';

/** How long one shutdown step may take before the bot logs it and goes on, so SIGTERM always ends the process. */
export const SHUTDOWN_STEP_MS = 4_000;

/**
 * Waits for one shutdown step (closing the health server, the engine, the Discord client, a store), at most `ms`;
 * a step that takes longer is logged by name and left behind, so one stuck close cannot keep the process alive.
 */
export async function boundedStep(
	logger: Logger,
	name: string,
	work: () => Promise<unknown>,
	ms = SHUTDOWN_STEP_MS,
): Promise<void> {
	let timer: NodeJS.Timeout | undefined;
	const late = new Promise<void>((done) => {
		timer = setTimeout(() => {
			logger.warn({ step: name, ms }, serviceText.shutdownStepLate);
			done();
		}, ms);
	});
	try {
		await Promise.race([work(), late]);
	} finally {
		clearTimeout(timer);
	}
}
