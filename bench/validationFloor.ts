/**
 * The decline floor re-chosen as `npm run train` chooses it (best weighted accuracy on the validation sets: every
 * fifth training set, answered right or rightly declined), but with the whole engine answering (the answer-time
 * rules that change the confidence after the model included) and the shipped model; and the ECE of the answers it
 * gives there. For measuring only: `node --max-old-space-size=12000 --import tsx bench/validationFloor.ts`.
 */
import { expectedCalibrationError } from '../scripts/train/calibration.ts';
import type { ExampleKind } from '../scripts/train/collectExamples.ts';
import { oppositesOf } from '../scripts/train/editQuestions.ts';
import { DEFAULT_SETTINGS, kindWeights } from '../scripts/train/fitModel.ts';
import { holdsAnswer, splitArticles } from '../scripts/train/squadData.ts';
import { buildTrainingSets } from '../scripts/train/trainingSets.ts';
import { createFactdesk } from '../src/core/createFactdesk.ts';
import { loadRankerModel } from '../src/engine/loadRankerModel.ts';
import { createRandom } from './textVariants.ts';

const SEED = 20261130;
const loaded = loadRankerModel();
if (!loaded.model) throw new Error(loaded.problem);
const model = loaded.model;
const { squad1, squad2 } = splitArticles('../shared/train', SEED, 48);
const sets = buildTrainingSets(squad1, squad2, createRandom(SEED + 1), oppositesOf(model.antonyms ?? ''));
const scored: { kind: ExampleKind; confidence: number; right: boolean }[] = [];
sets.forEach((set, i) => {
	if (i % 5 !== 4) return;
	const desk = createFactdesk(set.reports, { model, minConfidence: -1 });
	for (const { question, kind } of set.questions) {
		const answer = desk.ask(question.question);
		scored.push({
			kind,
			confidence: answer.confidence,
			right: holdsAnswer(answer.sources[0]?.quote ?? '', question.golds),
		});
	}
});
const weights = kindWeights(scored as never, DEFAULT_SETTINGS.negativeShare);
const total = scored.reduce((sum, s) => sum + weights[s.kind], 0);
const accuracy = (floor: number) =>
	scored.reduce(
		(sum, s) => sum + weights[s.kind] * (s.confidence >= floor ? (s.right ? 1 : 0) : s.kind === 'answerable' ? 0 : 1),
		0,
	) / total;
let best = 0.05;
for (let step = 5; step <= 95; step++) if (accuracy(step / 100) > accuracy(best)) best = step / 100;
const answered = scored.filter((s) => s.confidence >= model.declineBelow);
console.log(`${scored.length} validation questions`);
console.log(`shipped floor ${model.declineBelow}: weighted accuracy ${accuracy(model.declineBelow).toFixed(4)}`);
console.log(`best floor ${best}: weighted accuracy ${accuracy(best).toFixed(4)}`);
console.log(
	`ECE over the answers given: ${expectedCalibrationError(answered).toFixed(3)} (all kinds), ${expectedCalibrationError(answered.filter((s) => s.kind === 'answerable')).toFixed(3)} (answerable only)`,
);
