import { Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { UserError } from '../../src/core/errors.ts';
import type { Answer } from '../../src/core/types.ts';
import { InteractionTracker } from '../../src/discord/InteractionTracker.ts';
import { createLogger } from '../../src/logger.ts';
import { Metrics } from '../../src/service/Metrics.ts';

function logged(logQuestions: boolean) {
	const lines: Record<string, unknown>[] = [];
	const destination = new Writable({
		write(chunk, _encoding, done) {
			lines.push(JSON.parse(String(chunk)));
			done();
		},
	});
	const metrics = new Metrics();
	const tracker = new InteractionTracker(createLogger('info', { destination }), metrics, logQuestions);
	return { tracker, lines, metrics };
}

const answer = (answered: boolean) => ({ answered, confidence: answered ? 0.8123 : 0.1 }) as Answer;
const where = { command: 'ask', guild: '1', channel: '2' };

describe('InteractionTracker', () => {
	test('one info line per interaction with its outcome, latency and confidence; never the question by default', async () => {
		const { tracker, lines, metrics } = logged(false);
		await tracker.track(where, async () => tracker.noteAnswer('How many drones?', answer(true)));
		await tracker.track(where, async () => tracker.noteAnswer('Who won?', answer(false)));
		await expect(tracker.track(where, () => Promise.reject(new UserError('slow down')))).rejects.toThrow();
		await expect(
			tracker.track({ ...where, command: 'summary' }, () => Promise.reject(new Error('x'))),
		).rejects.toThrow();
		expect(lines.map((l) => [l.command, l.outcome, l.confidence])).toEqual([
			['ask', 'answered', 0.812],
			['ask', 'declined', 0.1],
			['ask', 'refused', undefined],
			['summary', 'error', undefined],
		]);
		expect(lines[0]).toMatchObject({ level: 30, msg: 'interaction', guild: '1', channel: '2' });
		expect(typeof lines[0]?.latencyMs).toBe('number');
		expect(JSON.stringify(lines)).not.toContain('How many drones');
		const text = await metrics.registry.metrics();
		expect(text).toContain('factdesk_interactions_total{command="ask",outcome="refused"} 1');
		expect(text).toContain('factdesk_interactions_total{command="summary",outcome="error"} 1');
	});

	test('LOG_QUESTIONS=true adds the question; an answer noted outside an interaction is ignored', async () => {
		const { tracker, lines } = logged(true);
		tracker.noteAnswer('stray', answer(true));
		await tracker.track(where, async () => tracker.noteAnswer('How many drones?', answer(true)));
		expect(lines).toHaveLength(1);
		expect(lines[0]?.question).toBe('How many drones?');
	});
});
