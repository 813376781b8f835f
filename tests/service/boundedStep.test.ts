import { Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { boundedStep } from '../../src/service/boundedStep.ts';

function capturedLogger() {
	const lines: Record<string, unknown>[] = [];
	const destination = new Writable({
		write(chunk, _encoding, done) {
			lines.push(JSON.parse(chunk.toString()));
			done();
		},
	});
	return { logger: createLogger('info', { destination }), lines };
}

describe('boundedStep', () => {
	test('a step that never finishes is logged by name and left behind after its time', async () => {
		const { logger, lines } = capturedLogger();
		const started = performance.now();
		await boundedStep(logger, 'Discord client', () => new Promise(() => undefined), 50);
		expect(performance.now() - started).toBeGreaterThanOrEqual(45);
		expect(lines).toEqual([expect.objectContaining({ level: 40, step: 'Discord client', ms: 50 })]);
	});

	test('a step that finishes in time is waited for and logs nothing', async () => {
		const { logger, lines } = capturedLogger();
		let closed = false;
		await boundedStep(logger, 'settings store', async () => {
			await new Promise((done) => setImmediate(done));
			closed = true;
		});
		expect(closed).toBe(true);
		expect(lines).toEqual([]);
	});
});
