import { describe, expect, it } from 'vitest';
import { unknownYet } from '../../src/core/unknownYet.ts';
import { floodReport } from './floodReport.ts';

describe('unknownYet', () => {
	it('finds a sentence saying the cause, amount, time or span asked is not known yet', () => {
		const said = 'Engineers said it was too early to say what caused the leak.';
		expect(unknownYet('what caused the leak at the depot', said)).toBe(true);
		expect(unknownYet('why did the tank leak', said)).toBe(true);
		expect(unknownYet('how many litres leaked', 'She said it was too early to know how much fuel had leaked.')).toBe(
			true,
		);
		expect(unknownYet('when will the fires be out', 'It is far too early to say when the fires would be out.')).toBe(
			true,
		);
		expect(
			unknownYet('how long will the road stay shut', 'Crews are still trying to establish how long it will take.'),
		).toBe(true);
		expect(unknownYet('why did the hull crack', 'Investigators are still investigating why the hull cracked.')).toBe(
			true,
		);
	});

	it('leaves a sentence that is unsure of something else, or that tells the thing asked', () => {
		const said = 'It was too early to say when the road would reopen, but the leak was caused by a cracked valve.';
		expect(unknownYet('what caused the leak', said)).toBe(false);
		expect(unknownYet('when will the road reopen', said)).toBe(true);
		expect(unknownYet('how many people were hurt', 'It was too early to say what caused the blast.')).toBe(false);
		expect(unknownYet('who owns the depot', 'It was too early to say what caused the blast.')).toBe(false);
		expect(unknownYet('why did the tank leak', 'The tank leaked because a valve cracked.')).toBe(false);
	});

	it('lowers the fit of a short answer from such a sentence, not from one that tells the cause', () => {
		const { shortAnswer } = floodReport(
			'Leak\n\nFuel leaked from a tank at the Orvik depot on Monday. Engineers said it was too early to say what caused the leak. A cracked valve caused a smaller leak at the Lerwick depot in 2019.',
		);
		expect(shortAnswer('what caused the leak at orvik', 'too early').fit).toBeLessThan(0.5);
		expect(shortAnswer('what caused the leak at lerwick', 'cracked valve').fit).toBe(1);
	});
});
