import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { decodeIndexState, encodeIndexState } from '../../src/core/encodeIndexState.ts';
import { indexCacheFile } from '../../src/engine/indexCache.ts';
import { loadCachedFactdesk } from '../../src/engine/loadCachedFactdesk.ts';
import { loadReports } from '../../src/reports/loadReports.ts';

const QUESTIONS = [
	'How many drones were shot down?',
	'Who is the Ukrainian President?',
	'How many ships were waiting offshore?',
	'Who is the union leader?',
	'What is the capital of France?',
];

let work: string;
let reportsDir: string;
let cacheDir: string;
beforeEach(() => {
	work = mkdtempSync(join(tmpdir(), 'factdesk-cache-'));
	reportsDir = join(work, 'reports');
	cacheDir = join(work, 'cache');
	mkdirSync(reportsDir);
	for (const name of ['energy-truce-strikes.txt', 'harbour-strike.md'])
		copyFileSync(join('tests/fixtures/reports', name), join(reportsDir, name));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const load = () => loadCachedFactdesk(reportsDir, { cacheDir });

describe('loadCachedFactdesk', () => {
	test('builds and writes the cache once, then restores an engine that answers exactly like a fresh build', () => {
		const first = load();
		expect(first).toMatchObject({ fromCache: false, reports: 2, errors: [] });
		expect(readdirSync(cacheDir)).toHaveLength(1);
		const second = load();
		expect(second).toMatchObject({ fromCache: true, reports: 2, errors: [] });
		const fresh = createFactdesk(loadReports(reportsDir).reports);
		for (const question of QUESTIONS) expect(second.factdesk.ask(question), question).toEqual(fresh.ask(question));
		expect(second.factdesk.reports()).toEqual(fresh.reports());
	});

	test('rebuilds when a report changes, is added or removed', () => {
		load();
		const energy = join(reportsDir, 'energy-truce-strikes.txt');
		writeFileSync(energy, 'Officials said 99 drones were shot down overnight.\n');
		utimesSync(energy, new Date(), new Date(Date.now() + 5000));
		const changed = load();
		expect(changed.fromCache).toBe(false);
		expect(changed.factdesk.ask('How many drones were shot down?').answer).toMatch(/99/);
		expect(load().fromCache).toBe(true);
		writeFileSync(join(reportsDir, 'new.md'), 'A new report says 7 bridges were closed.\n');
		expect(load()).toMatchObject({ fromCache: false, reports: 3 });
		rmSync(join(reportsDir, 'new.md'));
		expect(load()).toMatchObject({ fromCache: false, reports: 2 });
	});

	test('a corrupt, truncated or foreign cache file is rebuilt and overwritten, never a crash', () => {
		load();
		const file = indexCacheFile(reportsDir, cacheDir);
		const valid = readFileSync(file);
		const newline = valid.indexOf(0x0a);
		const truncated = valid.subarray(0, newline + Math.floor((valid.length - newline) / 2));
		const flipped = Buffer.from(valid);
		flipped.fill(0xff, newline + 40, newline + 400);
		const junks = [
			'not json at all',
			'{"version":1,"hash":"',
			'{"version":999}\n{}',
			'\u0000\u0001binary',
			truncated,
			flipped,
		];
		for (const junk of junks) {
			writeFileSync(file, junk);
			const result = load();
			const label = String(junk).slice(0, 40);
			expect(result.fromCache, label).toBe(false);
			if (junk !== '{"version":999}\n{}') expect(result.cacheError, label).toMatch(/^cache ignored: /);
			expect(result.factdesk.ask('How many drones were shot down?').answered).toBe(true);
			expect(load().fromCache).toBe(true);
		}
	});

	test('a cache with the right version and hash but a malformed skipped-report list is ignored with a warning', () => {
		load();
		const file = indexCacheFile(reportsDir, cacheDir);
		const bytes = readFileSync(file);
		const newline = bytes.indexOf(0x0a);
		const forged = { ...JSON.parse(bytes.subarray(0, newline).toString()), errors: [{ file: 42, problem: {} }] };
		writeFileSync(file, Buffer.concat([Buffer.from(JSON.stringify(forged)), bytes.subarray(newline)]));
		const result = load();
		expect(result).toMatchObject({ fromCache: false, errors: [] });
		expect(result.cacheError).toMatch(/^cache ignored: .*skipped reports is malformed/);
		expect(load()).toMatchObject({ fromCache: true, errors: [] });
	});

	test('a cache with the right header whose index does not fit the reports is rebuilt', () => {
		load();
		const file = indexCacheFile(reportsDir, cacheDir);
		const bytes = readFileSync(file);
		const newline = bytes.indexOf(0x0a);
		const state = decodeIndexState(bytes.subarray(newline + 1));
		const corpus = { ...state.corpus, sentenceStart: state.corpus.sentenceStart.slice(2) };
		writeFileSync(file, Buffer.concat([bytes.subarray(0, newline + 1), ...encodeIndexState({ ...state, corpus })]));
		const result = load();
		expect(result.fromCache).toBe(false);
		expect(result.factdesk.ask('Who is the union leader?').answered).toBe(true);
		expect(load().fromCache).toBe(true);
	});

	test('a report that takes longer than the budget to index is skipped and named; the others answer', () => {
		const slow = join(reportsDir, 'slow.txt');
		writeFileSync(slow, Array.from({ length: 20_000 }, (_, i) => `The army launched ${i + 1} drones.`).join('\n'));
		// The budget is wall-clock time: 500 ms leaves room for the small reports (a few ms, over 100 ms on a machine
		// busy with other work) while the 20,000-sentence report takes 1–2 s.
		const result = loadCachedFactdesk(reportsDir, { cacheDir, budgetMs: 500 });
		expect(result.reports).toBe(2);
		expect(result.errors).toEqual([{ file: slow, problem: expect.stringMatching(/longer than 500 ms/) }]);
		expect(result.factdesk.ask('How many drones were shot down?').answer).toMatch(/72/);
		const { mode } = statSync(cacheDir);
		expect(mode & 0o777).toBe(0o700);
	});

	test("without a cache folder the cache goes to the project's data/.cache, never beside the reports (/.cache for /etc)", () => {
		expect(dirname(indexCacheFile('/etc'))).toBe(fileURLToPath(new URL('../../data/.cache', import.meta.url)));
		expect(dirname(indexCacheFile(reportsDir))).not.toBe(join(work, '.cache'));
	});

	test('keeps answering when the cache cannot be written, and says why', () => {
		writeFileSync(join(work, 'blocked'), 'a file where the cache folder should be');
		const result = loadCachedFactdesk(reportsDir, { cacheDir: join(work, 'blocked', 'cache') });
		expect(result.fromCache).toBe(false);
		expect(result.cacheError).toBeTruthy();
		expect(result.factdesk.ask('How many drones were shot down?').answered).toBe(true);
	});

	test('records bad files in the cache, so a cached start-up still names them', () => {
		writeFileSync(join(reportsDir, 'broken.md'), '---\ntitle: never closed\n');
		expect(load().errors.map((e) => e.file)).toEqual([join(reportsDir, 'broken.md')]);
		const cached = load();
		expect(cached.fromCache).toBe(true);
		expect(cached.errors.map((e) => e.file)).toEqual([join(reportsDir, 'broken.md')]);
	});
});
