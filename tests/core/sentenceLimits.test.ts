import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';

const QUESTIONS = [
	'How many drones were launched?',
	'how many drones?',
	'What was launched?',
	'Were drones launched?',
	'When were 5 drones launched?',
	'Who launched the drones?',
	'How much did officials pay?',
	'What was the average price of drones?',
	'How long did the launch last?',
	'What time were drones launched?',
	'What did officials launch?',
	'Which regions launched drones?',
	'What company launched the drones?',
	'What was the score?',
	'Why were drones launched?',
	'What happened to the drones?',
	'Who said drones were launched?',
	'whats the drone company name',
	'Which drone finished third?',
	'How long is the drone line?',
	"how old is the drone maker's ceo",
];

/** CPU time this process has used, in milliseconds. */
const RUNS = 5;

function cpuMs(): number {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
}

/**
 * The CPU time of the slowest question, in milliseconds: each question is asked five times and its least time
 * counts. CPU time is the work done, which other processes on a busy machine do not stretch as they stretch the wall
 * clock; the least of five leaves out garbage collections, whose helper threads' time process.cpuUsage counts too
 * (the middle of three measured 20 to 48 ms for one question on one commit of this 2-core machine).
 */
function slowestAsk(paragraphs: string[]): { ms: number; answers: string[] } {
	const desk = createFactdesk([{ id: 'wall', title: 'Wall', paragraphs }]);
	let ms = 0;
	const answers: string[] = [];
	for (const question of QUESTIONS) {
		const times: number[] = [];
		for (let run = 0; run < RUNS; run++) {
			const started = cpuMs();
			const answer = desk.ask(question);
			times.push(cpuMs() - started);
			if (run === 0) answers.push(answer.answer);
		}
		ms = Math.max(ms, Math.min(...times));
	}
	return { ms, answers };
}

/**
 * The most CPU time one question may take on these walls of figures. The slowest question takes 20 to 47 ms
 * without coverage and up to 80 ms under CI's coverage instrumentation on a 2-core machine of earlier sessions; on
 * the slower machine of the 10:03 UTC session of 2026-12-05 (about 2.5 times slower) 53 ms alone and 162 to 201 ms
 * in CI's run with coverage beside three other test files. The work this guards against grew with the square of the
 * sentence (73 s a question before the limits), so the bound keeps a margin over the measured cost and stays far
 * below that.
 */
const BOUND_MS = 400;

describe('the work per question is bounded, however long a sentence is', () => {
	it('answers about one paragraph of 100,000 numbers within the bound a question', () => {
		const numbers = Array.from({ length: 100_000 }, (_, i) => String(i + 1)).join(' ');
		const { ms, answers } = slowestAsk([`${numbers} drones were launched.`]);
		expect(answers[0]).toBe('100000 drones');
		// Before, every mention filtered every token of the sentence: 73 s for the first question.
		expect(ms).toBeLessThan(BOUND_MS);
	}, 120_000);

	it('answers about a paragraph of 60,000 counts within the bound a question', () => {
		const counts = Array.from({ length: 60_000 }, (_, i) => `${i + 1} drones`).join(' ');
		const { ms } = slowestAsk([`Officials said ${counts} were launched.`]);
		expect(ms).toBeLessThan(BOUND_MS);
	}, 120_000);
});
