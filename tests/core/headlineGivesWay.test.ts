import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/core/analyseQuestion.ts';
import { buildAnswerContext } from '../../src/core/buildAnswerContext.ts';
import { chooseFittingAnswer } from '../../src/core/chooseFittingAnswer.ts';
import { indexReports } from '../../src/core/indexReports.ts';
import type { RankedSentence } from '../../src/core/rankSentences.ts';
import { parseReport } from '../../src/reports/parseReport.ts';

/** Two invented reports, each a headline over its story. */
const REPORTS = [
	[
		'wreck',
		[
			'Divers find wreck of 18th-century merchant ship off Gotland',
			'VISBY, Sweden - Recreational divers have found the wreck of the Fru Margareta, a merchant ship that sank in 1744.',
			'The ship was carrying salt and wine when it went down in a storm.',
		],
	],
	['bridge', ['Old river bridge to close for repairs', 'The Karlsbro bridge will close on Monday for six weeks.']],
] as const;

function setUp() {
	const reports = REPORTS.map(([id, paragraphs]) => {
		const parsed = parseReport(id, paragraphs.join('\n\n'));
		if (!parsed.ok) throw new Error(parsed.problem);
		return parsed.report;
	});
	const { context } = buildAnswerContext(indexReports(reports), {});
	const at = (words: string): RankedSentence => {
		const quotes = Array.from({ length: context.corpus.sentenceCount }, (_, s) => context.corpus.quote(s));
		const index = quotes.findIndex((quote) => quote.includes(words));
		if (index < 0) throw new Error(`no sentence holds "${words}"`);
		return { index, score: 1, coverage: 1, contextCoverage: 1, sentenceScore: 1, paragraphScore: 1, affinity: 1 };
	};
	return { context, at, ask: (question: string) => analyseQuestion(question, context.questionContext) };
}

describe('a headline at the top of the ranking', () => {
	const { context, at, ask } = setUp();
	const question = ask('What ship did the divers find?');
	const chances = [0.9, 0.2, 0.3];

	it('gives way to the likeliest story sentence below it, at that sentence’s own chance', () => {
		const ranked = [at('Divers find wreck'), at('carrying salt'), at('Fru Margareta')];
		const chosen = chooseFittingAnswer(question, ranked, 0.9, (position) => chances[position] ?? 0, context);
		expect(chosen?.position).toBe(2);
		expect(context.corpus.quote(ranked[chosen?.position ?? 0]?.index ?? -1)).toContain('Fru Margareta');
		expect(chosen?.confidence).toBeLessThanOrEqual(0.3 + (1 - 0.3) * context.options.matchedEvidence);
		expect(chosen?.confidence).toBeGreaterThan(0);
	});

	it('answers itself when no story sentence is among the candidates weighed, or without estimates for them', () => {
		const headlines = [at('Divers find wreck'), at('Old river bridge')];
		const alone = chooseFittingAnswer(question, headlines, 0.9, (position) => chances[position] ?? 0, context);
		expect(alone?.position).toBe(0);
		const ranked = [at('Divers find wreck'), at('Fru Margareta')];
		expect(chooseFittingAnswer(question, ranked, 0.9, undefined, context)?.position).toBe(0);
	});

	it('does not move a story sentence at the top', () => {
		const ranked = [at('Fru Margareta'), at('Divers find wreck'), at('carrying salt')];
		const chosen = chooseFittingAnswer(question, ranked, 0.9, (position) => [0.9, 0.8, 0.1][position] ?? 0, context);
		expect(chosen?.position).toBe(0);
	});
});
