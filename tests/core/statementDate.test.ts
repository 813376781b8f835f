import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { statementDate } from '../../src/core/statementDate.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { shippedModelTuning } from './shippedModel.ts';

describe('statementDate', () => {
	it('is true for the day something was said, not the day of the deed or a question about the saying', () => {
		const lede = 'A female okapi calf has been born at the zoo, the zoo said on Wednesday.';
		const at = lede.indexOf('Wednesday');
		expect(statementDate('When was the okapi born?', lede, at)).toBe(true);
		expect(statementDate('When did the zoo announce the birth?', lede, at)).toBe(false);
		const told = 'The plant will close, the minister told reporters late on Monday.';
		expect(statementDate('When will the plant close?', told, told.indexOf('Monday'))).toBe(true);
		const deed = 'The calf was born at 4:40 a.m. on Sunday, keepers said.';
		expect(statementDate('When was the okapi born?', deed, deed.indexOf('4:40'))).toBe(false);
	});

	it('is true for a day written before the speech verb ("the court on Monday confirmed the ban")', () => {
		const court = 'Magistrates on Monday confirmed the ban, which means the shop cannot reopen until it is safe.';
		const [start, end] = [court.indexOf('on Monday'), court.indexOf('on Monday') + 'on Monday'.length];
		expect(statementDate('when will the shop reopen', court, start, end)).toBe(true);
		expect(statementDate('when did the magistrates confirm the ban', court, start, end)).toBe(false);
		const deed = 'Firefighters on Monday rescued two climbers.';
		const at = deed.indexOf('on Monday');
		expect(statementDate('when were the climbers rescued', deed, at, at + 'on Monday'.length)).toBe(false);
	});

	it('does not answer "when was it born" with the day the zoo spoke', () => {
		const parsed = parseReport(
			'okapi',
			'Rare okapi calf born at Vienna zoo\n\nVIENNA (AP) - A female okapi calf has been born at the Hochfeld Zoo, the zoo said on Wednesday.\n\nThe calf was born at 4:40 a.m. on Sunday after a pregnancy of about 15 months and weighed 21 kilograms, keepers said.',
		);
		if (!parsed.ok) throw new Error(parsed.problem);
		const desk = createFactdesk([parsed.report], shippedModelTuning());
		expect(desk.ask('When was the okapi born?').answer ?? '').not.toMatch(/Wednesday/);
		expect(desk.ask('When was the calf born?').answer).toMatch(/4:40 a\.m\. on Sunday/);
	});
});
