import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/core/analyseQuestion.ts';
import { buildAnswerContext } from '../../src/core/buildAnswerContext.ts';
import { chooseFittingAnswer } from '../../src/core/chooseFittingAnswer.ts';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { indexReports } from '../../src/core/indexReports.ts';
import { DEFAULT_OPTIONS } from '../../src/core/options.ts';
import type { RankedSentence } from '../../src/core/rankSentences.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { shippedModelTuning } from './shippedModel.ts';

/** An invented report in which one person speaks in several sentences. */
const TEXT = [
	'A storm closed the port of Kessby on Tuesday.',
	'Port director Ines Varga said the cranes would be repaired by June. The ferry to Lund stopped for the day. “Ships will be rerouted to Lund until the docks reopen,” Varga added.',
].join('\n\n');

function setUp() {
	const parsed = parseReport('port-storm', TEXT);
	if (!parsed.ok) throw new Error(parsed.problem);
	const index = indexReports([parsed.report]);
	const { context } = buildAnswerContext(index, {});
	const at = (words: string): RankedSentence => ({
		index: Array.from({ length: context.corpus.sentenceCount }, (_, s) => context.corpus.quote(s)).findIndex((q) =>
			q.includes(words),
		),
		score: 1,
		coverage: 1,
		contextCoverage: 1,
		sentenceScore: 1,
		paragraphScore: 1,
		affinity: 1,
	});
	const ranked = [at('Varga said the cranes'), at('The ferry to Lund'), at('Ships will be rerouted')];
	const choose = (question: string, withEstimates = true) =>
		chooseFittingAnswer(
			analyseQuestion(question, context.questionContext),
			ranked,
			0.3,
			withEstimates ? () => 0.3 : undefined,
			context,
		);
	return { choose, report: parsed.report };
}

describe('"what did X say" counts any of X’s statements', () => {
	const { choose, report } = setUp();

	it('gives the chance that the answer is one of X’s statements, not the chosen one’s alone', () => {
		const answer = choose('What did Ines Varga say?');
		expect(answer?.position).toBe(0);
		// Two of the three candidates report Varga's words (the quoted one is a matching fact: some of its doubt is
		// taken away); the ferry sentence reports nobody's.
		const quoted = 0.3 + 0.7 * DEFAULT_OPTIONS.matchedEvidence;
		expect(answer?.confidence).toBeCloseTo(1 - 0.7 * (1 - quoted), 6);
	});

	it('leaves other questions, a speaker who says nothing, and the hand-tuned ranking as they were', () => {
		expect(choose('What was repaired by June?')?.confidence).toBeCloseTo(0.3, 6);
		expect(choose('What did the ferry captain say?')?.confidence ?? 0).toBeLessThan(0.3);
		expect(choose('What did Ines Varga say?', false)?.confidence).toBeCloseTo(0.3, 6);
	});

	it('lets the shipped engine answer a person who speaks several times', () => {
		const desk = createFactdesk([report], shippedModelTuning());
		const answer = desk.ask('What did Varga say?');
		expect(answer.answered).toBe(true);
		expect(answer.sources[0]?.quote).toMatch(/Varga (said|added)/);
	});
});
