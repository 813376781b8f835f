import { describe, expect, it } from 'vitest';
import { perOtherUnit } from '../../src/core/perOtherUnit.ts';
import { floodReport } from './floodReport.ts';

describe('perOtherUnit', () => {
	const at = (sentence: string, figure: string) => sentence.indexOf(figure);
	const fuel = 'Fuel alone costs around 1.18 euros per kilometre, against 0.35 euros for a battery bus.';

	it('reads a figure per another unit as no answer to "each" or "overall"', () => {
		expect(perOtherUnit('how much did each bus cost', fuel, at(fuel, 'around 1.18'))).toBe(true);
		const payout = 'The average farm needs a payout of around NZ$7.90 per kilogram to break even.';
		expect(perOtherUnit('how much will farmers lose overall', payout, at(payout, 'around'))).toBe(true);
	});

	it('leaves the rate the question asks for, a figure per any one of a thing, and a question of neither kind', () => {
		expect(perOtherUnit('how much does the fuel cost per kilometre', fuel, at(fuel, 'around 1.18'))).toBe(false);
		expect(perOtherUnit('how much does fuel cost', fuel, at(fuel, 'around 1.18'))).toBe(false);
		const water = 'Residents may use 50 litres per person per day.';
		expect(perOtherUnit('how much water is each person allowed per day', water, at(water, '50'))).toBe(false);
		const sensor = 'The sensor will cost carmakers under €400 per unit at full volume.';
		expect(perOtherUnit('how much will each sensor cost', sensor, at(sensor, 'under'))).toBe(false);
		// The figure's own clause only: the bus after the comma is not what the figure is per.
		expect(perOtherUnit('how much did each bus cost', fuel, at(fuel, '0.35'))).toBe(false);
		expect(perOtherUnit('how many percent rose overall', 'Sales rose 4 per cent.', 11)).toBe(false);
	});

	it('lowers the fit of such a figure as the answer', () => {
		const buses = floodReport(
			'The city bought 20 buses for about 650,000 euros each.\n\nFuel alone costs around 1.18 euros per kilometre, against 0.35 euros for a battery bus.',
		);
		expect(buses.shortAnswer('how much did each bus cost', '1.18').fit).toBe(buses.context.options.missingFigureFit);
		expect(buses.shortAnswer('how much did each bus cost', '650,000').fit).toBe(1);
	});

	it('reads "for every pound" as a rate, no answer to a total', () => {
		const back = 'Investors were likely to recover no more than about 11 pence for every pound they had put in.';
		expect(perOtherUnit('how much did investors put in altogether', back, at(back, 'about 11'))).toBe(true);
		expect(perOtherUnit('how much will they get back for every pound', back, at(back, 'about 11'))).toBe(false);
		expect(perOtherUnit('how much will they get back', back, at(back, 'about 11'))).toBe(false);
	});
});
