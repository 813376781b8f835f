/** Profiles factdesk's answering on the 1,000-report benchmark corpus: `npx tsx --cpu-prof bench/profileAsk.ts 1000`. */
import { createFactdesk } from '../src/core/createFactdesk.ts';
import { buildCorpus } from './buildCorpora.ts';

const size = Number(process.argv[2] ?? 1000);
const corpus = buildCorpus(size, 300);
let started = performance.now();
const desk = createFactdesk(corpus.reports);
console.log(`build ${Math.round(performance.now() - started)} ms for ${size} reports`);
const times: number[] = [];
for (const q of corpus.questions) {
	started = performance.now();
	desk.ask(q.question);
	times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]?.toFixed(2);
console.log(`ask p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms over ${times.length} questions`);
