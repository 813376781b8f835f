/** A SQuAD 2.0 file asked of the engine the way grade.py asks it: each article one report, every question once. */
import { readFileSync } from 'node:fs';
import { holdsAnswer } from '../scripts/train/squadData.ts';
import { createFactdesk, type EngineTuning } from '../src/core/createFactdesk.ts';
import { parseReport } from '../src/reports/parseReport.ts';

/** One question's outcome: whether it has no answer, the engine's confidence, and whether its sentence is right. */
export interface AskedSquad {
	abstain: boolean;
	confidence: number;
	right: boolean;
}

/** Asks every question of the file at `path` of an engine over its articles, never declining (`minConfidence` -1). */
export function askSquadFile(path: string, tuning: EngineTuning): AskedSquad[] {
	const data = JSON.parse(readFileSync(path, 'utf8')).data as {
		title: string;
		paragraphs: {
			context: string;
			qas: { question: string; is_impossible?: boolean; answers: { text: string }[] }[];
		}[];
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
	const desk = createFactdesk(reports, { ...tuning, minConfidence: -1 });
	return data.flatMap((a) =>
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
}
