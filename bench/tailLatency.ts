/**
 * The tail of factdesk's latency at 1,000 reports, pass by pass: each of the bench's 1,000 questions is asked in three
 * passes over the shipped build (dist/, as `npm run bench` times it), and the p99 of each pass is printed with the
 * p99 of each question's least time, which leaves out the collector's and the compiler's pauses. Prints the slowest
 * questions. `npm run build && npx tsx bench/tailLatency.ts` (a measurement, not a test).
 */
import { buildCorpus } from './buildCorpora.ts';
import { factdeskSystem } from './factdeskSystem.ts';
import { percentile } from './measure.ts';

const PASSES = 3;
const SLOWEST = 10;
const corpus = buildCorpus(1000, 1000);
const ask = factdeskSystem.build(corpus.reports) as ReturnType<typeof factdeskSystem.build> & { warmUp?: () => void };
ask.warmUp?.();
const passes: number[][] = [];
for (let pass = 0; pass < PASSES; pass++)
	passes.push(
		corpus.questions.map((q) => {
			const started = performance.now();
			ask(q.question);
			return performance.now() - started;
		}),
	);
const p99 = (times: readonly number[]) =>
	percentile(
		[...times].sort((a, b) => a - b),
		99,
	).toFixed(2);
const least = corpus.questions.map((q, i) => ({ question: q.question, ms: Math.min(...passes.map((p) => p[i] ?? 0)) }));
console.log(`p99 of each pass (ms): ${passes.map(p99).join(', ')}`);
console.log(`p99 of each question's least time (ms): ${p99(least.map((l) => l.ms))}`);
for (const slow of least.sort((a, b) => b.ms - a.ms).slice(0, SLOWEST))
	console.log(`${slow.ms.toFixed(2)} ms  ${slow.question}`);
