/**
 * Lists the seed questions (tests/fixtures/seed-questions.jsonl) each engine gets wrong, graded as grade.py grades,
 * with the confidence of the learned model and of the hand-tuned ranking side by side: `npx tsx bench/seedDiagnose.ts [FILE]` (MODEL=<file> for another model).
 */
import { readFileSync } from 'node:fs';
import { createFactdesk } from '../src/core/createFactdesk.ts';
import type { Answer } from '../src/core/types.ts';
import { loadRankerModel } from '../src/engine/loadRankerModel.ts';
import { loadReports } from '../src/reports/loadReports.ts';

interface SeedQuestion {
	q: string;
	accept?: { src: string; has: string[] }[];
	abstain?: boolean;
}

function grade(question: SeedQuestion, answer: Answer): boolean {
	if (!answer.answered) return question.abstain === true;
	const quote = (answer.sources[0]?.quote ?? '').toLowerCase();
	const text = `${answer.answer} ${quote}`.toLowerCase();
	return (question.accept ?? []).some(
		(a) => quote.includes(a.src.toLowerCase()) && a.has.every((h) => text.includes(h.toLowerCase())),
	);
}

const questions = readFileSync(process.argv[2] ?? 'tests/fixtures/seed-questions.jsonl', 'utf8')
	.split('\n')
	.filter((l) => l.trim())
	.map((l) => JSON.parse(l) as SeedQuestion);
const { reports } = loadReports('data/reports');
const loaded = loadRankerModel(process.env.MODEL || undefined);
const model = createFactdesk(reports, loaded.model ? { model: loaded.model } : {});
const hand = createFactdesk(reports, {});
const never = createFactdesk(reports, loaded.model ? { model: loaded.model, minConfidence: -1 } : {});
const totals = { model: [0, 0], hand: [0, 0] };
for (const q of questions) {
	const m = model.ask(q.q);
	const h = hand.ask(q.q);
	const okM = grade(q, m);
	const okH = grade(q, h);
	const k = q.abstain ? 1 : 0;
	totals.model[k] = (totals.model[k] ?? 0) + (okM ? 1 : 0);
	totals.hand[k] = (totals.hand[k] ?? 0) + (okH ? 1 : 0);
	if (okM && okH) continue;
	const n = never.ask(q.q);
	const topOk = q.abstain ? '-' : grade(q, n) ? 'top✓' : 'top✗';
	console.log(
		`${q.abstain ? 'DECLINE' : 'ANSWER '} model ${okM ? '✓' : '✗'} ${m.confidence.toFixed(2)} (${topOk} ${n.confidence.toFixed(2)}) hand ${okH ? '✓' : '✗'} ${h.confidence.toFixed(2)} | ${q.q}\n    model: ${m.answered ? `${m.answer} | ${(m.sources[0]?.quote ?? '').slice(0, 90)}` : 'DECLINED'}`,
	);
}
const answerable = questions.filter((q) => !q.abstain).length;
console.log(
	`model ${totals.model[0]}/${answerable} answered, ${totals.model[1]}/${questions.length - answerable} declined; hand ${totals.hand[0]}/${answerable}, ${totals.hand[1]}/${questions.length - answerable}`,
);
