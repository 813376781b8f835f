import { describe, expect, it } from 'vitest';
import { othersAsked } from '../../src/core/othersAsked.ts';
import { floodReport } from './floodReport.ts';

describe('othersAsked', () => {
	it('reads "the other", "two other", "else" and "besides" as asking others than someone named', () => {
		expect(othersAsked('who was the other councillor who voted against the change')).toBe(true);
		expect(othersAsked('which two other ski centres had problems')).toBe(true);
		expect(othersAsked('who else went down in the crash?')).toBe(true);
		expect(othersAsked('Which councillors voted against besides Keel?')).toBe(true);
		expect(othersAsked('who r the other women on the worlds team')).toBe(true);
	});

	it('leaves "other" that describes a thing, not those asked', () => {
		expect(othersAsked('who donated the money for the other robots')).toBe(false);
		expect(othersAsked("who said there's no honest way to call it anything other than loot")).toBe(false);
		expect(othersAsked('who voted against the change')).toBe(false);
	});

	it('lowers the fit of the one named, who is not the other asked', () => {
		const { shortAnswer, context } = floodReport(
			[
				'Council backs plan',
				'Councillor Graham Pettifer voted against the change, as did one other member of the committee.',
			].join('\n\n'),
		);
		expect(
			shortAnswer('who was the other councillor who voted against the change', 'Pettifer').fit,
		).toBeLessThanOrEqual(context.options.placeElsewhereFit);
		expect(shortAnswer('who voted against the change', 'Pettifer').fit).toBe(1);
	});
});
