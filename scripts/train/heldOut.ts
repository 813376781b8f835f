/** The held-out articles as one set of reports, answered by the engine and by MiniSearch's BM25 top sentence. */
import { miniSearchSystem } from '../../bench/anchors.ts';
import { createFactdesk, type EngineTuning } from '../../src/core/createFactdesk.ts';
import { expectedCalibrationError, reliabilityTable, type Scored } from './calibration.ts';
import { articleQuestions, articleReport, holdsAnswer, type Question, type SquadArticle } from './squadData.ts';

/** Paragraphs of each held-out article: a report of news length. */
export const HELD_OUT_PARAGRAPHS = 5;

export interface HeldOutFigures {
	questions: number;
	/** Right answers with declines counted as wrong, 0..1. */
	answeredRight: number;
	/** Right top sentences had it never declined, 0..1. */
	topOne: number;
	declined: number;
	ece: number;
	miniSearch: number;
	reliability: ReturnType<typeof reliabilityTable>;
}

/** The held-out reports and their questions. */
export function heldOutSet(articles: readonly SquadArticle[]) {
	const reports = articles.map((a) => articleReport(a, HELD_OUT_PARAGRAPHS));
	const questions: Question[] = articles.flatMap((a, i) =>
		articleQuestions(a, reports[i]?.id ?? '', HELD_OUT_PARAGRAPHS),
	);
	return { reports, questions };
}

/** Asks every held-out question of the engine (with `tuning`) and of MiniSearch, graded as grade.py grades. */
export function evaluateHeldOut(articles: readonly SquadArticle[], tuning: EngineTuning): HeldOutFigures {
	const { reports, questions } = heldOutSet(articles);
	const desk = createFactdesk(reports, tuning);
	const never = createFactdesk(reports, { ...tuning, minConfidence: -1 });
	const mini = miniSearchSystem.build(reports);
	let right = 0;
	let top = 0;
	let declined = 0;
	let miniRight = 0;
	const given: Scored[] = [];
	for (const q of questions) {
		const answer = desk.ask(q.question);
		const ok = answer.answered && holdsAnswer(answer.sources[0]?.quote ?? '', q.golds);
		if (answer.answered) given.push({ confidence: answer.confidence, right: ok });
		else declined++;
		right += ok ? 1 : 0;
		top += holdsAnswer(never.ask(q.question).sources[0]?.quote ?? '', q.golds) ? 1 : 0;
		miniRight += holdsAnswer(mini(q.question)?.quote ?? '', q.golds) ? 1 : 0;
	}
	const n = questions.length || 1;
	return {
		questions: questions.length,
		answeredRight: right / n,
		topOne: top / n,
		declined: declined / n,
		ece: expectedCalibrationError(given),
		miniSearch: miniRight / n,
		reliability: reliabilityTable(given),
	};
}
