import { describe, expect, it } from 'vitest';
import { buildAnswerContext } from '../../src/core/buildAnswerContext.ts';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { indexReports } from '../../src/core/indexReports.ts';
import { topicElsewhere } from '../../src/core/topicElsewhere.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { shippedModelTuning } from './shippedModel.ts';

/** Two invented reports: one on a state visit, one on bus fares whose taxpayers pay a sum. */
const TEXTS = {
	visit:
		"Norland's President Begins State Visit to Vestmark\n\nPresident Aino Kask arrived in Vestmark on Monday for a three-day visit, the first by a Norland leader in 20 years.\n\nShe will sign a fishing agreement on Tuesday.",
	fares:
		'Vestmark Bus Fares to Rise in May\n\nBus fares in Vestmark will rise in May, the transport council said.\n\nTaxpayers still cover about 1.4 billion crowns a year in bus operating costs, council chair Ole Brekke said.',
};

function reports() {
	return Object.entries(TEXTS).map(([id, text]) => {
		const parsed = parseReport(id, text);
		if (!parsed.ok) throw new Error(parsed.problem);
		return parsed.report;
	});
}

describe('topicElsewhere', () => {
	const { context } = buildAnswerContext(indexReports(reports()), {});
	const fares = context.corpus.reportAt('fares');
	const visit = context.corpus.reportAt('visit');

	it("says a question names another report's title words that the answering report never writes together", () => {
		const text = () => TEXTS.fares;
		expect(topicElsewhere(context.corpus, 'How much did the state visit cost taxpayers?', fares, text)).toBe(true);
		expect(topicElsewhere(context.corpus, 'How much did the state visit cost?', visit, () => TEXTS.visit)).toBe(false);
		expect(topicElsewhere(context.corpus, 'How much do taxpayers pay for buses?', fares, text)).toBe(false);
	});

	it('keeps an answer from a report on something else out (learned ranking)', () => {
		const desk = createFactdesk(reports(), shippedModelTuning());
		expect(desk.ask('how much did the state visit cost taxpayers?').answered).toBe(false);
		expect(desk.ask('how much do taxpayers pay for the buses each year?').answer).toBe(
			'about 1.4 billion crowns a year',
		);
	});
});
