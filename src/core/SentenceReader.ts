import { z } from 'zod';
import type { WordVectors } from './WordVectors.ts';

/** The reader's format inside a model file; another version is refused with the model. */
export const SENTENCE_READER_VERSION = 1;

const LayerSchema = z.object({ weights: z.array(z.array(z.number())), bias: z.array(z.number()) });

/**
 * A learned reader of a question against a candidate sentence (decomposable attention over the word vectors: each
 * word of one attends to the words of the other, compared, pooled), trained by scripts/train/fitReader.py. Its score
 * is added to the ranker's logit, times `rankerWeight`, for the ranker's `topCandidates` best candidates.
 */
export const SentenceReaderSchema = z
	.object({
		version: z.literal(SENTENCE_READER_VERSION),
		topCandidates: z.number().int().positive(),
		questionWords: z.number().int().positive(),
		sentenceWords: z.number().int().positive(),
		/** Positive, so that a candidate left unread stays below those read (see rereadLogits). */
		rankerWeight: z.number().positive(),
		project: LayerSchema,
		compare: LayerSchema,
		hidden: LayerSchema,
		output: z.object({ weights: z.array(z.number()), bias: z.number() }),
	})
	.refine((r) => {
		const width = r.project.bias.length;
		return (
			r.project.weights.length === width &&
			r.project.weights.every((row) => row.length === r.project.weights[0]?.length) &&
			r.compare.weights.length === width &&
			r.compare.bias.length === width &&
			r.compare.weights.every((row) => row.length === 2 * (r.project.weights[0]?.length ?? 0)) &&
			r.hidden.weights.every((row) => row.length === 4 * width) &&
			r.hidden.weights.length === r.hidden.bias.length &&
			r.output.weights.length === r.hidden.bias.length
		);
	}, 'the reader layers do not fit together');
export type SentenceReader = z.infer<typeof SentenceReaderSchema>;

/** The reader's score of a sentence's words for a question's words (lowercase tokens, as tokenize gives them). */
export type SentenceScorer = (questionWords: readonly string[], sentenceWords: readonly string[]) => number;

/**
 * Scores question–sentence pairs with a reader. Each word's projections (attention, compared side, comparing side)
 * are kept between calls, at most one set per vocabulary word, so a question's candidates cost the attention only.
 */
export function createSentenceScorer(reader: SentenceReader, vectors: WordVectors): SentenceScorer {
	const width = reader.project.bias.length;
	const dims = vectors.dimensions;
	// Rows of the layers' weights as typed arrays: the word's own part, then its match flag's column.
	const project = reader.project.weights.map((row) => Float64Array.from(row));
	const compare = reader.compare.weights.map((row) => Float64Array.from(row));
	const projectBias = Float64Array.from(reader.project.bias);
	const compareBias = Float64Array.from(reader.compare.bias);
	const hidden = reader.hidden.weights.map((row) => Float64Array.from(row));
	const parts = new Map<string, Float64Array>();
	const none = new Float64Array(3 * width);
	const partsOf = (word: string): Float64Array => {
		const known = parts.get(word);
		if (known) return known;
		const row = vectors.rows.get(word);
		if (row === undefined) return none;
		const own = new Float64Array(3 * width);
		const at = row * dims;
		for (let h = 0; h < width; h++) {
			const p = project[h] as Float64Array;
			const c = compare[h] as Float64Array;
			let attend = 0;
			let left = 0;
			let right = 0;
			for (let d = 0; d < dims; d++) {
				const x = vectors.data[at + d] as number;
				attend += (p[d] as number) * x;
				left += (c[d] as number) * x;
				right += (c[dims + 1 + d] as number) * x;
			}
			own[h] = attend;
			own[width + h] = left;
			own[2 * width + h] = right;
		}
		parts.set(word, own);
		return own;
	};
	/** Writes the words' projections, match flags counted, into `rows`: one row of 3 × width a word. */
	const read = (
		words: readonly string[],
		count: number,
		other: readonly string[],
		otherCount: number,
		rows: Float64Array,
	) => {
		for (let i = 0; i < count; i++) {
			const word = words[i] as string;
			const own = partsOf(word);
			const found = other.indexOf(word);
			const flag = found >= 0 && found < otherCount ? 1 : 0;
			const at = i * 3 * width;
			for (let h = 0; h < width; h++) {
				const p = project[h] as Float64Array;
				const c = compare[h] as Float64Array;
				rows[at + h] = Math.max(0, (own[h] as number) + (p[dims] as number) * flag + (projectBias[h] as number));
				rows[at + width + h] = (own[width + h] as number) + (c[dims] as number) * flag;
				rows[at + 2 * width + h] = (own[2 * width + h] as number) + (c[2 * dims + 1] as number) * flag;
			}
		}
	};
	// One set of buffers, sized for the longest question and sentence read, reused by every call: allocated per call,
	// they were four tenths of what answering a question allocates, and the young-generation pauses that follow.
	const longest = Math.max(reader.questionWords, reader.sentenceWords);
	const qt = new Float64Array(reader.questionWords * 3 * width);
	const st = new Float64Array(reader.sentenceWords * 3 * width);
	const scores = new Float64Array(reader.questionWords * reader.sentenceWords);
	const pooled = new Float64Array(4 * width);
	const side = {
		width,
		bias: compareBias,
		pooled,
		weights: new Float64Array(longest),
		attended: new Float64Array(width),
	};
	return (questionWords, sentenceWords) => {
		const qn = Math.min(questionWords.length, reader.questionWords);
		const sn = Math.min(sentenceWords.length, reader.sentenceWords);
		read(questionWords, qn, sentenceWords, sn, qt);
		read(sentenceWords, sn, questionWords, qn, st);
		for (let i = 0; i < qn; i++)
			for (let j = 0; j < sn; j++) {
				let e = 0;
				for (let h = 0; h < width; h++) e += (qt[i * 3 * width + h] as number) * (st[j * 3 * width + h] as number);
				scores[i * sn + j] = e;
			}
		pooled.fill(0);
		compareSide(qt, qn, st, sn, { scores, row: sn, column: 1 }, side, 0);
		compareSide(st, sn, qt, qn, { scores, row: 1, column: sn }, side, 2 * width);
		let out = reader.output.bias;
		hidden.forEach((row, k) => {
			let sum = reader.hidden.bias[k] as number;
			for (let d = 0; d < pooled.length; d++) sum += (row[d] as number) * (pooled[d] as number);
			out += (reader.output.weights[k] as number) * Math.max(0, sum);
		});
		return out;
	};
}

/**
 * Each of `own`'s tokens compared with the softmax-weighted tokens of `other` it attends to; the mean and the maximum
 * of the comparisons are written into `pooled` at `at` (a side without tokens leaves zeros). Rows are 3 × width:
 * attention, compared side, comparing side; own token i's score for other token j is at i × row + j × column.
 */
function compareSide(
	own: Float64Array,
	owned: number,
	other: Float64Array,
	others: number,
	attention: { scores: Float64Array; row: number; column: number },
	side: { width: number; bias: Float64Array; pooled: Float64Array; weights: Float64Array; attended: Float64Array },
	at: number,
): void {
	const { width, bias, pooled, weights, attended } = side;
	const { scores, row: stride, column } = attention;
	for (let i = 0; i < owned; i++) {
		let best = Number.NEGATIVE_INFINITY;
		for (let j = 0; j < others; j++) best = Math.max(best, scores[i * stride + j * column] as number);
		let total = 0;
		for (let j = 0; j < others; j++) {
			weights[j] = Math.exp((scores[i * stride + j * column] as number) - best);
			total += weights[j] as number;
		}
		attended.fill(0);
		for (let j = 0; j < others; j++) {
			const w = (weights[j] as number) / total;
			const row = j * 3 * width + 2 * width;
			for (let h = 0; h < width; h++) attended[h] = (attended[h] as number) + w * (other[row + h] as number);
		}
		for (let h = 0; h < width; h++) {
			const v = Math.max(0, (own[i * 3 * width + width + h] as number) + (attended[h] as number) + (bias[h] as number));
			pooled[at + h] = (pooled[at + h] as number) + v / owned;
			pooled[at + width + h] = Math.max(pooled[at + width + h] as number, v);
		}
	}
}
