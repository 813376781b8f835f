import { describe, expect, it } from 'vitest';
import { floodReport } from './floodReport.ts';

describe('howLongAnswer', () => {
	it('gives a crowd\'s count ("a crowd of about 18,000") a low fit for "how long"', () => {
		const { context, shortAnswer } = floodReport(
			'Jockey Hurt\n\nKESTONBURY, Sept. 21 — Champion jockey Rory Gallaher was airlifted to hospital on Saturday after a heavy fall at the final fence, in front of a crowd of about 18,000. Doctors said he would be out of racing for four to six months.',
		);
		expect(shortAnswer('how long will rory be out of racing', 'crowd of').fit).toBe(context.options.otherDurationFit);
		expect(shortAnswer('how long will rory be out of racing', 'Doctors said').phrase.text).toBe('four to six months');
	});
});
