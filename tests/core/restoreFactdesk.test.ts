import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../src/core/buildCorpus.ts';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { extractFacts } from '../../src/core/extractFacts.ts';
import { findMentions } from '../../src/core/findMentions.ts';
import { isIndexState } from '../../src/core/IndexState.ts';
import { indexReports } from '../../src/core/indexReports.ts';
import { restoreFactdesk } from '../../src/core/restoreFactdesk.ts';
import { restoreFactdeskSteps } from '../../src/core/restoreFactdeskSteps.ts';
import { restoreIndex } from '../../src/core/restoreIndex.ts';
import { serialiseIndex } from '../../src/core/serialiseIndex.ts';
import { loadFixtureReports } from './loadFixtureReports.ts';

const QUESTIONS = [
	'How many drones were shot down?',
	'Who is the Ukrainian President?',
	'Where are peace talks scheduled?',
	'How many ships were waiting offshore?',
	'Who is the union leader?',
	'What is the capital of France?',
	'how many dornes did russia launch',
];

describe('index state', () => {
	const reports = loadFixtureReports();

	test('indexing report by report finds the same facts and conflicts as indexing all reports at once', () => {
		const corpus = buildCorpus(reports);
		const facts = extractFacts(
			corpus,
			corpus.sentences.map((s) => findMentions(s.ref.quote)),
		);
		expect(indexReports(reports).facts).toEqual(facts);
	});

	test('reports progress: two steps per report, ending at the total', () => {
		const calls: [number, number][] = [];
		indexReports(reports, (done, total) => calls.push([done, total]));
		expect(calls.at(-1)).toEqual([reports.length * 2, reports.length * 2]);
		expect(calls.map(([done]) => done)).toEqual([...calls.map(([done]) => done)].sort((a, b) => a - b));
	});

	test('a restored index equals the built one, through JSON', () => {
		const index = indexReports(reports);
		const state = JSON.parse(JSON.stringify(serialiseIndex(index)));
		expect(isIndexState(state)).toBe(true);
		const restored = restoreIndex(state);
		expect(restored.corpus.sentences).toEqual(index.corpus.sentences);
		expect(restored.corpus.sentencePostings).toEqual(index.corpus.sentencePostings);
		expect(restored.corpus.paragraphPostings).toEqual(index.corpus.paragraphPostings);
		expect(restored.corpus.words).toEqual(index.corpus.words);
		expect(restored.mentions).toEqual(index.mentions);
		expect(restored.facts).toEqual(index.facts);
	});

	test('the restored engine answers exactly like a fresh build', () => {
		const fresh = createFactdesk(reports);
		const restored = restoreFactdesk(JSON.parse(JSON.stringify(serialiseIndex(indexReports(reports)))));
		for (const question of QUESTIONS) expect(restored.ask(question), question).toEqual(fresh.ask(question));
		expect(restored.facts({ kind: 'count' })).toEqual(fresh.facts({ kind: 'count' }));
		expect(restored.summarise({ length: 'short' })).toEqual(fresh.summarise({ length: 'short' }));
		expect(restored.suggest('how many')).toEqual(fresh.suggest('how many'));
	});

	test('restored step by step, with other work between the steps, the engine answers exactly like a fresh build', () => {
		const fresh = createFactdesk(reports);
		const state = JSON.parse(JSON.stringify(serialiseIndex(indexReports(reports))));
		const steps = restoreFactdeskSteps(state);
		let count = 0;
		let step = steps.next();
		while (!step.done) {
			count++;
			expect(fresh.ask(QUESTIONS[count % QUESTIONS.length] ?? '').question).toBeTruthy(); // the thread is free
			step = steps.next();
		}
		// At least one step per report and per 100 sentences: no step holds the thread for the whole index.
		expect(count).toBeGreaterThan(reports.length + state.sentences.length / 100);
		const restored = step.value;
		for (const question of QUESTIONS) expect(restored.ask(question), question).toEqual(fresh.ask(question));
		expect(restored.facts()).toEqual(fresh.facts());
		expect(restored.suggest('how many')).toEqual(fresh.suggest('how many'));
		expect(restored.reports()).toEqual(fresh.reports());
	});

	test('restoring step by step throws, like restoring at once, on a state whose parts do not fit', () => {
		const state = serialiseIndex(indexReports(reports));
		const drain = (steps: ReturnType<typeof restoreFactdeskSteps>) => {
			for (let step = steps.next(); !step.done; step = steps.next());
		};
		expect(() => drain(restoreFactdeskSteps({ ...state, words: [] }))).toThrow(/unknown word/);
		expect(() => drain(restoreFactdeskSteps({ ...state, mentions: [] }))).toThrow(/do not match/);
	});

	test('rejects a state of another version, and throws on one whose parts do not fit', () => {
		const state = serialiseIndex(indexReports(reports));
		expect(isIndexState({ ...state, version: state.version + 1 })).toBe(false);
		expect(isIndexState({ ...state, facts: 'x' })).toBe(false);
		expect(() => restoreIndex({ ...state, sentences: state.sentences.slice(1) })).toThrow();
		expect(() => restoreIndex({ ...state, words: [] })).toThrow();
	});
});
