import { describe, expect, it } from 'vitest';
import { listOfKind } from '../../src/core/listOfKind.ts';
import { floodReport } from './floodReport.ts';

describe('listOfKind', () => {
	const sentence = 'Several roads including the A9, the B12 and the harbour road remain closed after the storm.';

	it('gives the list of the kind asked that a sentence writes after "including" or "such as"', () => {
		expect(listOfKind('what roads are closed', sentence)?.text).toBe('the A9, the B12 and the harbour road');
		expect(listOfKind('which roads remain shut', sentence)?.text).toBe('the A9, the B12 and the harbour road');
		expect(listOfKind('what bridges are closed', sentence)).toBeUndefined();
		const shops = 'It was sold in shops across the region, including Arko, Lidmark and Berg’s, and online.';
		expect(listOfKind('which shops sold it', shops)?.text).toBe('Arko, Lidmark and Berg’s');
		expect(listOfKind('how many roads are closed', sentence)).toBeUndefined();
	});

	it('answers "what <kinds>" with it in the engine', () => {
		const { shortAnswer } = floodReport(
			'Online services including parking permits, bin collections and planning applications have been offline since Sunday.',
		);
		expect(shortAnswer('what services are offline', 'Online services').phrase.text).toBe(
			'parking permits, bin collections and planning applications',
		);
	});
});
