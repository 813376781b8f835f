/** The ranker's top candidates of every training question, as scripts/train/fitReader.py reads them. */
import { createWriteStream } from 'node:fs';
import { type LinearModel, scoreLinear } from '../../src/core/RankerModel.ts';
import { topByLogit } from '../../src/core/rereadCandidates.ts';
import type { Example } from './collectExamples.ts';

/** Where each question's rows are: the example's number and its candidates. */
export interface ReaderRows {
	/** Per example: the candidates written (indices into its candidates, the ranker's best first). */
	candidates: number[][];
	rows: number;
}

/**
 * Writes one tab-separated row per top candidate of each example (`val` marks those of the validation sets, every
 * fifth): the example's number, its kind, the ranker's logit, whether it holds an answer, the question's and the
 * sentence's words, as collectExamples.ts recorded them.
 */
export async function writeReaderExamples(
	examples: readonly Example[],
	ranker: LinearModel,
	top: number,
	path: string,
): Promise<ReaderRows> {
	const out = createWriteStream(path);
	const write = (line: string) =>
		out.write(`${line}\n`) ? Promise.resolve() : new Promise<void>((done) => out.once('drain', () => done()));
	await write(['qid', 'val', 'kind', 'logit', 'right', 'qw', 'sw'].join('\t'));
	const candidates: number[][] = [];
	let rows = 0;
	for (const [qid, example] of examples.entries()) {
		const logits = example.features.map((f) => scoreLinear(ranker, f));
		const chosen = topByLogit(logits, top);
		const { set, question, sentences } = example.reading;
		for (const k of chosen)
			await write(
				[qid, set % 5 === 4 ? 1 : 0, example.kind, logits[k], example.right[k] ? 1 : 0, question, sentences[k]].join(
					'\t',
				),
			);
		rows += chosen.length;
		candidates.push(chosen);
	}
	await new Promise<void>((done) => out.end(() => done()));
	return { candidates, rows };
}
