import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/core/analyseQuestion.ts';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { gerundClauseDate } from '../../src/core/gerundClauseDate.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { shippedModelTuning } from './shippedModel.ts';

const context = { stems: { has: () => true }, correct: () => undefined, synonymWeight: 0.5, maxLength: 500 };
const dated = (question: string, sentence: string, date: string) => {
	const start = sentence.indexOf(date);
	return gerundClauseDate(analyseQuestion(question, context), sentence, {
		text: date,
		start,
		end: start + date.length,
		typed: true,
	});
};

describe('gerundClauseDate', () => {
	const debut = 'Okafor is expected to make her debut in that game after completing a medical on Tuesday.';

	it('tells the day of another deed, in its own clause, from the day asked', () => {
		expect(dated("when is okafor's debut expected", debut, 'on Tuesday')).toBe(true);
		expect(dated('when did she complete her medical', debut, 'on Tuesday')).toBe(false);
	});

	it('takes a deed at the same time, or a noun in -ing, for no other deed', () => {
		expect(dated('When was Okafor injured?', 'Okafor was injured while training on Monday.', 'on Monday')).toBe(false);
		expect(
			dated(
				'When did the plane catch fire?',
				'The plane caught fire when landing at Lerwick on Tuesday.',
				'on Tuesday',
			),
		).toBe(false);
		const prayers = 'The attack happened after evening prayers on Friday.';
		expect(dated('When did the attack happen?', prayers, 'on Friday')).toBe(false);
	});

	it('takes a date after a comma, in the main clause, as the one asked', () => {
		const main = 'After completing a medical, Okafor will make her debut on Tuesday.';
		expect(dated("when is okafor's debut", main, 'on Tuesday')).toBe(false);
	});

	it('makes the engine decline rather than give the medical day for the debut', () => {
		const parsed = parseReport('transfer', `Okafor signs for Hartwell\n\n${debut}`);
		if (!parsed.ok) throw new Error(parsed.problem);
		const answer = createFactdesk([parsed.report], shippedModelTuning()).ask("when is okafor's debut expected");
		expect(answer.answered).toBe(false);
	});
});
