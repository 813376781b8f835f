/** Grades the core in-process on the SQuAD 2.0 subset, as ../shared/eval/grade.py does (for fast tuning). */
import { readFileSync } from 'node:fs';
import { createFactdesk } from '../src/core/createFactdesk.ts';
import { loadRankerModel } from '../src/engine/loadRankerModel.ts';
import { parseReport } from '../src/reports/parseReport.ts';
import { normaliseAnswer } from './buildCorpora.ts';

const path = process.argv[2] ?? 'bench/data/squad2-dev-subset.json';
const tuning = JSON.parse(process.argv[3] ?? '{}');
const data = JSON.parse(readFileSync(path, 'utf8')).data as {
	title: string;
	paragraphs: { context: string; qas: { question: string; is_impossible?: boolean; answers: { text: string }[] }[] }[];
}[];
const norm = normaliseAnswer;
const reports = data.map((a) => {
	const parsed = parseReport(a.title.toLowerCase(), a.paragraphs.map((p) => p.context.trim()).join('\n\n'));
	if (!parsed.ok) throw new Error(parsed.problem);
	return parsed.report;
});
// The shipped model unless MODEL=none (the hand-tuned ranking) or MODEL=<file>.
const loaded = process.env.MODEL === 'none' ? undefined : loadRankerModel(process.env.MODEL || undefined);
if (loaded && !loaded.model) throw new Error(loaded.problem);
const desk = createFactdesk(reports, { ...(loaded?.model && { model: loaded.model }), ...tuning });
let okAns = 0;
let nAns = 0;
let okAbs = 0;
let nAbs = 0;
const show = process.env.SHOW;
for (const a of data)
	for (const p of a.paragraphs)
		for (const qa of p.qas) {
			const golds = qa.answers.map((x) => x.text);
			const abstain = !!qa.is_impossible && golds.length === 0;
			const r = desk.ask(qa.question.split(/\s+/).join(' '));
			const quote = norm(r.sources[0]?.quote ?? '');
			const good = r.answered ? !abstain && golds.some((g) => quote.includes(norm(g))) : abstain;
			if (abstain) {
				nAbs++;
				okAbs += good ? 1 : 0;
			} else {
				nAns++;
				okAns += good ? 1 : 0;
			}
			if (process.env.DUMP)
				console.log(
					JSON.stringify({
						abstain,
						right: r.answered && good,
						conf: r.confidence,
						q: qa.question,
						quote: r.sources[0]?.quote,
						answer: r.answer,
						good,
					}),
				);
			if (show && !good && (show === 'all' || (show === 'abs') === abstain))
				console.log(
					`${abstain ? 'ABS' : 'ANS'} ${r.confidence} ${qa.question} -> ${r.answered ? r.sources[0]?.quote.slice(0, 100) : 'DECLINED'} [${golds[0]}]`,
				);
		}
console.log(
	`answerable ${okAns}/${nAns} = ${((100 * okAns) / nAns).toFixed(1)}%, declined right ${okAbs}/${nAbs} = ${((100 * okAbs) / nAbs).toFixed(1)}%`,
);
