import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { shippedModelTuning } from './shippedModel.ts';

/** An invented report: the loser is first named with nothing that says he is a person, then speaks by surname. */
const TEXT = [
	'Teacher wins Harbourside seat by four votes after recount',
	'Oriel Vance finished with 14,287 votes against 14,283 for the sitting member, Gareth Mollison of the Green Party.',
	'The Electoral Commission confirmed the count on Friday. Commission said the ballots would be kept for a year.',
	'Mollison said he accepted the result and would not challenge it in court. "The voters have spoken, very narrowly," he said.',
].join('\n\n');

function desk(tuning = {}) {
	const parsed = parseReport('harbourside-recount', TEXT);
	if (!parsed.ok) throw new Error(parsed.problem);
	return createFactdesk([parsed.report], tuning);
}

describe('knowSpeakingSurnames', () => {
	it('knows a surname that speaks as the person named in full before, and gives them the "he said" after it', () => {
		const facts = desk().facts({});
		expect(facts).toContainEqual(expect.objectContaining({ kind: 'person', text: 'Gareth Mollison' }));
		expect(facts).toContainEqual(
			expect.objectContaining({
				kind: 'quote',
				text: 'The voters have spoken, very narrowly',
				subject: 'Gareth Mollison',
			}),
		);
	});

	it('leaves a body that speaks a body: no person is made of "Commission said"', () => {
		const people = desk()
			.facts({ kind: 'person' })
			.map((f) => f.text);
		expect(people.some((name) => /Commission/.test(name))).toBe(false);
	});

	it('answers who said the quote with the full name', () => {
		expect(desk(shippedModelTuning()).ask('Who said the voters have spoken?').answer).toBe('Gareth Mollison');
	});
});
