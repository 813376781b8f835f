import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_PATH, loadRankerModel } from '../../src/engine/loadRankerModel.ts';

const dir = mkdtempSync(join(tmpdir(), 'factdesk-model-'));
const write = (name: string, text: string) => {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
};

describe('loadRankerModel', () => {
	it('loads the model shipped in models/, which fits this engine', () => {
		const loaded = loadRankerModel();
		expect(loaded.problem).toBeUndefined();
		expect(loaded.model?.declineBelow).toBeGreaterThan(0);
		expect(loaded.model?.reader?.topCandidates).toBeGreaterThan(0);
	});

	it('says why when the file is missing, not JSON, or not a model of this engine', () => {
		expect(loadRankerModel(join(dir, 'missing.json')).problem).toMatch(/cannot be read \(ENOENT\)/);
		expect(loadRankerModel(write('broken.json', '{"version": 2,')).problem).toMatch(/is not JSON/);
		const shipped = JSON.parse(readFileSync(DEFAULT_MODEL_PATH, 'utf8'));
		const older = write('older.json', JSON.stringify({ ...shipped, version: 1 }));
		expect(loadRankerModel(older).problem).toMatch(/invalid/);
		const otherFeatures = write('features.json', JSON.stringify({ ...shipped, rankFeatures: ['bm25'] }));
		expect(loadRankerModel(otherFeatures).problem).toMatch(/features differ/);
		const wrongSize = write(
			'size.json',
			JSON.stringify({ ...shipped, ranker: { ...shipped.ranker, weights: shipped.ranker.weights.slice(1) } }),
		);
		expect(loadRankerModel(wrongSize).problem).toMatch(/sizes do not fit/);
		const reader = { ...shipped.reader, hidden: { ...shipped.reader.hidden, bias: [0] } };
		const misfit = write('reader.json', JSON.stringify({ ...shipped, reader }));
		expect(loadRankerModel(misfit).problem).toMatch(/reader layers do not fit/);
		const narrow = shipped.reader.project.weights.map((row: number[]) => row.slice(1));
		const compare = shipped.reader.compare.weights.map((row: number[]) => row.slice(2));
		const vectors = write(
			'vectors.json',
			JSON.stringify({
				...shipped,
				reader: {
					...shipped.reader,
					project: { ...shipped.reader.project, weights: narrow },
					compare: { ...shipped.reader.compare, weights: compare },
				},
			}),
		);
		expect(loadRankerModel(vectors).problem).toMatch(/reader does not fit the word vectors/);
		const negative = write(
			'weight.json',
			JSON.stringify({ ...shipped, reader: { ...shipped.reader, rankerWeight: -1 } }),
		);
		expect(loadRankerModel(negative).problem).toMatch(/invalid/);
	});
});
