import { describe, expect, it } from 'vitest';
import { anyoneDeedUnsaid } from '../../src/core/anyoneDeedUnsaid.ts';
import { floodReport } from './floodReport.ts';

describe('anyoneDeedUnsaid', () => {
	it('finds a sentence that names no harm, arrest or sacking asked of anyone, nor its absence', () => {
		expect(anyoneDeedUnsaid('did anyone die in the flood', 'He blamed years of delay in building a flood wall.')).toBe(
			true,
		);
		expect(anyoneDeedUnsaid('has anyone been arrested yet', "We don't yet know how many have survived.")).toBe(true);
		expect(
			anyoneDeedUnsaid('did anyone at cresswick get fired over the outage', 'The outage was caused by an update.'),
		).toBe(true);
		const battling = 'Firefighters were still battling a blaze.';
		expect(anyoneDeedUnsaid('were any firefighters hurt tackling the blaze', battling)).toBe(true);
		expect(anyoneDeedUnsaid('were any teachers fired for striking?', 'Striking teachers will not be paid.')).toBe(true);
	});

	it('keeps a sentence that tells the deed or that it did not happen, and other questions', () => {
		expect(anyoneDeedUnsaid('was anyone hurt', 'No one was hurt when the ground gave way.')).toBe(false);
		expect(anyoneDeedUnsaid('has anyone been arrested', 'A force spokesperson said no arrests had been made.')).toBe(
			false,
		);
		expect(
			anyoneDeedUnsaid('did anyone die in the floods', 'A 79-year-old man died after his car was swept away.'),
		).toBe(false);
		expect(anyoneDeedUnsaid('has anyone made an offer', 'Three parties had made offers for parts of it.')).toBe(false);
		expect(anyoneDeedUnsaid('who was hurt', 'The flood wall was approved in 2019.')).toBe(false);
		expect(anyoneDeedUnsaid('were any of the animals dead', 'Nine of the tortoises were already dead.')).toBe(false);
		expect(anyoneDeedUnsaid('were any human remains found', 'They uncovered the remains of a villa.')).toBe(false);
	});

	it('lowers the fit of such a sentence below that of one telling no one was hurt', () => {
		const { shortAnswer, context } = floodReport(
			[
				'Plane lands on belly',
				'A cargo plane made a belly landing at Brenford Airport after its landing gear failed to deploy.',
				'"We are grateful that no one was hurt," the airport said.',
			].join('\n\n'),
		);
		expect(shortAnswer('was anyone hurt in the belly landing', 'landing gear').fit).toBeLessThanOrEqual(
			context.options.missingFigureFit,
		);
		expect(shortAnswer('was anyone hurt in the belly landing', 'no one was hurt').fit).toBe(1);
	});
});
