/** The ranker's top candidates of every training question, as scripts/train/fitReader.py reads them. */
import { createWriteStream } from 'node:fs';
import type { AntonymTable } from '../../src/core/AntonymTable.ts';
import { analyseQuestion } from '../../src/core/analyseQuestion.ts';
import { buildAnswerContext } from '../../src/core/buildAnswerContext.ts';
import { candidateFeatures } from '../../src/core/candidateFeatures.ts';
import { collectCandidates } from '../../src/core/collectCandidates.ts';
import { indexReports } from '../../src/core/indexReports.ts';
import { type LinearModel, scoreLinear } from '../../src/core/RankerModel.ts';
import { readerWords, topByLogit } from '../../src/core/rereadCandidates.ts';
import type { WordVectors } from '../../src/core/WordVectors.ts';
import { holdsAnswer } from './squadData.ts';
import type { TrainingSet } from './trainingSets.ts';

/** Where each question's rows are: the example's number (sets in order, questions in order) and its candidates. */
export interface ReaderRows {
	/** Per example: the candidates written (indices into its candidates, the ranker's best first). */
	candidates: number[][];
	rows: number;
}

/**
 * Writes one tab-separated row per top candidate of each question of each set (`val` marks the validation sets, every
 * fifth): the example number, its kind, the ranker's logit, whether it holds an answer, the question's and the
 * sentence's words. Questions are asked as collectExamples.ts asks them, so the candidates are the same.
 */
export async function writeReaderExamples(
	sets: readonly TrainingSet[],
	ranker: LinearModel,
	top: number,
	path: string,
	vectors: WordVectors,
	antonyms?: AntonymTable,
): Promise<ReaderRows> {
	const out = createWriteStream(path);
	const write = (line: string) =>
		out.write(`${line}\n`) ? Promise.resolve() : new Promise<void>((done) => out.once('drain', () => done()));
	await write(['qid', 'val', 'kind', 'logit', 'right', 'qw', 'sw'].join('\t'));
	const candidates: number[][] = [];
	let rows = 0;
	for (const [i, set] of sets.entries()) {
		const { context } = buildAnswerContext(indexReports(set.reports), { vectors, ...(antonyms && { antonyms }) });
		for (const { question, kind } of set.questions) {
			const analysed = analyseQuestion(question.question, context.questionContext);
			const { ranked, signs } = collectCandidates(analysed, context);
			const logits = candidateFeatures(analysed, ranked, signs, context).map((f) => scoreLinear(ranker, f));
			const chosen = topByLogit(logits, top);
			const golds = kind === 'answerable' || kind === 'removed' ? question.golds : [];
			const qw = readerWords(analysed.text).join(' ');
			for (const k of chosen) {
				const sentence = context.corpus.sentence(ranked[k]?.index ?? -1);
				const right = holdsAnswer(sentence?.ref.quote ?? '', golds);
				const sw = (sentence?.tokens ?? []).map((t) => t.word).join(' ');
				await write([candidates.length, i % 5 === 4 ? 1 : 0, kind, logits[k], right ? 1 : 0, qw, sw].join('\t'));
			}
			rows += chosen.length;
			candidates.push(chosen);
		}
	}
	await new Promise<void>((done) => out.end(() => done()));
	return { candidates, rows };
}
