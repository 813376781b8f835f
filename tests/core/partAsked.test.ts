import { describe, expect, it } from 'vitest';
import { nameOutsidePart, partAsked } from '../../src/core/partAsked.ts';
import { floodReport } from './floodReport.ts';

describe('partAsked', () => {
	it.each([
		['where on the boat did the fire start', 'boat'],
		['where on his body did the bee get him', 'body'],
		['where in the hotel did the fire begin', 'hotel'],
		['where in norway did the horses come from', undefined],
		['where on the coast was it found', undefined],
		['where did the fire start', undefined],
	] as const)('"%s" asks a spot of %s', (question, thing) => {
		expect(partAsked(question)).toBe(thing);
	});

	it('takes a name for no spot of the thing, unless the name holds it', () => {
		expect(nameOutsidePart('Wend Canal', 'boat')).toBe(true);
		expect(nameOutsidePart('the rear cabin', 'boat')).toBe(false);
		expect(nameOutsidePart('the Grand Hotel kitchen', 'hotel')).toBe(false);
	});

	it('fits a name outside the thing low for "where on the boat…", and the spot inside it fully', () => {
		const { shortAnswer, context } = floodReport(
			[
				'Narrowboat fire on Wend Canal',
				'A narrowboat caught fire on the Wend Canal near Asham on Sunday, and its owner was rescued by a passer-by.',
				'Fire officers said the blaze had started in the rear cabin, near a solid-fuel stove.',
			].join('\n\n'),
		);
		expect(shortAnswer('where on the boat did the fire start', 'caught fire').fit).toBe(
			context.options.placeElsewhereFit,
		);
		expect(shortAnswer('where on the boat did the fire start', 'rear cabin').fit).toBe(1);
	});
});
