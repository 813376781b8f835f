import { describe, expect, test } from 'vitest';
import { Metrics } from '../../src/service/Metrics.ts';
import { startHttpServer } from '../../src/service/startHttpServer.ts';

describe('startHttpServer', () => {
	test('/healthz names each failing part: false, a rejection, or no answer in time; 200 once all pass', async () => {
		let gateway = false;
		const http = await startHttpServer({
			port: 0,
			metrics: new Metrics(),
			checks: {
				gateway: () => gateway,
				engine: () => new Promise(() => undefined),
				database: () => Promise.reject(new Error('SQLITE_IOERR')),
			},
			checkTimeoutMs: 50,
		});
		try {
			const url = `http://127.0.0.1:${http.port}`;
			const response = await fetch(`${url}/healthz`);
			expect(response.status).toBe(503);
			expect(await response.json()).toEqual({
				status: 'unhealthy: gateway, engine, database',
				checks: { gateway: 'failing', engine: 'no answer within 50 ms', database: 'SQLITE_IOERR' },
			});
			expect(http.server.address()).toMatchObject({ address: '127.0.0.1' });
			gateway = true;
			expect((await fetch(`${url}/healthz`)).status).toBe(503);
			expect((await fetch(`${url}/healthz`, { method: 'POST' })).status).toBe(405);
		} finally {
			await http.close();
		}
	});

	test('/metrics is Prometheus text with the interaction counters and process metrics', async () => {
		const metrics = new Metrics();
		metrics.interaction('ask', 'declined', 0.02);
		metrics.reload(true, 0.4);
		metrics.watchEngine({ queueLength: () => 3, reports: () => 12 });
		const http = await startHttpServer({ port: 0, metrics, checks: { all: () => true } });
		try {
			const response = await fetch(`http://127.0.0.1:${http.port}/metrics`);
			expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
			const text = await response.text();
			expect(text).toContain('factdesk_interactions_total{command="ask",outcome="declined"} 1');
			expect(text).toContain('factdesk_answer_latency_seconds_bucket{le="0.025",command="ask"} 1');
			expect(text).toContain('factdesk_report_reloads_total{result="ok"} 1');
			expect(text).toContain('factdesk_engine_queue_length 3');
			expect(text).toContain('factdesk_reports_loaded 12');
			expect(text).toContain('process_cpu_user_seconds_total');
			expect((await fetch(`http://127.0.0.1:${http.port}/healthz`)).status).toBe(200);
		} finally {
			await http.close();
		}
	});
});
