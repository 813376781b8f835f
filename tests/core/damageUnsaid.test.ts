import { describe, expect, it } from 'vitest';
import { damageUnsaid } from '../../src/core/damageUnsaid.ts';
import { floodReport } from './floodReport.ts';

describe('damageUnsaid', () => {
	it('finds a sum of something else where "how much damage" is asked', () => {
		expect(damageUnsaid('how much damage did the eruption cause', 'Evacuees will receive payments of 300 euros.')).toBe(
			true,
		);
		expect(
			damageUnsaid('how much damage did the fire do in pounds', 'It moved there after a 2.1 million pound expansion.'),
		).toBe(true);
	});

	it('keeps a sentence that tells harm done or its cost, and other questions', () => {
		expect(damageUnsaid('how much damage did it do', 'It caused an estimated $1.8 billion in damage.')).toBe(false);
		expect(
			damageUnsaid(
				'how much damage did the flooding cause',
				'She put the value of the lost equipment at 1.2 million pounds.',
			),
		).toBe(false);
		expect(damageUnsaid('how much did the eruption cost', 'Evacuees will receive payments of 300 euros.')).toBe(false);
	});

	it('takes a payment to victims for no answer to how much damage was done', () => {
		const { shortAnswer, context } = floodReport(
			[
				'Blast hits suburb',
				'The mayor announced an emergency fund of 500,000 euros for the victims.',
				'Insurers estimated the damage at about 4 million euros.',
			].join('\n\n'),
		);
		expect(shortAnswer('how much damage did the explosion cause in euros', 'emergency fund').fit).toBeLessThanOrEqual(
			context.options.missingFigureFit,
		);
		expect(shortAnswer('how much damage did the explosion cause in euros', 'Insurers').phrase.text).toBe(
			'about 4 million euros',
		);
	});
});
