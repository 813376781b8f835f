import { describe, expect, it } from 'vitest';
import { countPhrase } from '../../src/core/countPhrase.ts';
import { countsOf } from './countsOf.ts';

describe('countPhrase', () => {
	it('names whom a casualty count counts, with the sentence’s verb', () => {
		const [, injured] = countsOf('One person was killed and 14 others were injured.');
		expect(injured && countPhrase(injured).text).toBe('14 people injured');
	});

	it('adds no verb when the words counted already say what happened ("9 dead")', () => {
		const [dead] = countsOf('The storm left 9 dead and 400,000 without power.');
		expect(dead && countPhrase(dead).text).toBe('9 dead');
	});

	it('says no casualty of things the sentence does not say were hurt ("63 vehicles")', () => {
		const vehicles = countsOf('Three people were killed and 41 injured when 63 vehicles crashed in fog.').find(
			(c) => c.value === 63,
		);
		expect(vehicles && countPhrase(vehicles).text).toBe('63 vehicles');
	});

	it('says a count told as "the number of X rose to N" as the figure with its noun ("1,300 water voles")', () => {
		const [voles] = countsOf('The number of water voles recorded on the reserve rose to 1,300 last year.');
		expect(voles && countPhrase(voles).text).toBe('1,300 water voles');
	});

	it('gives the figure a count is out of with it ("four out of five stars")', () => {
		const stars = countsOf('The Times gave the play four out of five stars.').find((c) => c.value === 5);
		expect(stars && countPhrase(stars).text).toBe('four out of five stars');
		const points = countsOf('She scored 29.4 points out of a possible 30 points.').find((c) => c.value === 30);
		expect(points && countPhrase(points).text).toBe('29.4 points out of a possible 30 points');
		const cars = countsOf('Crews pulled five people out of 12 cars after the crash.').find((c) => c.value === 12);
		expect(cars && countPhrase(cars).text).toBe('12 cars');
		const seats = countsOf('The party won none out of 300 seats.').find((c) => c.value === 300);
		expect(seats && countPhrase(seats).text).toBe('300 seats');
		const [plain] = countsOf('The Times gave the play five stars.');
		expect(plain && countPhrase(plain).text).toBe('five stars');
	});
});
