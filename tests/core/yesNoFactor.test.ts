import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { shippedModelTuning } from './shippedModel.ts';

/** An invented report with a yes-or-no question the report does not settle. */
const TEXT = [
	'Harbour trust to review fees',
	'KELLERSBY, Mon. 3 — Kellersby Harbour Trust, which runs the town fish market, said it would review its landing fees after the quota cut.',
	'Skipper Aileen Trewartha, 44, said she had already laid up one of her two boats.',
].join('\n\n');

describe('the yes-or-no confidence factor', () => {
	it('lowers the confidence of a yes-or-no answer by yesNoFactor, and of no other kind', () => {
		const parsed = parseReport('harbour', TEXT);
		if (!parsed.ok) throw new Error(parsed.problem);
		const tuning = { ...shippedModelTuning(), minConfidence: 0.01 };
		const plain = createFactdesk([parsed.report], { ...tuning, yesNoFactor: 1 });
		const lowered = createFactdesk([parsed.report], { ...tuning, yesNoFactor: 0.5 });
		const yesNo = 'will the harbour trust review its fees';
		expect(plain.ask(yesNo).answered).toBe(true);
		expect(lowered.ask(yesNo).confidence).toBeCloseTo(plain.ask(yesNo).confidence * 0.5, 1);
		const who = 'who runs the fish market';
		expect(lowered.ask(who).confidence).toBe(plain.ask(who).confidence);
	});
});
