import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Metrics } from './Metrics.ts';
import { serviceText } from './serviceText.ts';

/** One part /healthz checks: resolves when it is fine, rejects (or returns false) when it is not. */
export type HealthCheck = () => Promise<boolean | undefined> | boolean;

export interface HttpServerOptions {
	port: number;
	/** Default 127.0.0.1: reachable from this machine only. */
	host?: string;
	metrics: Metrics;
	/** The parts /healthz checks, by name (gateway, engine, database); each must settle within `checkTimeoutMs`. */
	checks: Record<string, HealthCheck>;
	checkTimeoutMs?: number;
}

export interface RunningHttpServer {
	server: Server;
	port: number;
	close(): Promise<void>;
}

/**
 * Serves `GET /healthz` (200 "ok" when every check passes, 503 naming the failing parts otherwise, as JSON) and
 * `GET /metrics` (Prometheus text format) on host:port.
 *
 * @example
 * const http = await startHttpServer({ port: 9464, metrics, checks: { database: () => store.settingsVersion().then(() => true) } });
 * // curl 127.0.0.1:9464/healthz → {"status":"ok","checks":{"database":"ok"}}
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
	const timeoutMs = options.checkTimeoutMs ?? 2000;
	const server = createServer((request, response) => {
		const path = (request.url ?? '/').split('?')[0];
		if (request.method !== 'GET' && request.method !== 'HEAD') {
			response.writeHead(405, { allow: 'GET, HEAD' }).end();
		} else if (path === '/healthz') {
			void health(options.checks, timeoutMs).then(({ healthy, body }) => {
				response.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(body));
			});
		} else if (path === '/metrics') {
			void options.metrics.registry.metrics().then(
				(text) => response.writeHead(200, { 'content-type': options.metrics.registry.contentType }).end(text),
				(error: unknown) => response.writeHead(500).end(String(error)),
			);
		} else {
			response.writeHead(404, { 'content-type': 'text/plain' }).end(serviceText.notFound);
		}
	});
	server.listen(options.port, options.host ?? '127.0.0.1');
	await Promise.race([once(server, 'listening'), once(server, 'error').then(([error]) => Promise.reject(error))]);
	return {
		server,
		port: (server.address() as AddressInfo).port,
		close: () => new Promise((done) => server.close(() => done())),
	};
}

async function health(checks: Record<string, HealthCheck>, timeoutMs: number) {
	const results = await Promise.all(
		Object.entries(checks).map(async ([name, check]) => [name, await settle(check, timeoutMs)] as const),
	);
	const failing = results.filter(([, result]) => result !== serviceText.healthy).map(([name]) => name);
	return {
		healthy: failing.length === 0,
		body: {
			status: failing.length === 0 ? serviceText.healthy : serviceText.unhealthy(failing),
			checks: Object.fromEntries(results),
		},
	};
}

/** 'ok', or why the check failed (its error, false, or no answer within timeoutMs). */
async function settle(check: HealthCheck, timeoutMs: number): Promise<string> {
	let timer: NodeJS.Timeout | undefined;
	const late = new Promise<string>((done) => {
		timer = setTimeout(() => done(serviceText.noAnswer(timeoutMs)), timeoutMs);
	});
	const checked = Promise.resolve()
		.then(check)
		.then(
			(ok) => (ok === false ? serviceText.failing : serviceText.healthy),
			(error: unknown) => (error instanceof Error ? error.message : String(error)),
		);
	try {
		return await Promise.race([checked, late]);
	} finally {
		clearTimeout(timer);
	}
}
