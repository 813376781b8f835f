import { describe, expect, it } from 'vitest';
import { capacityFigure } from '../../src/core/capacityFigure.ts';
import { floodReport } from './floodReport.ts';

const FERRY = 'The Sea Lantern, a 68-metre vessel built in 2004, can carry up to 350 passengers and 60 cars.';

describe('capacityFigure', () => {
	it('tells room for a number ("can carry up to 350") from the number there was', () => {
		const at = FERRY.indexOf('350');
		expect(capacityFigure('how many passengers were on the sea lantern', FERRY, at)).toBe(true);
		expect(capacityFigure('how many passengers were on the sea lantern', FERRY, FERRY.indexOf('up to'))).toBe(true);
		expect(capacityFigure('how many passengers can the sea lantern carry', FERRY, at)).toBe(false);
		expect(capacityFigure('what is the arena capacity', 'The arena seats 13,200 people.', 16)).toBe(false);
		expect(capacityFigure('how many fans came', 'The arena seats 13,200 people.', 16)).toBe(true);
		expect(capacityFigure('how many passengers were on board', 'It was carrying 212 people.', 16)).toBe(false);
	});

	it('lowers the fit of a capacity given for how many there were', () => {
		const { shortAnswer, context } = floodReport(FERRY);
		const there = shortAnswer('how many passengers were on the sea lantern', 'Sea Lantern');
		expect(there.phrase.text).toBe('up to 350 passengers');
		expect(there.fit).toBe(context.options.otherDeedFit);
		expect(shortAnswer('how many passengers can the sea lantern carry', 'Sea Lantern').fit).toBe(1);
	});
});
