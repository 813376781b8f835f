import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'pino';
import { UserError } from '../core/errors.ts';
import type { Answer } from '../core/types.ts';
import type { Metrics, Outcome } from '../service/Metrics.ts';
import { serviceText } from '../service/serviceText.ts';

export interface TrackedInteraction {
	command: string;
	guild: string | null;
	channel: string | null;
}

interface Record extends TrackedInteraction {
	answered?: boolean;
	confidence?: number;
	question?: string;
}

/**
 * Counts, times and logs each interaction once, when it ends: one info line with the command, server, channel,
 * outcome, latency and (for a question) the confidence; the question's text only when `logQuestions` is set.
 * askQuestion notes the answer of the interaction it runs in (found through AsyncLocalStorage, so no handler has
 * to pass it along).
 *
 * @example
 * await tracker.track({ command: 'ask', guild, channel }, () => command.execute(interaction, ctx));
 * // {"level":30,"command":"ask","guild":"…","outcome":"answered","latencyMs":4.1,"confidence":0.76,"msg":"interaction"}
 */
export class InteractionTracker {
	readonly #current = new AsyncLocalStorage<Record>();

	constructor(
		private readonly logger: Logger,
		private readonly metrics?: Metrics,
		private readonly logQuestions = false,
	) {}

	/** Runs `work` as the interaction `what`; its outcome is logged and counted, and what it threw is rethrown. */
	async track<T>(what: TrackedInteraction, work: () => Promise<T>): Promise<T> {
		const record: Record = { ...what };
		const started = performance.now();
		let outcome: Outcome = 'answered';
		try {
			return await this.#current.run(record, work);
		} catch (error) {
			outcome = error instanceof UserError ? 'refused' : 'error';
			throw error;
		} finally {
			if (outcome === 'answered' && record.answered === false) outcome = 'declined';
			const seconds = (performance.now() - started) / 1000;
			this.metrics?.interaction(record.command, outcome, seconds);
			this.logger.info(
				{
					command: record.command,
					guild: record.guild,
					channel: record.channel,
					outcome,
					latencyMs: Math.round(seconds * 10_000) / 10,
					...(record.confidence !== undefined && { confidence: record.confidence }),
					...(this.logQuestions && record.question !== undefined && { question: record.question }),
				},
				serviceText.interaction,
			);
		}
	}

	/** Notes the answer the current interaction got (askQuestion calls it); outside one it does nothing. */
	noteAnswer(question: string, answer: Answer): void {
		const record = this.#current.getStore();
		if (!record) return;
		record.answered = answer.answered;
		record.confidence = Math.round(answer.confidence * 1000) / 1000;
		record.question = question;
	}
}
