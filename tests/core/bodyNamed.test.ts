import { describe, expect, it } from 'vitest';
import { bodyNamed } from '../../src/core/bodyNamed.ts';
import { floodReport } from './floodReport.ts';

describe('bodyNamed', () => {
	it('gives the name of a body past the dateline, not a place, a person or the picked name', () => {
		const { context } = floodReport(
			'HARLOW, Eastvale, Tue. 4 — Skyward Meadow Flights, which runs three balloons from its base in Pellow, said all flights had been suspended.',
		);
		const quote = context.corpus.quote(0);
		const pellow = { text: 'Pellow', start: quote.indexOf('Pellow'), end: quote.indexOf('Pellow') + 6, typed: true };
		expect(bodyNamed(context, 0, pellow)?.text).toBe('Skyward Meadow Flights');
		const skyward = { text: 'Skyward Meadow Flights', start: quote.indexOf('Skyward'), end: 0, typed: true };
		expect(bodyNamed(context, 0, skyward)).toBeUndefined();
	});
});
