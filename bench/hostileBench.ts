/**
 * Hostile reports and inputs, timed: what one report file or one member can cost the engine. Each probe runs in
 * this process, one after the other; RSS is the process's after the probe. Usage: npx tsx bench/hostileBench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFactdesk } from '../src/core/createFactdesk.ts';
import { extractStatements } from '../src/core/extractStatements.ts';
import { indexReports } from '../src/core/indexReports.ts';
import type { Report } from '../src/core/types.ts';
import { loadReports } from '../src/reports/loadReports.ts';
import { writeScaledReports } from './startupBench.ts';

const rssMB = () => Math.round(process.memoryUsage().rss / 1e6);
const ms = (start: number) => Math.round(performance.now() - start);
const report = (paragraphs: string[]): Report => ({ id: 'hostile', title: 'Hostile', paragraphs });

function timeIndex(label: string, paragraphs: string[]): ReturnType<typeof createFactdesk> {
	const bytes = paragraphs.reduce((sum, p) => sum + p.length + 1, 0);
	const started = performance.now();
	const index = indexReports([report(paragraphs)]);
	console.log(`${label} (${(bytes / 1e6).toFixed(2)} MB): indexed in ${ms(started)} ms, rss ${rssMB()} MB`);
	return createFactdesk(index.corpus.reports, {}, index);
}

function slowestAsk(desk: ReturnType<typeof createFactdesk>, questions: string[]): number {
	let slowest = 0;
	for (const question of questions)
		for (let run = 0; run < 3; run++) {
			const started = performance.now();
			desk.ask(question);
			slowest = Math.max(slowest, performance.now() - started);
		}
	return Math.round(slowest * 10) / 10;
}

const QUESTIONS = [
	'How many drones were launched?',
	'What was launched?',
	'Were drones launched?',
	'Who launched them?',
];

timeIndex(
	'20,000 lines "The army launched N drones."',
	Array.from({ length: 20_000 }, (_, i) => `The army launched ${i + 1} drones.`),
);
const words = Array.from({ length: 30_000 }, (_, i) => ['alpha', 'beta', 'gamma', 'delta'][i % 4]).join(' ');
let started = performance.now();
extractStatements({ report: 'r', paragraph: 1, sentence: 1, start: 0, end: words.length + 1, quote: `${words}.` }, []);
console.log(`one 30,000-word sentence: extractStatements in ${ms(started)} ms`);
const numbers = timeIndex('one paragraph of 100,000 numbers', [
	`${Array.from({ length: 100_000 }, (_, i) => String(i + 1)).join(' ')} drones were launched.`,
]);
console.log(`  slowest of ${QUESTIONS.length} questions x3: ${slowestAsk(numbers, QUESTIONS)} ms`);

const work = mkdtempSync(join(tmpdir(), 'factdesk-hostile-'));
try {
	writeScaledReports(join(work, 'reports'), 1000);
	const desk = createFactdesk(loadReports(join(work, 'reports')).reports);
	const typed = 'how many drones were shot down over the city of '.repeat(7).slice(0, 300);
	started = performance.now();
	desk.suggest(typed, 25);
	const first = ms(started);
	const times: number[] = [];
	for (let run = 0; run < 5; run++) {
		started = performance.now();
		desk.suggest(typed, 25);
		times.push(ms(started));
	}
	console.log(`autocomplete, 300 characters typed, 1,000 reports: first ${first} ms, then ${times.join(', ')} ms`);
} finally {
	rmSync(work, { recursive: true, force: true });
}
