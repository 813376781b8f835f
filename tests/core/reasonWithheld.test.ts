import { describe, expect, it } from 'vitest';
import { reasonWithheld } from '../../src/core/reasonWithheld.ts';
import { floodReport } from './floodReport.ts';

describe('reasonWithheld', () => {
	it('reads a cause said to be untold or unknown', () => {
		expect(reasonWithheld('He declined to say what had caused the collapse, but an inquiry is under way.')).toBe(true);
		expect(reasonWithheld('The cause of the sinking was never established.')).toBe(true);
		expect(reasonWithheld('It was not clear why the gates failed.')).toBe(true);
		expect(reasonWithheld('The collapse was caused by a weakened pillar, he said.')).toBe(false);
		expect(reasonWithheld('He declined to say how many miners were hurt.')).toBe(false);
	});

	it('lowers the fit of such a sentence for "what caused", not for another question', () => {
		const { shortAnswer } = floodReport('He declined to say what had caused the collapse at the Orvik mine.');
		expect(shortAnswer('what caused the collapse', 'declined').fit).toBeLessThan(1);
		expect(shortAnswer('where was the collapse', 'declined').fit).toBe(1);
	});
});
