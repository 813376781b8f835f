import { describe, expect, it } from 'vitest';
import { kinAge, kinUnwritten } from '../../src/core/kinAge.ts';
import { floodReport } from './floodReport.ts';

describe('kinAge and kinUnwritten', () => {
	it('finds the age written before the kin asked, by any word for it', () => {
		expect(kinAge("how old is teague's kid", 'Lorna Teague, whose 8-year-old son Callum was hurt.')?.text).toBe(
			'8-year-old',
		);
		expect(kinAge("how old is teague's kid", 'Lorna Teague, 41, was hurt.')).toBeUndefined();
	});

	it('finds a kin asked that the sentence never writes, by any word for it', () => {
		expect(kinUnwritten('son', 'Neighbour Sunita Patel, 61, said she heard shouting.')).toBe(true);
		expect(kinUnwritten('mom', 'Her mother, Ana, drove her to practice.')).toBe(false);
		expect(kinUnwritten('wife', 'He and his wife Mary ran the shop.')).toBe(false);
		expect(kinUnwritten('grandad', 'Her granddad Tom built the boat.')).toBe(false);
		expect(kinUnwritten('boat', 'Her granddad Tom built the boat.')).toBe(false);
	});

	it('lowers the fit of a sentence that names the person asked of but none of their kin', () => {
		const { shortAnswer } = floodReport(
			'Flood\n\nPassenger Maria Lopez, 41, a nurse from Halbridge, said she spent four days in her cabin. Pilot Ken Ito and his wife Mary Ito were rescued.',
		);
		expect(shortAnswer("What was the name of Maria Lopez's husband?", 'Halbridge').fit).toBeLessThan(0.5);
		expect(shortAnswer("What was the name of Ken Ito's wife?", 'Mary').fit).toBe(1);
	});
});
