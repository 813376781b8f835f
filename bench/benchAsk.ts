import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createFactdesk } from '../src/core/createFactdesk.ts';
import { loadRankerModel } from '../src/engine/loadRankerModel.ts';
import { loadReports } from '../src/reports/loadReports.ts';

/**
 * In-process speed of `desk.ask` on data/reports, over the seed question set repeated to at least 5,000 calls.
 * A benchmark, not a test: run with `npx tsx bench/benchAsk.ts`.
 */

const MIN_CALLS = 5_000;
const WARM_UP_ROUNDS = 3;

function percentile(sorted: number[], p: number): number {
	const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return sorted[index] ?? Number.NaN;
}

const questions = readFileSync('tests/fixtures/seed-questions.jsonl', 'utf8')
	.split('\n')
	.filter((line) => line.trim() !== '')
	.map((line) => (JSON.parse(line) as { q: string }).q);
if (questions.length === 0) throw new Error('no questions in tests/fixtures/seed-questions.jsonl');

const { reports, errors } = loadReports('data/reports');
if (errors.length > 0) throw new Error(`reports failed to load: ${JSON.stringify(errors)}`);

const buildStart = performance.now();
// As shipped: with the learned model (MODEL=none for the hand-tuned ranking).
const loaded = process.env.MODEL === 'none' ? undefined : loadRankerModel();
const desk = createFactdesk(reports, loaded?.model ? { model: loaded.model } : {});
const buildMs = performance.now() - buildStart;

for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const q of questions) desk.ask(q);

const rounds = Math.ceil(MIN_CALLS / questions.length);
const times: number[] = [];
let answered = 0;
const totalStart = performance.now();
for (let round = 0; round < rounds; round++) {
	for (const q of questions) {
		const start = performance.now();
		const answer = desk.ask(q);
		times.push(performance.now() - start);
		if (answer.answered) answered++;
	}
}
const totalMs = performance.now() - totalStart;
times.sort((a, b) => a - b);

const ms = (n: number) => `${n.toFixed(3)} ms`;
console.log(`reports: ${reports.map((r) => r.id).join(', ')} (${reports.length})`);
console.log(`build engine: ${ms(buildMs)}`);
console.log(
	`calls: ${times.length} (${questions.length} questions x ${rounds} rounds, ${WARM_UP_ROUNDS} warm-up rounds)`,
);
console.log(
	`median: ${ms(percentile(times, 50))}  p95: ${ms(percentile(times, 95))}  p99: ${ms(percentile(times, 99))}`,
);
console.log(`max: ${ms(times[times.length - 1] ?? Number.NaN)}`);
console.log(`throughput: ${Math.round(times.length / (totalMs / 1000))} questions/s`);
console.log(`answered: ${((100 * answered) / times.length).toFixed(1)}% of calls`);
