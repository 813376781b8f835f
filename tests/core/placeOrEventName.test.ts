import { describe, expect, it } from 'vitest';
import { namesPlaceOrEvent } from '../../src/core/placeOrEventName.ts';
import { floodReport } from './floodReport.ts';

describe('namesPlaceOrEvent', () => {
	it('tells streets, islands and prizes from people', () => {
		expect(namesPlaceOrEvent('Moss Lane')).toBe(true);
		expect(namesPlaceOrEvent('Port Halden International Airport')).toBe(true);
		expect(namesPlaceOrEvent('Carrow Prize')).toBe(true);
		expect(namesPlaceOrEvent('Oskar Lindqvist')).toBe(false);
		expect(namesPlaceOrEvent('Priya Lomax, a nurse who lives on Hollins Lane')).toBe(false);
	});

	it('takes a street named beside a deed for nobody who did it, and a person named for someone', () => {
		const { shortAnswer, context } = floodReport(
			[
				'Walker found dead on moor',
				'She said officers wanted to speak to the driver of a green pickup truck seen parked on Moss Lane.',
				'Stage manager Oskar Lindqvist ordered everyone out through the loading dock on Kingsgate Avenue.',
			].join('\n\n'),
		);
		const truck = shortAnswer('who was driving the green pickup truck', 'Moss Lane');
		expect(truck.fit).toBeLessThanOrEqual(context.options.unnamedFit);
		const out = shortAnswer('who ordered everyone out', 'Oskar Lindqvist');
		expect(out.phrase.text).toContain('Oskar Lindqvist');
		expect(out.fit).toBe(1);
	});
});
