/**
 * The shipped engine on a SQuAD 2.0 file as grade.py grades it, at every decline floor 0.1…0.9, with the
 * expected calibration error and reliability table at the shipped floor: `npx tsx bench/calibrationReport.ts [FILE]`.
 * For measuring only: nothing here feeds the model or its floor.
 */
import { expectedCalibrationError, formatReliability, reliabilityTable } from '../scripts/train/calibration.ts';
import { loadRankerModel } from '../src/engine/loadRankerModel.ts';
import { askSquadFile } from './askSquadFile.ts';

const path = process.argv[2] ?? 'bench/data/squad2-dev-subset.json';
const loaded = loadRankerModel();
if (!loaded.model) throw new Error(loaded.problem);
const floor = loaded.model.declineBelow;
const asked = askSquadFile(path, { model: loaded.model });
const answerable = asked.filter((a) => !a.abstain);
const unanswerable = asked.filter((a) => a.abstain);
const pct = (n: number, of: number) => `${((100 * n) / (of || 1)).toFixed(1)}% (${n}/${of})`;
const at = (t: number) => ({
	right: answerable.filter((a) => a.confidence >= t && a.right).length,
	declined: unanswerable.filter((a) => a.confidence < t).length,
});
console.log(`${path}: ${answerable.length} answerable, ${unanswerable.length} unanswerable; shipped floor ${floor}\n`);
console.log('| decline floor | answerable answered right | unanswerable declined |\n|---:|---:|---:|');
for (const t of [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, floor].sort((a, b) => a - b)) {
	const { right, declined } = at(t);
	console.log(
		`| ${t === floor ? `**${t}** (shipped)` : t} | ${pct(right, answerable.length)} | ${pct(declined, unanswerable.length)} |`,
	);
}
const given = asked.filter((a) => a.confidence >= floor);
console.log(
	`\nExpected calibration error over the ${given.length} answers given: ${expectedCalibrationError(given).toFixed(3)}\n`,
);
console.log(formatReliability(reliabilityTable(given)));
