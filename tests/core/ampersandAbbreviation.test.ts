import { describe, expect, it } from 'vitest';
import { shippedDesk } from './shippedModel.ts';

/** An invented report on hospital waits that never writes "A&E". */
const WAITS = [
	'Hospital waits hit record in Corrin Vale',
	'CORRIN VALE, Tue. 4 — Patients at the Corrin Vale General Hospital waited longer than ever last month, figures show.',
	'The hospital said 2,340 patients spent more than 12 hours in its emergency department in October.',
	'Its car park was resurfaced in October at a cost of 80,000 pounds.',
	'Chief executive Marta Quell said 26 new nurses would start in January.',
].join('\n\n');

describe('an abbreviation written with an ampersand', () => {
	it('asks "A&E" of a report that writes "emergency department"', () => {
		const desk = shippedDesk('waits', WAITS);
		const answer = desk.ask('how many patients spent more than 12 hours in A&E');
		expect(answer.answered).toBe(true);
		expect(answer.sources[0]?.quote).toContain('2,340 patients');
	});
});
