import { describe, expect, it } from 'vitest';
import { excludedAnswer } from '../../src/core/excludedAnswer.ts';
import { floodReport } from './floodReport.ts';

describe('excludedAnswer', () => {
	it.each([
		['which councillors voted no apart from sutherland', 'Ray Sutherland', true],
		['which other towns are losing their only pharmacy besides kettlebury', 'In Kettlebury', true],
		['who else voted against it except for del rio?', 'Councillor Ana del Rio', true],
		['which councillors voted no apart from sutherland', 'Priya Raman', false],
		['who said there is no way to call it anything other than loot', 'Beatrix Hollenstein', false],
		['which councillors voted no', 'Ray Sutherland', false],
	] as const)('"%s" leaves out "%s": %s', (question, answer, out) => {
		expect(excludedAnswer(question, answer)).toBe(out);
	});

	it('fits the one the question leaves out low', () => {
		const { shortAnswer, context } = floodReport(
			[
				'Skatepark plan approved',
				'The council approved the skatepark plan on Tuesday by seven votes to three.',
				'Councillor Ray Sutherland voted against the plan, saying it was too close to homes.',
			].join('\n\n'),
		);
		const besides = shortAnswer('which councillors voted against the plan besides sutherland', 'voted against');
		expect(besides.fit).toBe(context.options.countMismatchFit);
		expect(shortAnswer('which councillors voted against the plan', 'voted against').fit).toBe(1);
	});
});
