import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/core/analyseQuestion.ts';
import { buildAnswerContext } from '../../src/core/buildAnswerContext.ts';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { indexReports } from '../../src/core/indexReports.ts';
import { offTopic } from '../../src/core/offTopic.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { loadFixtureReports } from './loadFixtureReports.ts';
import { shippedModelTuning } from './shippedModel.ts';

/** An invented report, worded unlike the seed report, so the rule is general. */
const TEXT = [
	'Harbour patrols reported a busy night along the northern coast of Tervala.',
	'Rebel units fired 30 rockets at the port of Kessby overnight, officials said. Coast guard crews intercepted 12 rockets before they reached the docks.',
	'Mayor Ilse Brandt visited the docks on Monday and promised to rebuild the cranes.',
].join('\n\n');

function setUp() {
	const parsed = parseReport('harbour-night', TEXT);
	if (!parsed.ok) throw new Error(parsed.problem);
	const index = indexReports([parsed.report]);
	const { context } = buildAnswerContext(index, {});
	const paragraphTerms = (p: number) => context.corpus.paragraph(p)?.terms;
	const ask = (question: string) => analyseQuestion(question, context.questionContext);
	return { ask, paragraphTerms };
}

describe('offTopic', () => {
	const { ask, paragraphTerms } = setUp();

	it('is off-topic when most of the question’s words occur nowhere in the reports', () => {
		expect(offTopic(ask('Which pizzeria serves calzone and tiramisu?'), paragraphTerms(1), 0.5)).toBe(true);
		expect(offTopic(ask('How many rockets were intercepted?'), paragraphTerms(1), 0.5)).toBe(false);
	});

	it('is off-topic when none of its words is in the answer’s paragraph, though the reports use them', () => {
		expect(offTopic(ask('What did the mayor promise?'), paragraphTerms(1), 0.5)).toBe(true);
		expect(offTopic(ask('What did the mayor promise?'), paragraphTerms(2), 0.5)).toBe(false);
	});

	it('counts a word as known when the reports use a synonym of it', () => {
		const question = ask('How many missiles were intercepted?');
		expect(question.unknown.map((u) => u.word)).not.toContain('missiles');
		expect(question.terms.some((t) => t.weight < 1)).toBe(true);
		expect(offTopic(question, paragraphTerms(1), 0.5)).toBe(false);
	});

	it('makes the engine decline what the learned ranker would answer without a shared word', () => {
		const seed = loadFixtureReports().filter((r) => r.id === 'energy-truce-strikes');
		const index = indexReports(seed);
		const withModel = createFactdesk(index.corpus.reports, shippedModelTuning(), index);
		const chat = 'yo anyone know a good pizza place lol';
		expect(withModel.ask(chat).answered).toBe(false);
		// "weather" is an English word of the model's vocabulary, not a typo of the report's "whether".
		expect(withModel.ask('what is the weather tomorrow?').answered).toBe(false);
		expect(withModel.ask('yo how many ppl got hurt lol').answered).toBe(true);
	});
});
