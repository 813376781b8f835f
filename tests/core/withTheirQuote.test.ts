import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/core/analyseQuestion.ts';
import { buildAnswerContext } from '../../src/core/buildAnswerContext.ts';
import { indexReports } from '../../src/core/indexReports.ts';
import { withTheirQuote } from '../../src/core/withTheirQuote.ts';
import { parseReport } from '../../src/reports/parseReport.ts';

/** An invented report: two people report and quote, one after the other. */
const TEXT = [
	'Ferry strike ends after nine days',
	'Union leader Hana Oduya said the deal protected every job on the island routes. "Nobody goes home empty-handed," she said. The ferries sail again on Monday.',
	'Operator chief Lars Quist said the strike had cost the company two million euros. "We will win the passengers back," Oduya said.',
	'Mayor Ole Hansen walked the flooded quay on Tuesday. "The sea took everything we built," he said.',
	'"The crews kept the island supplied. They sailed in storms for forty years. Nobody will forget that," Quist added. The talks lasted nine days.',
].join('\n\n');

function setUp() {
	const parsed = parseReport('ferry-strike', TEXT);
	if (!parsed.ok) throw new Error(parsed.problem);
	const { context } = buildAnswerContext(indexReports([parsed.report]), {});
	const at = (words: string) =>
		Array.from({ length: context.corpus.sentenceCount }, (_, s) => context.corpus.quote(s)).findIndex((q) =>
			q.includes(words),
		);
	/** The source shown for `question` answered by the sentence holding `words`, `words` highlighted. */
	const answer = (question: string, words: string) => {
		const index = at(words);
		const source = context.corpus.ref(index);
		const start = source.quote.indexOf(words);
		const highlight: [number, number] = [start, start + words.length];
		const analysed = analyseQuestion(question, context.questionContext);
		return withTheirQuote(analysed, context, index, { source, highlight });
	};
	const shown = (question: string, words: string) => answer(question, words).source.quote;
	return { shown, answer };
}

describe('withTheirQuote', () => {
	it('shows the quote that follows the sentence reporting the asked speaker, by name or by role', () => {
		const { shown } = setUp();
		const both =
			'Union leader Hana Oduya said the deal protected every job on the island routes. "Nobody goes home empty-handed," she said.';
		expect(shown('What did Oduya say about the deal?', 'Hana Oduya said the deal')).toBe(both);
		expect(shown('what did the union leader say', 'Hana Oduya said the deal')).toBe(both);
	});

	it('shows a quotation of several sentences whole, whichever of its sentences answered', () => {
		const { shown } = setUp();
		const whole =
			'"The crews kept the island supplied. They sailed in storms for forty years. Nobody will forget that," Quist added.';
		expect(shown('What did Quist say about the storms?', 'They sailed in storms')).toBe(whole);
		expect(shown('What did Quist say about the crews?', 'The crews kept')).toBe(whole);
		expect(shown('What did Quist say?', 'Nobody will forget')).toBe(whole);
	});

	it('shows a quotation by "he said" with the sentence before that names its speaker, the answer still highlighted', () => {
		const { answer } = setUp();
		const shown = answer('What did Hansen say?', 'The sea took everything');
		expect(shown.source.quote).toBe(
			'Mayor Ole Hansen walked the flooded quay on Tuesday. "The sea took everything we built," he said.',
		);
		expect(shown.source.quote.slice(...shown.highlight)).toBe('The sea took everything');
		expect(answer('What did Oduya say?', 'Nobody goes home').source.quote).toBe(
			'Union leader Hana Oduya said the deal protected every job on the island routes. "Nobody goes home empty-handed," she said.',
		);
	});

	it('keeps the sentence alone when the next one quotes someone else, or the question asks no speaker', () => {
		const { shown } = setUp();
		expect(shown('What did Quist say about the strike?', 'Lars Quist said')).toBe(
			'Operator chief Lars Quist said the strike had cost the company two million euros.',
		);
		expect(shown('What did the deal protect?', 'Hana Oduya said the deal')).toBe(
			'Union leader Hana Oduya said the deal protected every job on the island routes.',
		);
	});
});
