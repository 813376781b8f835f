import { describe, expect, it } from 'vitest';
import { compositionShare } from '../../src/core/compositionShare.ts';
import { floodReport } from './floodReport.ts';

describe('compositionShare', () => {
	const exports = 'Exports accounted for 71 percent of revenue, with Germany the largest market.';
	const at = exports.indexOf('71');

	it('tells a share of a whole from the change a question asks', () => {
		expect(compositionShare('how much did sales in germany grow', exports, at)).toBe(true);
		expect(compositionShare('by how much did exports rise', exports, at)).toBe(true);
		expect(compositionShare('how much of revenue came from exports', exports, at)).toBe(false);
		const rose = 'Exports rose 71 percent last year.';
		expect(compositionShare('how much did exports grow', rose, rose.indexOf('71'))).toBe(false);
	});

	it('lowers the fit of such a share as the answer', () => {
		const { shortAnswer } = floodReport(exports);
		expect(shortAnswer('how much did sales in germany grow', '71 percent').fit).toBeLessThan(0.5);
	});
});
