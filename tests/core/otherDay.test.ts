import { describe, expect, it } from 'vitest';
import { otherDay } from '../../src/core/otherDay.ts';
import { floodReport } from './floodReport.ts';

describe('otherDay', () => {
	it('tells a figure of another day or month than the one asked', () => {
		const fog = 'Dense fog forced the cancellation of 412 flights on Tuesday, the third straight day.';
		expect(otherDay('how many flights were cancelled on monday', fog)).toBe(true);
		expect(otherDay('how many flights were cancelled on tuesday', fog)).toBe(false);
		expect(otherDay('how many flights were cancelled', fog)).toBe(false);
		const crews = 'Crews have filled 61,300 potholes since January 1, the report said.';
		expect(otherDay('how many potholes were filled in march', crews)).toBe(true);
		expect(otherDay('how many potholes were filled in march', 'Crews filled 61,300 potholes.')).toBe(false);
	});

	it('asks a share of every week with a weekday in the plural ("on saturdays"), which a sentence of no day lacks', () => {
		const cameras = 'Cameras on the bus lane caught 34,700 drivers in their first six months.';
		expect(otherDay('how many drivers got caught on saturdays', cameras)).toBe(true);
		expect(otherDay('how many drivers got caught on saturday', cameras)).toBe(false);
		expect(otherDay('how many drivers got caught on saturdays', 'On Saturdays alone the cameras caught 9,100.')).toBe(
			false,
		);
	});

	it('reads "may" and "march" as months only where a date is meant', () => {
		const march = 'About 2,000 people may march on Sunday, organisers said.';
		expect(otherDay('how many people will march on sunday', march)).toBe(false);
		expect(otherDay('how many came between january and march', 'In March, 40 came.')).toBe(false);
	});

	it('lowers the fit of such a figure as the answer', () => {
		const { shortAnswer } = floodReport('Fog forced the cancellation of 412 flights on Tuesday, officials said.');
		expect(shortAnswer('how many flights were cancelled on monday', '412 flights').fit).toBeLessThan(1);
		expect(shortAnswer('how many flights were cancelled on tuesday', '412 flights').fit).toBe(1);
	});
});
