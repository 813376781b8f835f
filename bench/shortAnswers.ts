/**
 * How often the short answer is right where the sentence is: on the held-out training articles (one set of reports,
 * as `npx tsx bench/evalHeldOut.ts` asks them), for each question the engine answers with a sentence that holds a
 * gold answer, whether its short answer and a gold answer contain one another (SQuAD normalisation), by question
 * type: `npx tsx bench/shortAnswers.ts [TRAIN_DIR]`. For measuring only.
 */
import { heldOutSet } from '../scripts/train/heldOut.ts';
import { holdsAnswer, splitArticles } from '../scripts/train/squadData.ts';
import { classifyQuestion } from '../src/core/classifyQuestion.ts';
import { createFactdesk } from '../src/core/createFactdesk.ts';
import { loadRankerModel } from '../src/engine/loadRankerModel.ts';

const loaded = loadRankerModel();
if (!loaded.model) throw new Error(loaded.problem);
const about = loaded.model.about as { seed?: number };
const { heldOut } = splitArticles(process.argv[2] ?? '../shared/train', about.seed ?? 20261130, 48);
const { reports, questions } = heldOutSet(heldOut);
const desk = createFactdesk(reports, { model: loaded.model, minConfidence: -1 });
const byType = new Map<string, { asked: number; right: number; whole: number }>();
for (const q of questions) {
	const answer = desk.ask(q.question);
	const quote = answer.sources[0]?.quote ?? '';
	if (!holdsAnswer(quote, q.golds)) continue;
	const row = byType.get(classifyQuestion(q.question)) ?? { asked: 0, right: 0, whole: 0 };
	byType.set(classifyQuestion(q.question), row);
	row.asked++;
	if (answer.answer === quote) row.whole++;
	else if (holdsAnswer(answer.answer, q.golds) || q.golds.some((g) => holdsAnswer(g, [answer.answer]))) row.right++;
}
const pct = (n: number, of: number) => `${((100 * n) / (of || 1)).toFixed(1)}%`;
console.log(
	'| question type | right sentences | short answer right | the whole sentence given |\n|---|---:|---:|---:|',
);
for (const [type, row] of [...byType].sort((a, b) => b[1].asked - a[1].asked))
	console.log(`| ${type} | ${row.asked} | ${pct(row.right, row.asked)} | ${pct(row.whole, row.asked)} |`);
