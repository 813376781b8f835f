import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/core/analyseQuestion.ts';
import { buildAnswerContext } from '../../src/core/buildAnswerContext.ts';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { indexReports } from '../../src/core/indexReports.ts';
import { rareWordElsewhere } from '../../src/core/rareWordElsewhere.ts';
import { loadReports } from '../../src/reports/loadReports.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { shippedModelTuning } from './shippedModel.ts';

function corpusOf(...texts: [string, string][]) {
	const reports = texts.map(([id, text]) => {
		const parsed = parseReport(id, text);
		if (!parsed.ok) throw new Error(parsed.problem);
		return parsed.report;
	});
	return buildAnswerContext(indexReports(reports), {}).context;
}

const context = corpusOf(
	['cheese', 'Dairy recalls cheeses\n\nThe dairy Brenvaux recalled 90,000 cheeses on Monday after listeria was found.'],
	['metro', 'Rail line cost doubles\n\nThe line would return 90 cents for every dollar spent, the review found.'],
	['church', 'Chapel reopens\n\nThe Congregational chapel reopened, and members began congregating there on Sundays.'],
);
const common = new Set(['recall', 'cost', 'line', 'review', 'congregating', 'cents']);
const ask = (question: string) => analyseQuestion(question, context.questionContext);
const reportOf = (id: string) => context.corpus.reports.findIndex((r) => r.id === id);

describe('rareWordElsewhere', () => {
	it('finds a name of its own that another report writes and the answering one never does', () => {
		const question = ask('how much will the recall cost brenvaux');
		expect(rareWordElsewhere(question, context.corpus, reportOf('metro'), common)).toBe(true);
		expect(rareWordElsewhere(question, context.corpus, reportOf('cheese'), common)).toBe(false);
	});

	it('takes no common word, nor one the reports write in lowercase, for a name', () => {
		expect(rareWordElsewhere(ask('how much will the line cost'), context.corpus, reportOf('cheese'), common)).toBe(
			false,
		);
		const members = ask('when were members congregating');
		expect(rareWordElsewhere(members, context.corpus, reportOf('metro'), new Set())).toBe(false);
		expect(rareWordElsewhere(ask('what did brenvaux recall'), context.corpus, reportOf('metro'), undefined)).toBe(
			false,
		);
	});
});

describe('a name asked of another report in the engine', () => {
	it('does not answer with a sum from a report that never names the one asked about', () => {
		const reports = loadReports('tests/fixtures/news-reports').reports.filter((r) => r.id.startsWith('set16-'));
		const desk = createFactdesk(reports, shippedModelTuning());
		const answer = desk.ask('how much is the recall going to cost vauclair');
		expect(answer.answered ? answer.sources[0]?.report : 'declined').not.toBe('set16-metro');
	});
});
