import { describe, expect, it } from 'vitest';
import { priceUnsaid } from '../../src/core/priceUnsaid.ts';
import { floodReport } from './floodReport.ts';

describe('priceUnsaid', () => {
	it('finds a sentence with no sum where a price is asked', () => {
		expect(
			priceUnsaid('what price did crestline homes shares close at', 'Shares in Crestline Homes jumped 7 percent.'),
		).toBe(true);
		expect(priceUnsaid("what's the ticket price", 'Tickets sold out in an hour.')).toBe(true);
	});

	it('keeps a sentence with a sum, and questions asking no price', () => {
		expect(priceUnsaid('what price did the stock close at', 'The stock closed at $34.02.')).toBe(false);
		expect(priceUnsaid('what did the shares do', 'Shares in Crestline Homes jumped 7 percent.')).toBe(false);
	});

	it('lowers the fit of a sentence that gives only a rise in percent', () => {
		const { shortAnswer, context } = floodReport(
			['Builders rally', 'Shares in homebuilder Crestline Homes jumped 7 percent on Friday.'].join('\n\n'),
		);
		expect(shortAnswer('what price did crestline homes shares close at', 'jumped').fit).toBeLessThanOrEqual(
			context.options.missingFigureFit,
		);
	});
});
