/**
 * The shipped engine on the held-out training articles (48 articles × 5 paragraphs, one set of reports), beside the
 * hand-tuned ranking and MiniSearch's BM25 top sentence: `npx tsx bench/evalHeldOut.ts [TRAIN_DIR]`. The same
 * articles `npm run train` keeps out of training (same seed).
 */
import { formatReliability } from '../scripts/train/calibration.ts';
import { evaluateHeldOut } from '../scripts/train/heldOut.ts';
import { evaluateHeldOutEdited } from '../scripts/train/heldOutEdited.ts';
import { splitArticles } from '../scripts/train/squadData.ts';
import { loadRankerModel } from '../src/engine/loadRankerModel.ts';

const loaded = loadRankerModel();
if (!loaded.model) throw new Error(loaded.problem);
const about = loaded.model.about as { seed?: number };
const { heldOut } = splitArticles(process.argv[2] ?? '../shared/train', about.seed ?? 20261130, 48);
const model = evaluateHeldOut(heldOut, { model: loaded.model });
const hand = evaluateHeldOut(heldOut, {});
const pct = (v: number) => `${(100 * v).toFixed(1)}%`;
console.log(
	`${heldOut.length} held-out articles, ${model.questions} questions; decline floor ${loaded.model.declineBelow}\n`,
);
console.log(
	'| ranking | answered right (declines count) | top-1 (never declining) | declined | ECE |\n|---|---:|---:|---:|---:|',
);
console.log(
	`| learned model | ${pct(model.answeredRight)} | ${pct(model.topOne)} | ${pct(model.declined)} | ${model.ece.toFixed(3)} |`,
);
console.log(`| hand-tuned | ${pct(hand.answeredRight)} | ${pct(hand.topOne)} | ${pct(hand.declined)} | – |`);
console.log(`| MiniSearch BM25 top sentence | ${pct(model.miniSearch)} | ${pct(model.miniSearch)} | 0.0% | – |\n`);
console.log(formatReliability(model.reliability));

const edited = evaluateHeldOutEdited(heldOut, { model: loaded.model });
const handEdited = evaluateHeldOutEdited(heldOut, {});
console.log(
	`\nWith ${edited.edited} of their questions edited as SQuAD 2.0's writers did (a name, number or year of the same article swapped in, a negation, an antonym; scripts/train/editQuestions.ts) asked too:\n`,
);
console.log('| ranking | answerable answered right | edited declined | ECE over both |\n|---|---:|---:|---:|');
for (const [name, f] of [
	['learned model', edited],
	['hand-tuned', handEdited],
] as const)
	console.log(`| ${name} | ${pct(f.answeredRight)} | ${pct(f.declined)} | ${f.ece.toFixed(3)} |`);
