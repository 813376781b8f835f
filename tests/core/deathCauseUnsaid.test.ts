import { describe, expect, it } from 'vitest';
import { deathCauseUnsaid } from '../../src/core/deathCauseUnsaid.ts';
import { floodReport } from './floodReport.ts';

describe('deathCauseUnsaid', () => {
	it('tells a sentence that says only when someone died from one that says how', () => {
		const when = 'Colin Fairbrother, who died in 2021, ran the firm for a decade.';
		expect(deathCauseUnsaid('how did colin fairbrother die', when)).toBe(true);
		expect(deathCauseUnsaid('what did the woman die of?', 'The woman was about 40 when she died.')).toBe(true);
		expect(deathCauseUnsaid('how did she die', 'Her daughter said she had died peacefully in her sleep.')).toBe(false);
		expect(deathCauseUnsaid('what did vass die of', 'Vass died of heart failure in 2016.')).toBe(false);
		expect(deathCauseUnsaid('how did the driver die', 'He died on Saturday when floodwater swept his van away.')).toBe(
			false,
		);
		expect(deathCauseUnsaid('when did colin fairbrother die', when)).toBe(false);
	});

	it('leaves the cause to another sentence', () => {
		const { shortAnswer, context } = floodReport(
			'The woman, who was about 40 years old when she died, was buried on a wooden couch.\n\nTests showed she died of an infection.',
		);
		expect(shortAnswer('what did the woman die of?', 'wooden couch').fit).toBe(context.options.missingFigureFit);
		expect(shortAnswer('what did the woman die of?', 'Tests showed').fit).toBe(1);
	});
});
