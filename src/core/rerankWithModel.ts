import type { AnswerContext } from './AnswerContext.ts';
import type { AnalysedQuestion } from './analyseQuestion.ts';
import { candidateFeatures } from './candidateFeatures.ts';
import { collectCandidates } from './collectCandidates.ts';
import { confidenceFeatures } from './confidenceFeatures.ts';
import { type RankerModel, scoreLinear, sigmoid } from './RankerModel.ts';
import type { Ranking } from './Ranking.ts';
import { RANK_FEATURES } from './rankFeatures.ts';
import type { RankedSentence } from './rankSentences.ts';
import { readerWords, rereadLogits, topByLogit } from './rereadCandidates.ts';
import { isHeadlineSentence } from './withReportTopic.ts';

/** The hand-tuned candidates re-ranked by the learned model, with its estimate of the chance the top one is right. */
export function rerankWithModel(
	analysed: AnalysedQuestion,
	context: AnswerContext,
	model: RankerModel,
	onlyReport?: number,
): Ranking {
	const { ranked, signs } = collectCandidates(analysed, context, onlyReport);
	if (ranked.length === 0) return { ranked, confidence: 0 };
	const features = candidateFeatures(analysed, ranked, signs, context);
	const logits = reread(
		analysed,
		context,
		model,
		ranked,
		features.map((f) => scoreLinear(model.ranker, f)),
	);
	const order = topByLogit(logits);
	const estimate = (position: number, among: readonly number[], chosen?: number) => {
		const row = confidenceFeatures(
			analysed,
			among,
			namedFeatures(features[order[position] ?? 0]),
			context.options,
			chosen,
		);
		return sigmoid(scoreLinear(model.calibrator, row));
	};
	const top = estimate(0, logits);
	// A headline restates its story: below one, a story sentence's chance is weighed against the other candidates
	// only, or the headline's share would count against the sentence that says the same more fully; it takes the
	// headline's chance over at most.
	const headline = isHeadlineSentence(context.corpus, ranked[order[0] ?? 0]?.index ?? -1) ? order[0] : undefined;
	const story = headline === undefined ? undefined : logits.filter((_, i) => i !== headline);
	const estimateAt = (position: number) => {
		const own = logits[order[position] ?? 0];
		const among = estimate(position, logits, own);
		return story?.length ? Math.max(among, Math.min(top + among, estimate(position, story, own))) : among;
	};
	// Asked again for the same positions (the fitting answer, then the same answer among them): computed once each.
	const known: number[] = [];
	return {
		ranked: order.map((i) => ranked[i] as RankedSentence),
		confidence: top,
		confidenceAt: (position) =>
			(known[position] ??= position === 0 ? estimate(0, logits, logits[order[0] ?? 0]) : estimateAt(position)),
	};
}

/** The candidates' logits, the first ones re-read by the model's sentence reader when it has one (rereadLogits). */
function reread(
	analysed: AnalysedQuestion,
	context: AnswerContext,
	model: RankerModel,
	ranked: readonly RankedSentence[],
	logits: number[],
): number[] {
	const { readSentence } = context;
	if (!model.reader || !readSentence) return logits;
	const read = topByLogit(logits, model.reader.topCandidates);
	const asked = readerWords(analysed.text);
	const words = (i: number) => (context.corpus.sentence(ranked[i]?.index ?? -1)?.tokens ?? []).map((t) => t.word);
	const scores = read.map((i) => readSentence(asked, words(i)));
	return rereadLogits(logits, read, scores, model.reader.rankerWeight);
}

const RANK_FEATURE_AT = new Map(RANK_FEATURES.map((name, i) => [name, i]));
const BY_NAME: ProxyHandler<readonly number[]> = {
	get: (row, name) => {
		const i = typeof name === 'string' ? RANK_FEATURE_AT.get(name) : undefined;
		return i === undefined ? undefined : (row[i] ?? 0);
	},
};

/** A candidate's ranking features by their names (RANK_FEATURES), read from its row: no object of 250 keys made. */
function namedFeatures(row: readonly number[] | undefined): Readonly<Record<string, number>> {
	return new Proxy(row ?? [], BY_NAME) as unknown as Readonly<Record<string, number>>;
}
