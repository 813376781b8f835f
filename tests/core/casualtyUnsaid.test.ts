import { describe, expect, it } from 'vitest';
import { casualtyUnsaid } from '../../src/core/casualtyUnsaid.ts';
import { floodReport } from './floodReport.ts';

describe('casualtyUnsaid', () => {
	it('finds a casualty count asked of a sentence that tells no death or injury', () => {
		const visits = 'About 65,000 people visit the glacier each year, most of them in summer.';
		expect(casualtyUnsaid('how many people die on the glacier every year', visits)).toBe(true);
		expect(casualtyUnsaid('how many people visit the glacier', visits)).toBe(false);
		expect(casualtyUnsaid('how many people died', 'The crash claimed 12 lives.')).toBe(false);
		expect(casualtyUnsaid('how many birds did they kill', 'They culled more than 6 million birds.')).toBe(false);
		expect(casualtyUnsaid('how many buses had the stacks die', 'Fuel-cell stacks failed on 17 buses.')).toBe(false);
	});

	it('lowers the fit of such a figure so the report is said not to tell it', () => {
		const { context, shortAnswer } = floodReport(
			'About 65,000 people visit the glacier each year. Two climbers died there in 2023.',
		);
		expect(shortAnswer('how many people die on the glacier every year', '65,000').fit).toBe(
			context.options.missingFigureFit,
		);
		expect(shortAnswer('how many climbers died', 'Two climbers').fit).toBe(1);
	});
});
