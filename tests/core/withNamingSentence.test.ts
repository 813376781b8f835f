import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/core/buildCorpus.ts';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { withNamingSentence } from '../../src/core/withNamingSentence.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { shippedModelTuning } from './shippedModel.ts';

/** An invented report: a man given his role once, then named by his surname in later paragraphs. */
const HARBOUR = [
	'The harbour of Vesterhavn reopened on Friday after a storm closed it for three days.',
	'"The boats are safe, the quay held and the fishermen can go back to sea on Monday morning if the wind drops," said Mayor Jens Aalund, 58. Divers checked the walls overnight.',
	'Repairs to the lighthouse will cost about 40,000 kroner, the town council said.',
	'Aalund said the town would ask the government for help with the bill.',
].join('\n\n');

function report(id: string, text: string) {
	const parsed = parseReport(id, text);
	if (!parsed.ok) throw new Error(parsed.problem);
	return parsed.report;
}

describe('withNamingSentence', () => {
	const corpus = buildCorpus([report('harbour', HARBOUR), report('other', 'Mayor Jens Aalund retired.')]);
	const last = corpus.sentenceCount - 2;
	const phrase = { text: 'Mayor Jens Aalund', start: 0, end: 0, typed: true };

	it('finds the sentence of the same report that writes the answer, the nearest before first', () => {
		const shown = withNamingSentence(corpus, last, phrase);
		expect(shown?.source.report).toBe('harbour');
		expect(shown?.source.quote).toMatch(/^"The boats are safe.*, 58\.$/);
		expect(shown?.source.quote.slice(...(shown?.highlight ?? [0, 0]))).toBe('Mayor Jens Aalund');
	});

	it('finds none when no sentence of the report writes it, not one of another report', () => {
		expect(withNamingSentence(corpus, last, { ...phrase, text: 'Deputy Mayor Jens Aalund' })).toBeUndefined();
		expect(withNamingSentence(corpus, 0, { ...phrase, text: 'retired' })).toBeUndefined();
	});

	it('shows "Who is X?" with the sentence that gives X the role the answer names', () => {
		const desk = createFactdesk([report('harbour', HARBOUR)], shippedModelTuning());
		const answer = desk.ask('who is aalund');
		expect(answer.answered).toBe(true);
		expect(answer.answer).toBe('Mayor Jens Aalund');
		expect(answer.sources[0]?.quote).toMatch(/^"The boats are safe.*, 58\.$/);
		expect(answer.sources[0]?.quote.slice(...(answer.highlight ?? [0, 0]))).toBe('Mayor Jens Aalund');
	});
});
