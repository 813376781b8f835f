/** Training examples: every question asked of a set of reports, with each candidate's features and whether it is right. */
import type { AntonymTable } from '../../src/core/AntonymTable.ts';
import { type AnalysedQuestion, analyseQuestion } from '../../src/core/analyseQuestion.ts';
import { buildAnswerContext } from '../../src/core/buildAnswerContext.ts';
import { candidateFeatures } from '../../src/core/candidateFeatures.ts';
import { collectCandidates } from '../../src/core/collectCandidates.ts';
import { indexReports } from '../../src/core/indexReports.ts';
import { readerWords } from '../../src/core/rereadCandidates.ts';
import type { Report } from '../../src/core/types.ts';
import type { WordVectors } from '../../src/core/WordVectors.ts';
import { holdsAnswer, type Question } from './squadData.ts';

/**
 * Why a question is in the set: answerable; written to have no answer (SQuAD 2.0); asked of other reports; asked
 * with its paragraph left out of the report (right only if another sentence holds its answer); or with a name in
 * it swapped for one from another article; edited as SQuAD 2.0's writers edited theirs (a name or number of the same
 * article swapped in, a negation, an antonym); or turned to ask for a figure its paragraph does not hold.
 */
export type ExampleKind = 'answerable' | 'unanswerable' | 'foreign' | 'removed' | 'swapped' | 'edited' | 'retyped';

export interface Example {
	kind: ExampleKind;
	question: AnalysedQuestion;
	/** Candidates' features, best hand-ranked first (single precision: training holds millions). */
	features: Float32Array[];
	/** Whether each candidate's sentence holds a gold answer (never, for unanswerable and foreign questions). */
	right: boolean[];
	/** What the sentence reader reads: the set's number, the question's words and each candidate sentence's. */
	reading: { set: number; question: string; sentences: string[] };
	/** The sentence reader's scores of the ranker's first candidates, once it is fitted (see rereadLogits). */
	reread?: { read: number[]; scores: number[]; weight: number };
}

/**
 * Asks each question of the reports (set number `set`) and records its candidates; `kind` of a question without golds
 * decides.
 */
export function collectExamples(
	set: number,
	reports: Report[],
	questions: readonly { question: Question; kind: ExampleKind }[],
	vectors: WordVectors,
	antonyms?: AntonymTable,
): Example[] {
	const { context } = buildAnswerContext(indexReports(reports), { vectors, ...(antonyms && { antonyms }) });
	const { corpus } = context;
	const words = new Map<number, string>();
	const wordsOf = (index: number) => {
		let joined = words.get(index);
		if (joined === undefined) {
			joined = (corpus.sentence(index)?.tokens ?? []).map((t) => t.word).join(' ');
			words.set(index, joined);
		}
		return joined;
	};
	return questions.map(({ question, kind }) => {
		const analysed = analyseQuestion(question.question, context.questionContext);
		const { ranked, signs } = collectCandidates(analysed, context);
		const features = candidateFeatures(analysed, ranked, signs, context).map((row) => Float32Array.from(row));
		const golds = kind === 'answerable' || kind === 'removed' ? question.golds : [];
		return {
			kind,
			question: analysed,
			features,
			right: ranked.map((r) => holdsAnswer(corpus.sentence(r.index)?.ref.quote ?? '', golds)),
			reading: { set, question: readerWords(analysed.text).join(' '), sentences: ranked.map((r) => wordsOf(r.index)) },
		};
	});
}
