import type { AnalysedQuestion } from './analyseQuestion.ts';
import { STOPWORDS, type Token } from './tokenize.ts';
import { addRow, rowDot } from './vectorRows.ts';

/** Word vectors as a model file packs them: words one a line, int8 components (base64), unit length before packing. */
export interface PackedVectors {
	dimensions: number;
	words: string;
	data: string;
}

/** Word vectors ready to compare: each word's unit vector, by the word's row. */
export interface WordVectors {
	dimensions: number;
	rows: Map<string, number>;
	data: Float32Array;
}

/** Unpacks a model file's word vectors; throws when the sizes do not fit. */
export function unpackVectors(packed: PackedVectors): WordVectors {
	const words = packed.words.split('\n');
	const binary = atob(packed.data);
	if (binary.length !== words.length * packed.dimensions) throw new Error('word vectors: sizes do not fit');
	const signed = new Int8Array(binary.length);
	for (let i = 0; i < binary.length; i++) signed[i] = binary.charCodeAt(i);
	const data = new Float32Array(binary.length);
	for (let row = 0; row < words.length; row++) {
		let norm = 0;
		for (let d = 0; d < packed.dimensions; d++) norm += (signed[row * packed.dimensions + d] ?? 0) ** 2;
		const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
		for (let d = 0; d < packed.dimensions; d++)
			data[row * packed.dimensions + d] = (signed[row * packed.dimensions + d] ?? 0) * scale;
	}
	return { dimensions: packed.dimensions, rows: new Map(words.map((w, i) => [w, i])), data };
}

/** The rows of the question's own words that have vectors, with their weights. */
export function questionRows(question: AnalysedQuestion, vectors: WordVectors, weights: readonly number[]) {
	return question.terms
		.filter((t) => t.weight === 1)
		.map((t) => ({ slot: t.slot, stem: t.stem, row: vectors.rows.get(t.word), weight: weights[t.slot] ?? 0 }));
}

/**
 * How close a sentence's words come to the question's, 0..1: each question word counts by its weight times its
 * best cosine with a word of the sentence (1 when the sentence has the word itself), so "population" meets "live".
 * Also the cosine of the two word-vector centroids.
 */
export function vectorSimilarity(
	asked: ReturnType<typeof questionRows>,
	tokens: readonly Token[],
	vectors: WordVectors,
	scratch: SimilarityScratch = {
		question: new Float64Array(vectors.dimensions),
		sentence: new Float64Array(vectors.dimensions),
		dots: new Map(),
	},
): { soft: number; centroid: number } {
	const { dimensions, data } = vectors;
	if (!scratch.rows || scratch.rows.length < tokens.length) scratch.rows = new Int32Array(tokens.length);
	const rows = scratch.rows;
	let rowCount = 0;
	for (const t of tokens) {
		if (STOPWORDS.has(t.word)) continue;
		const row = vectors.rows.get(t.word);
		if (row !== undefined) rows[rowCount++] = row * dimensions;
	}
	let total = 0;
	let found = 0;
	const centroidQ = scratch.question;
	if (scratch.centroidOf !== asked) {
		centroidQ.fill(0);
		for (const q of asked) {
			if (q.row === undefined) continue;
			const from = q.row * dimensions;
			for (let d = 0; d < dimensions; d++) centroidQ[d] = (centroidQ[d] as number) + (data[from + d] as number);
		}
		scratch.centroidOf = asked;
	}
	const centroidS = scratch.sentence.fill(0);
	for (let r = 0; r < rowCount; r++) addRow(centroidS, data, rows[r] as number, dimensions);
	for (const q of asked) {
		total += q.weight;
		if (q.row === undefined) {
			if (holdsStem(tokens, q.stem)) found += q.weight;
			continue;
		}
		const from = q.row * dimensions;
		if (holdsStem(tokens, q.stem)) {
			found += q.weight;
			continue;
		}
		let dots = scratch.dots.get(from);
		if (!dots) {
			dots = new Map();
			scratch.dots.set(from, dots);
		}
		let best = 0;
		for (let r = 0; r < rowCount; r++) {
			const at = rows[r] as number;
			let dot = dots.get(at);
			if (dot === undefined) {
				dot = rowDot(data, from, at, dimensions);
				dots.set(at, dot);
			}
			if (dot > best) best = dot;
		}
		found += q.weight * best;
	}
	return { soft: total > 0 ? found / total : 0, centroid: cosine(centroidQ, centroidS) };
}

/**
 * Buffers one question's candidates share (made per question): the two centroids, the sentence's vector rows, the
 * cosines taken (a word recurs across the candidates). The
 * question's centroid is summed once, for the first candidate (`centroidOf`: the question words it was summed for).
 */
export interface SimilarityScratch {
	question: Float64Array;
	sentence: Float64Array;
	rows?: Int32Array;
	centroidOf?: ReturnType<typeof questionRows>;
	/** Cosines already taken this question: by a question word's row, by a sentence word's row. */
	dots: Map<number, Map<number, number>>;
}

/** Whether a content word (not a stopword) of the tokens has this stem. */
function holdsStem(tokens: readonly Token[], stem: string): boolean {
	for (const t of tokens) if (t.stem === stem && !STOPWORDS.has(t.word)) return true;
	return false;
}

function cosine(a: Float64Array, b: Float64Array): number {
	let dot = 0;
	let na = 0;
	let nb = 0;
	for (let i = 0; i < a.length; i++) {
		dot += (a[i] ?? 0) * (b[i] ?? 0);
		na += (a[i] ?? 0) ** 2;
		nb += (b[i] ?? 0) ** 2;
	}
	return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}
