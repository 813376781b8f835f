import { describe, expect, test } from 'vitest';
import { decodeIndexState, encodeIndexState } from '../../src/core/encodeIndexState.ts';
import { indexReports } from '../../src/core/indexReports.ts';
import { restoreIndex } from '../../src/core/restoreIndex.ts';
import { serialiseIndex } from '../../src/core/serialiseIndex.ts';
import { loadFixtureReports } from './loadFixtureReports.ts';

const state = serialiseIndex(indexReports(loadFixtureReports()));
const bytes = Buffer.concat(encodeIndexState(state));

describe('encodeIndexState and decodeIndexState', () => {
	test('round-trip every array and list as it was, from an unaligned buffer too', () => {
		expect(decodeIndexState(bytes)).toEqual(state);
		const shifted = Buffer.alloc(bytes.length + 3);
		bytes.copy(shifted, 3);
		expect(decodeIndexState(shifted.subarray(3))).toEqual(state);
	});

	test('keep no claim facts (rebuilt on restore) and typed arrays as raw bytes: smaller than the text', () => {
		expect(state.facts.some((f) => f.kind === 'claim')).toBe(false);
		const text = state.reports.reduce((sum, r) => sum + r.paragraphs.join('').length, 0);
		expect(bytes.length).toBeLessThan(16 * text);
		expect(restoreIndex(decodeIndexState(bytes)).facts.filter((f) => f.kind === 'claim')).toHaveLength(
			state.corpus.sentenceStart.length,
		);
	});

	test('reject another magic, another format version, a cut file and a damaged header', () => {
		const other = Buffer.from(bytes);
		other[0] = 0x7b;
		expect(() => decodeIndexState(other)).toThrow(/not an encoded index/);
		const older = Buffer.from(bytes);
		older.writeUInt32LE(1, 4);
		expect(() => decodeIndexState(older)).toThrow(/index format 1/);
		expect(() => decodeIndexState(bytes.subarray(0, bytes.length - 100))).toThrow(/outside the file|wrong size/);
		expect(() => decodeIndexState(bytes.subarray(0, 40))).toThrow();
		const damaged = Buffer.from(bytes);
		damaged.fill(0x21, 14, 30);
		expect(() => decodeIndexState(damaged)).toThrow();
	});
});
