import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** How an interaction ended: answered, declined (the reports do not say), refused (a UserError), or an error. */
export type Outcome = 'answered' | 'declined' | 'refused' | 'error';

/** What the engine gauges read when scraped; unset until the reports are open. */
export interface EngineProbe {
	queueLength(): number;
	reports(): number;
}

/**
 * The bot's Prometheus metrics, in a registry of its own (built once in main and passed down; nothing global):
 * interactions by command and outcome, answer latency, the engine's queue and reports, reloads, gateway
 * reconnects, database errors, and Node's process metrics.
 *
 * @example
 * const metrics = new Metrics();
 * metrics.interaction('ask', 'answered', 0.004);
 * await metrics.registry.metrics(); // '# HELP factdesk_interactions_total …'
 */
export class Metrics {
	readonly registry = new Registry();
	#engine: EngineProbe | undefined;
	readonly #interactions = new Counter({
		name: 'factdesk_interactions_total',
		help: 'Interactions handled, by command and outcome (answered, declined, refused, error).',
		labelNames: ['command', 'outcome'] as const,
		registers: [this.registry],
	});
	readonly #latency = new Histogram({
		name: 'factdesk_answer_latency_seconds',
		help: 'From an interaction (or mention) arriving to its reply sent, by command.',
		labelNames: ['command'] as const,
		buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
		registers: [this.registry],
	});
	readonly #reloads = new Counter({
		name: 'factdesk_report_reloads_total',
		help: 'Report reloads, by result (ok, failed).',
		labelNames: ['result'] as const,
		registers: [this.registry],
	});
	readonly #reloadSeconds = new Histogram({
		name: 'factdesk_report_reload_duration_seconds',
		help: 'How long a report reload took.',
		buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
		registers: [this.registry],
	});
	readonly #reconnects = new Counter({
		name: 'factdesk_gateway_reconnects_total',
		help: 'Times the gateway connection was lost and reconnected.',
		registers: [this.registry],
	});
	readonly #databaseErrors = new Counter({
		name: 'factdesk_database_errors_total',
		help: 'Settings database calls that failed.',
		registers: [this.registry],
	});

	constructor(labels: Record<string, string> = {}) {
		this.registry.setDefaultLabels(labels);
		const engine = () => this.#engine;
		new Gauge({
			name: 'factdesk_engine_queue_length',
			help: 'Calls posted to the engine thread and not answered yet.',
			registers: [this.registry],
			collect() {
				this.set(engine()?.queueLength() ?? 0);
			},
		});
		new Gauge({
			name: 'factdesk_reports_loaded',
			help: 'Reports the engine answers from now.',
			registers: [this.registry],
			collect() {
				this.set(engine()?.reports() ?? 0);
			},
		});
		collectDefaultMetrics({ register: this.registry });
	}

	/** Where the engine gauges read from, once the reports are open. */
	watchEngine(probe: EngineProbe): void {
		this.#engine = probe;
	}

	interaction(command: string, outcome: Outcome, seconds: number): void {
		this.#interactions.inc({ command, outcome });
		this.#latency.observe({ command }, seconds);
	}

	reload(ok: boolean, seconds: number): void {
		this.#reloads.inc({ result: ok ? 'ok' : 'failed' });
		this.#reloadSeconds.observe(seconds);
	}

	gatewayReconnect(): void {
		this.#reconnects.inc();
	}

	databaseError(): void {
		this.#databaseErrors.inc();
	}
}
