import { describe, expect, it } from 'vitest';
import { unknownKind } from '../../src/core/unknownKind.ts';
import { floodReport } from './floodReport.ts';

describe('unknownKind', () => {
	const { ask, shortAnswer, context } = floodReport(
		'Calmira recorded 48,000 dengue cases last year, up from 31,000 the year before.',
	);

	it('reads a kind of the thing counted that the reports never write, not one they do or a describing word', () => {
		expect(unknownKind(ask('how many malaria cases did calmira have last year'))).toBe(true);
		expect(unknownKind(ask('how many dengue cases did calmira have'))).toBe(false);
		expect(unknownKind(ask('how many confirmed cases did calmira have'))).toBe(false);
		expect(unknownKind(ask('how many cases did calmira have'))).toBe(false);
		expect(unknownKind(ask('how many chemo appointments were moved'), '62 chemotherapy appointments moved.')).toBe(
			false,
		);
	});

	it('gives a count of another kind ("48,000 dengue cases") a low fit for "how many malaria cases"', () => {
		expect(shortAnswer('how many malaria cases did calmira have last year', 'dengue').fit).toBe(
			context.options.countMismatchFit,
		);
		expect(shortAnswer('how many dengue cases did calmira have', 'dengue').fit).toBe(1);
	});
});
