/**
 * The held-out articles asked questions made unanswerable the way SQuAD 2.0's writers made theirs (editQuestions.ts),
 * beside their own: how often the engine declines those, and how well its confidence holds over both kinds.
 */
import { createRandom } from '../../bench/textVariants.ts';
import { createFactdesk, type EngineTuning } from '../../src/core/createFactdesk.ts';
import { expectedCalibrationError, type Scored } from './calibration.ts';
import { type Edit, editQuestion } from './editQuestions.ts';
import { HELD_OUT_PARAGRAPHS, heldOutSet } from './heldOut.ts';
import { holdsAnswer, type SquadArticle } from './squadData.ts';

const EDITS: readonly Edit[] = ['swap', 'negate', 'antonym'];

export interface EditedFigures {
	/** Edited questions asked, and the share of them declined. */
	edited: number;
	declined: number;
	/** Share of the answerable questions answered right, declines counted as wrong. */
	answeredRight: number;
	/** Expected calibration error over the answers given to both kinds. */
	ece: number;
}

/** Asks the held-out set's own questions and one edit of each (where an edit applies) of the engine with `tuning`. */
export function evaluateHeldOutEdited(articles: readonly SquadArticle[], tuning: EngineTuning): EditedFigures {
	const { reports, questions } = heldOutSet(articles);
	const desk = createFactdesk(reports, tuning);
	const random = createRandom(97);
	const byReport = new Map(reports.map((r, i) => [r.id, articles[i]]));
	const given: Scored[] = [];
	let edited = 0;
	let declined = 0;
	let right = 0;
	for (const q of questions) {
		const answer = desk.ask(q.question);
		const ok = answer.answered && holdsAnswer(answer.sources[0]?.quote ?? '', q.golds);
		if (answer.answered) given.push({ confidence: answer.confidence, right: ok });
		right += ok ? 1 : 0;
		const article = byReport.get(q.report);
		const edit = EDITS[Math.floor(random() * EDITS.length)] ?? 'swap';
		const trimmed = article && { ...article, paragraphs: article.paragraphs.slice(0, HELD_OUT_PARAGRAPHS) };
		const text = trimmed && editQuestion(q.question, trimmed, q.paragraph, edit, random);
		if (!text) continue;
		edited++;
		const wrong = desk.ask(text);
		if (wrong.answered) given.push({ confidence: wrong.confidence, right: false });
		else declined++;
	}
	return {
		edited,
		declined: declined / (edited || 1),
		answeredRight: right / (questions.length || 1),
		ece: expectedCalibrationError(given),
	};
}
