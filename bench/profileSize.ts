/**
 * A quick look at one corpus size without the whole bench: `npx tsx bench/profileSize.ts build 10000` builds the
 * index (timed) and writes the cache to $TMPDIR; `... ask 10000` starts from that cache (timed) and asks the bench's
 * questions, printing p50/p99 and top-1. Run it under `node --cpu-prof --import tsx` to profile either step.
 */
import os from 'node:os';
import { join } from 'node:path';
import { createFactdesk } from '../src/core/createFactdesk.ts';
import { indexReports } from '../src/core/indexReports.ts';
import { restoreFactdesk } from '../src/core/restoreFactdesk.ts';
import { serialiseIndex } from '../src/core/serialiseIndex.ts';
import { readIndexCache, writeIndexCache } from '../src/engine/indexCache.ts';
import { loadRankerModel } from '../src/engine/loadRankerModel.ts';
import { buildCorpus } from './buildCorpora.ts';
import { isRight, percentile } from './measure.ts';

const [mode = 'ask', sizeText = '10000'] = process.argv.slice(2);
const size = Number(sizeText);
const file = join(os.tmpdir(), `factdesk-profile-${size}.bin`);
const model = loadRankerModel().model;
if (!model) throw new Error('no model');
const corpus = buildCorpus(size, 1000);
const mb = () => Math.round(process.memoryUsage.rss() / 2 ** 20);
let t = performance.now();
let desk: ReturnType<typeof createFactdesk>;
if (mode === 'build') {
	const { skipped: _, ...index } = indexReports(corpus.reports);
	const indexMs = performance.now() - t;
	desk = createFactdesk(corpus.reports, { model }, index);
	desk.ask('How many drones were shot down?');
	console.log(`build ${Math.round(performance.now() - t)} ms (index ${Math.round(indexMs)}), rss ${mb()} MB`);
	writeIndexCache(file, { hash: 'profile', errors: [], state: serialiseIndex(index) });
} else {
	t = performance.now();
	const read = readIndexCache(file, 'profile');
	if (!read.cached) throw new Error('no cache');
	desk = restoreFactdesk(read.cached.state, { model });
	desk.ask('How many drones were shot down?');
	console.log(`start-up ${Math.round(performance.now() - t)} ms, rss ${mb()} MB`);
}
if (mode === 'ask' || process.env.ASK) {
	for (const q of corpus.questions.slice(0, 20)) desk.ask(q.question);
	if (process.env.MARK) console.log('--- asking');
	const times: number[] = [];
	let right = 0;
	for (const q of corpus.questions) {
		const s = performance.now();
		const answer = desk.ask(q.question);
		times.push(performance.now() - s);
		const source = answer.answered ? answer.sources[0] : undefined;
		if (isRight(source && { report: source.report, quote: source.quote }, q)) right++;
	}
	times.sort((a, b) => a - b);
	const p = (x: number) => percentile(times, x).toFixed(1);
	console.log(
		`p50 ${p(50)} p95 ${p(95)} p99 ${p(99)} max ${p(100)} ms; top-1 ${right}/${times.length}; rss ${mb()} MB`,
	);
}
console.log(
	`load ${os
		.loadavg()
		.map((l) => l.toFixed(1))
		.join(' ')}`,
);
