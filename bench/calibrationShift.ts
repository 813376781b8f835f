/**
 * Whether recalibrating could meet both calibration targets: the shipped model's confidences on the held-out articles
 * and on a SQuAD 2.0 file, moved by a constant on the logit scale, with the ECE of each over the same answers given
 * (those at or above the shipped floor): `npx tsx bench/calibrationShift.ts [FILE]`. For measuring only: nothing here
 * feeds the model or its floor.
 */
import { expectedCalibrationError, type Scored } from '../scripts/train/calibration.ts';
import { heldOutSet } from '../scripts/train/heldOut.ts';
import { holdsAnswer, splitArticles } from '../scripts/train/squadData.ts';
import { createFactdesk } from '../src/core/createFactdesk.ts';
import { loadRankerModel } from '../src/engine/loadRankerModel.ts';
import { askSquadFile } from './askSquadFile.ts';

const SHIFTS = [0, -0.25, -0.5, -0.75, -1, -1.5];
const loaded = loadRankerModel();
if (!loaded.model) throw new Error(loaded.problem);
const model = loaded.model;
const about = model.about as { seed?: number };
const { heldOut } = splitArticles('../shared/train', about.seed ?? 20261130, 48);
const { reports, questions } = heldOutSet(heldOut);
const desk = createFactdesk(reports, { model, minConfidence: -1 });
const held: Scored[] = questions.map((q) => {
	const answer = desk.ask(q.question);
	return { confidence: answer.confidence, right: holdsAnswer(answer.sources[0]?.quote ?? '', q.golds) };
});
const squad = askSquadFile(process.argv[2] ?? 'bench/data/squad2-dev-subset.json', { model });
const shifted = (answers: readonly Scored[], by: number) =>
	answers
		.filter((a) => a.confidence >= model.declineBelow)
		.map((a) => {
			const p = Math.min(1 - 1e-6, Math.max(1e-6, a.confidence));
			return { confidence: 1 / (1 + Math.exp(-(Math.log(p / (1 - p)) + by))), right: a.right };
		});
console.log('| logit shift | held-out ECE | SQuAD 2.0 file ECE |\n|---:|---:|---:|');
for (const by of SHIFTS)
	console.log(
		`| ${by} | ${expectedCalibrationError(shifted(held, by)).toFixed(3)} | ${expectedCalibrationError(shifted(squad, by)).toFixed(3)} |`,
	);
