import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../src/core/buildCorpus.ts';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { decodeIndexState, encodeIndexState } from '../../src/core/encodeIndexState.ts';
import { extractFacts } from '../../src/core/extractFacts.ts';
import { findMentions } from '../../src/core/findMentions.ts';
import { isIndexState } from '../../src/core/IndexState.ts';
import { indexReports } from '../../src/core/indexReports.ts';
import { restoreFactdesk } from '../../src/core/restoreFactdesk.ts';
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
		const sentences = Array.from({ length: corpus.sentenceCount }, (_, s) => corpus.ref(s));
		const facts = extractFacts(
			sentences.map((ref, index) => ({ index, paragraphIndex: corpus.sentenceParagraph[index] ?? 0, ref })),
			sentences.map((ref) => findMentions(ref.quote)),
		);
		expect(indexReports(reports).facts).toEqual(facts);
	});

	test('reports progress: two steps per report, ending at the total', () => {
		const calls: [number, number][] = [];
		indexReports(reports, (done, total) => calls.push([done, total]));
		expect(calls.at(-1)).toEqual([reports.length * 2, reports.length * 2]);
		expect(calls.map(([done]) => done)).toEqual([...calls.map(([done]) => done)].sort((a, b) => a - b));
	});

	test('a restored index equals the built one, through the binary encoding', () => {
		const index = indexReports(reports);
		const state = decodeIndexState(Buffer.concat(encodeIndexState(serialiseIndex(index))));
		expect(isIndexState(state)).toBe(true);
		const restored = restoreIndex(state);
		expect(restored.corpus.data).toEqual(index.corpus.data);
		for (let s = 0; s < index.corpus.sentenceCount; s++) {
			expect(restored.corpus.sentence(s)).toEqual(index.corpus.sentence(s));
			expect(restored.mentions.of(s)).toEqual(index.mentions.of(s));
		}
		expect(restored.corpus.sentencePostings).toEqual(index.corpus.sentencePostings);
		expect(restored.corpus.paragraphPostings).toEqual(index.corpus.paragraphPostings);
		expect(restored.corpus.reportPostings).toEqual(index.corpus.reportPostings);
		expect(restored.facts).toEqual(index.facts);
	});

	test('the restored engine answers exactly like a fresh build', () => {
		const fresh = createFactdesk(reports);
		const restored = restoreFactdesk(
			decodeIndexState(Buffer.concat(encodeIndexState(serialiseIndex(indexReports(reports))))),
		);
		for (const question of QUESTIONS) expect(restored.ask(question), question).toEqual(fresh.ask(question));
		expect(restored.facts({ kind: 'count' })).toEqual(fresh.facts({ kind: 'count' }));
		expect(restored.summarise({ length: 'short' })).toEqual(fresh.summarise({ length: 'short' }));
		expect(restored.suggest('how many')).toEqual(fresh.suggest('how many'));
	});

	test('the restored engine lists every fact and report like a fresh build', () => {
		const fresh = createFactdesk(reports);
		const restored = restoreFactdesk(
			decodeIndexState(Buffer.concat(encodeIndexState(serialiseIndex(indexReports(reports))))),
		);
		expect(restored.facts()).toEqual(fresh.facts());
		expect(restored.reports()).toEqual(fresh.reports());
	});

	test('restoring throws on a state whose parts do not fit', () => {
		const state = serialiseIndex(indexReports(reports));
		expect(() => restoreFactdesk({ ...state, corpus: { ...state.corpus, words: [] } })).toThrow(/do not match/);
		const mentions = { ...state.mentions, offsets: state.mentions.offsets.slice(1) };
		expect(() => restoreFactdesk({ ...state, mentions })).toThrow(/do not match/);
		const facts = [...state.facts].reverse();
		expect(() => restoreFactdesk({ ...state, facts })).toThrow(/out-of-order/);
	});

	test('rejects a state of another version, and throws on one whose parts do not fit', () => {
		const state = serialiseIndex(indexReports(reports));
		expect(isIndexState({ ...state, version: state.version + 1 })).toBe(false);
		expect(isIndexState({ ...state, facts: 'x' })).toBe(false);
		const corpus = state.corpus;
		expect(() =>
			restoreIndex({ ...state, corpus: { ...corpus, sentenceStart: corpus.sentenceStart.slice(1) } }),
		).toThrow();
		expect(() =>
			restoreIndex({ ...state, corpus: { ...corpus, tokenWord: corpus.tokenWord.map(() => 1e9) } }),
		).toThrow();
		expect(() => restoreIndex({ ...state, reports: state.reports.slice(1) })).toThrow();
	});
});
