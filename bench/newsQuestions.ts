/**
 * Invented news reports asked as members would ask them (tests/fixtures/news-questions/set-N.jsonl: each set's twelve
 * reports and 144 questions, 36 of them not answered by the reports, written before the engine answered them): each
 * set's reports loaded as one set, every question asked of the engine (learned model) and of MiniSearch's BM25 top
 * sentence, graded as grade.py grades (the quoted sentence holds the answer's sentence fragment; a question the
 * reports do not answer must be declined): `npx tsx bench/newsQuestions.ts [set-N …]`. Ends with the sets' totals and
 * the expected calibration error of the answers given (10 bins; a question the reports do not answer, answered, is
 * wrong). For measuring only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expectedCalibrationError, type Scored } from '../scripts/train/calibration.ts';
import { createFactdesk } from '../src/core/createFactdesk.ts';
import { loadRankerModel } from '../src/engine/loadRankerModel.ts';
import { loadReports } from '../src/reports/loadReports.ts';
import { miniSearchSystem } from './anchors.ts';

interface NewsQuestion {
	report: string;
	question: string;
	answerable: boolean;
	sentence?: string;
}

// The new-user sets (written by helpers acting as new users, then used to find rules): QUESTIONS=tests/fixtures/
// new-user-questions REPORTS=tests/fixtures/new-user-reports.
const DIR = process.env.QUESTIONS ?? 'tests/fixtures/news-questions';
const loaded = loadRankerModel();
if (!loaded.model) throw new Error(loaded.problem);
const all = loadReports(process.env.REPORTS ?? 'tests/fixtures/news-reports').reports;
const sets = process.argv.slice(2).length
	? process.argv.slice(2)
	: readdirSync(DIR)
			.filter((f) => f.endsWith('.jsonl'))
			.map((f) => f.replace(/\.jsonl$/, ''))
			.sort();
const pct = (n: number, of: number) => `${((100 * n) / (of || 1)).toFixed(1)}%`;
console.log(
	'| set | answerable answered right | top-1 if it never declined | MiniSearch top sentence | not answered by the reports, declined |',
);
console.log('|---|---:|---:|---:|---:|');
const totals = { answerable: 0, right: 0, top: 0, miniRight: 0, unanswerable: 0, declined: 0 };
const given: Scored[] = [];
for (const set of sets) {
	const questions = readFileSync(`${DIR}/${set}.jsonl`, 'utf8')
		.trim()
		.split('\n')
		.map((line) => JSON.parse(line) as NewsQuestion);
	const ids = new Set(questions.map((q) => q.report));
	const reports = all.filter((r) => ids.has(r.id));
	const desk = createFactdesk(reports, { model: loaded.model });
	const never = createFactdesk(reports, { model: loaded.model, minConfidence: -1 });
	const mini = miniSearchSystem.build(reports);
	let answerable = 0;
	let right = 0;
	let top = 0;
	let miniRight = 0;
	let unanswerable = 0;
	let declined = 0;
	for (const q of questions) {
		const answer = desk.ask(q.question);
		const holds = (quote: string | undefined) => (quote ?? '').includes(q.sentence ?? '\u0000');
		if (answer.answered)
			given.push({ confidence: answer.confidence, right: q.answerable && holds(answer.sources[0]?.quote) });
		if (!q.answerable) {
			unanswerable++;
			declined += answer.answered ? 0 : 1;
			continue;
		}
		answerable++;
		right += answer.answered && holds(answer.sources[0]?.quote) ? 1 : 0;
		top += holds(never.ask(q.question).sources[0]?.quote) ? 1 : 0;
		miniRight += holds(mini(q.question)?.quote) ? 1 : 0;
	}
	console.log(
		`| ${set} | ${pct(right, answerable)} (${right}/${answerable}) | ${pct(top, answerable)} | ${pct(miniRight, answerable)} | ${pct(declined, unanswerable)} (${declined}/${unanswerable}) |`,
	);
	Object.assign(totals, {
		answerable: totals.answerable + answerable,
		right: totals.right + right,
		top: totals.top + top,
		miniRight: totals.miniRight + miniRight,
		unanswerable: totals.unanswerable + unanswerable,
		declined: totals.declined + declined,
	});
}
const t = totals;
console.log(
	`| all ${sets.length} | ${pct(t.right, t.answerable)} (${t.right}/${t.answerable}) | ${pct(t.top, t.answerable)} (${t.top}) | ${pct(t.miniRight, t.answerable)} (${t.miniRight}) | ${pct(t.declined, t.unanswerable)} (${t.declined}/${t.unanswerable}) |`,
);
console.log(
	`\nExpected calibration error over the ${given.length} answers given: ${expectedCalibrationError(given).toFixed(3)}`,
);
