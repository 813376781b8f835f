/**
 * The shipped engine on a SQuAD 2.0 file as grade.py grades it, at every decline floor 0.1…0.9, with the
 * expected calibration error and reliability table at the shipped floor: `npx tsx bench/calibrationReport.ts [FILE]`.
 * For measuring only: nothing here feeds the model or its floor.
 */
import { readFileSync } from 'node:fs';
import { expectedCalibrationError, formatReliability, reliabilityTable } from '../scripts/train/calibration.ts';
import { holdsAnswer } from '../scripts/train/squadData.ts';
import { createFactdesk } from '../src/core/createFactdesk.ts';
import { loadRankerModel } from '../src/engine/loadRankerModel.ts';
import { parseReport } from '../src/reports/parseReport.ts';

const path = process.argv[2] ?? 'bench/data/squad2-dev-subset.json';
const data = JSON.parse(readFileSync(path, 'utf8')).data as {
	title: string;
	paragraphs: { context: string; qas: { question: string; is_impossible?: boolean; answers: { text: string }[] }[] }[];
}[];
const reports = data.map((a) => {
	const slug = a.title
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	const parsed = parseReport(slug, a.paragraphs.map((p) => p.context.trim()).join('\n\n'));
	if (!parsed.ok) throw new Error(parsed.problem);
	return parsed.report;
});
const loaded = loadRankerModel();
if (!loaded.model) throw new Error(loaded.problem);
const floor = loaded.model.declineBelow;
const desk = createFactdesk(reports, { model: loaded.model, minConfidence: -1 });
const asked = data.flatMap((a) =>
	a.paragraphs.flatMap((p) =>
		p.qas.map((qa) => {
			const golds = qa.answers.map((x) => x.text);
			const answer = desk.ask(qa.question.split(/\s+/).join(' '));
			const abstain = !!qa.is_impossible && golds.length === 0;
			return {
				abstain,
				confidence: answer.confidence,
				right: !abstain && holdsAnswer(answer.sources[0]?.quote ?? '', golds),
			};
		}),
	),
);
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
