import { describe, expect, it } from 'vitest';
import { floodReport } from './floodReport.ts';

describe('whoAnswer', () => {
	it('gives "which company…" no person for an answer', () => {
		const { shortAnswer, context } = floodReport(
			'The lorry driver, Gabor Szalai, 45, was arrested.\n\nThe lorry belonged to Danubia Freight, police said.',
		);
		expect(shortAnswer('which company did the lorry driver work for', 'Szalai').fit).toBeCloseTo(
			context.options.unnamedFit,
		);
		expect(shortAnswer('who was the lorry driver', 'Szalai').fit).toBe(1);
	});
});
