import { describe, expect, it } from 'vitest';
import { colourUnsaid } from '../../src/core/colourUnsaid.ts';
import { floodReport } from './floodReport.ts';

describe('colourUnsaid', () => {
	it('finds a colour asked of a sentence that names none', () => {
		expect(colourUnsaid('what colour was the fireball', 'The fireball was seen across three states.')).toBe(true);
		expect(colourUnsaid('what colour was the fireball', 'A green fireball lit the sky.')).toBe(false);
		expect(colourUnsaid('what color is the river now', 'It turned the water a rust-orange colour.')).toBe(false);
		expect(colourUnsaid('where was the fireball seen', 'The fireball was seen across three states.')).toBe(false);
	});

	it('lowers such a sentence below the one that says the colour', () => {
		const { context, shortAnswer } = floodReport(
			'The fireball was seen across three states. Witnesses said it glowed green for about four seconds.',
		);
		expect(shortAnswer('what colour was the fireball', 'three states').fit).toBe(context.options.missingFigureFit);
		expect(shortAnswer('what colour was the fireball', 'glowed green').fit).toBe(1);
	});
});
