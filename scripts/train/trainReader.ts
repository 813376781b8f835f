/** Fits the sentence reader with PyTorch (fitReader.py) on the ranker's top candidates, and scores every example's. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LinearModel } from '../../src/core/RankerModel.ts';
import { type SentenceReader, SentenceReaderSchema } from '../../src/core/SentenceReader.ts';
import type { PackedVectors } from '../../src/core/WordVectors.ts';
import type { Example } from './collectExamples.ts';
import { writeReaderExamples } from './readerExamples.ts';

/** Settings of the reader's fit (fitReader.py's options of the same names). */
export interface ReaderSettings {
	/** The ranker's candidates the reader re-reads, best first. */
	top: number;
	width: number;
	hidden: number;
	epochs: number;
	/** Readers fitted on all but one part of the training questions, to score that part for the confidence. */
	folds: number;
	/**
	 * Weight of the questions without an answer against the answerable ones in the reader's fit, each asked to score
	 * below a learned "no answer" logit (fitReader.py); 0 fits on the answerable questions alone.
	 */
	noAnswerWeight: number;
	seed: number;
}

export const DEFAULT_READER_SETTINGS: ReaderSettings = {
	top: 5,
	width: 32,
	hidden: 32,
	epochs: 2,
	folds: 2,
	noAnswerWeight: 0,
	seed: 7,
};

const SCRIPT = fileURLToPath(new URL('./fitReader.py', import.meta.url));

/** A Python that has PyTorch: $PYTHON, else python3 on the path, else Debian's own. */
export function findPython(): string | undefined {
	const tried = [process.env.PYTHON, 'python3', '/usr/bin/python3'].filter((p): p is string => !!p);
	return tried.find((python) => spawnSync(python, ['-c', 'import torch, numpy'], { stdio: 'ignore' }).status === 0);
}

/**
 * Fits the reader on the ranker's top candidates of the examples and records its scores on each example; returns the
 * reader, or why there is none (no PyTorch, or the fit failed). Its files (the rows, the scores) are kept in `keep`
 * when given, for experiments with fitReader.py; else in a temporary folder, removed after.
 */
export async function trainReader(
	examples: readonly Example[],
	ranker: LinearModel,
	packed: PackedVectors,
	settings: ReaderSettings,
	log: (line: string) => void,
	keep?: string,
): Promise<{ reader: SentenceReader; problem?: undefined } | { reader?: undefined; problem: string }> {
	const python = findPython();
	if (!python)
		return { problem: 'no python3 with PyTorch (Debian: apt-get install python3-torch libopenblas0-pthread)' };
	const dir = keep ?? mkdtempSync(join(tmpdir(), 'factdesk-reader-'));
	if (keep) mkdirSync(keep, { recursive: true });
	try {
		const file = (name: string) => join(dir, name);
		const { candidates, rows } = await writeReaderExamples(examples, ranker, settings.top, file('examples.tsv'));
		log(`reader: ${rows} candidates of ${candidates.length} questions written; fitting with ${python}`);
		writeFileSync(file('vectors.json'), JSON.stringify({ vectors: packed }));
		const args = ['--model', file('vectors.json'), '--examples', file('examples.tsv'), '--out', file('reader.json')];
		args.push('--scores', file('scores.txt'), '--top', String(settings.top), '--width', String(settings.width));
		args.push(
			'--hidden',
			String(settings.hidden),
			'--epochs',
			String(settings.epochs),
			'--seed',
			String(settings.seed),
			'--no-answer-weight',
			String(settings.noAnswerWeight),
		);
		const run = spawnSync(python, [SCRIPT, ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
		if (run.status !== 0) return { problem: `fitReader.py failed (exit ${run.status ?? run.signal})` };
		let written: unknown;
		try {
			written = JSON.parse(readFileSync(file('reader.json'), 'utf8'));
		} catch {
			return { problem: 'fitReader.py wrote no JSON (a fit that diverged writes NaN)' };
		}
		const parsed = SentenceReaderSchema.safeParse(written);
		if (!parsed.success) return { problem: `fitReader.py wrote an invalid reader: ${parsed.error.issues[0]?.message}` };
		const scores = readFileSync(file('scores.txt'), 'utf8').trim().split('\n').map(Number);
		if (scores.length !== rows || !scores.every(Number.isFinite))
			return { problem: 'fitReader.py wrote the wrong number of scores, or scores that are not numbers' };
		let at = 0;
		examples.forEach((example, i) => {
			const read = candidates[i] ?? [];
			example.reread = { read, scores: scores.slice(at, at + read.length), weight: parsed.data.rankerWeight };
			at += read.length;
		});
		return { reader: parsed.data };
	} finally {
		if (!keep) rmSync(dir, { recursive: true, force: true });
	}
}
