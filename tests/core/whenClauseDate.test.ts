import { describe, expect, it } from 'vitest';
import { whenClauseDate } from '../../src/core/whenClauseDate.ts';
import { floodReport } from './floodReport.ts';

const DESIGNER = 'Gerhard Solvik, 67, was the chief designer of the bridge when it opened in 1989.';

describe('whenClauseDate', () => {
	it('takes a date in a "when" clause for its own verb’s, not the deed asked', () => {
		const at = DESIGNER.indexOf('1989');
		expect(whenClauseDate('when did the chief designer retire', DESIGNER, at)).toBe(true);
		expect(whenClauseDate('when did the bridge open', DESIGNER, at)).toBe(false);
		expect(whenClauseDate('when was it finished', DESIGNER, at, new Set(['open']))).toBe(false);
		const since = 'The lake is at its highest since the dam was completed in 1936.';
		expect(whenClauseDate('when was the dam built', since, since.indexOf('1936'))).toBe(false);
	});

	it('fits such a date low for "when did X retire"', () => {
		const { shortAnswer, context } = floodReport(`Bridge trial\n\n${DESIGNER}`);
		expect(shortAnswer('when did the chief designer retire', 'when it opened').fit).toBe(context.options.otherDeedFit);
		expect(shortAnswer('when did the bridge open', 'when it opened').fit).toBe(1);
	});
});
