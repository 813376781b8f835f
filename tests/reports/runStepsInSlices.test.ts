import { describe, expect, test } from 'vitest';
import { runStepsInSlices } from '../../src/reports/runStepsInSlices.ts';

describe('runStepsInSlices', () => {
	function* counting(steps: number, log: string[]): Generator<void, number, void> {
		for (let i = 0; i < steps; i++) {
			log.push(`step ${i}`);
			yield;
		}
		return steps;
	}

	test('lets the event loop run between slices and resolves with the result', async () => {
		const log: string[] = [];
		setImmediate(() => log.push('other work'));
		expect(await runStepsInSlices(counting(3, log), 0)).toBe(3);
		expect(log).toEqual(['step 0', 'other work', 'step 1', 'step 2']);
	});

	test('runs short steps in one slice, and rejects with what a step throws', async () => {
		const log: string[] = [];
		setImmediate(() => log.push('other work'));
		await runStepsInSlices(counting(3, log), 1_000);
		expect(log.indexOf('other work')).toBe(-1);
		function* failing(): Generator<void, never, void> {
			yield;
			throw new Error('does not fit');
		}
		await expect(runStepsInSlices(failing(), 0)).rejects.toThrow('does not fit');
	});
});
