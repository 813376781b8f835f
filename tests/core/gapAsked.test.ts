import { describe, expect, it } from 'vitest';
import { gapAsked } from '../../src/core/gapAsked.ts';
import { floodReport } from './floodReport.ts';

describe('gapAsked', () => {
	const sentence = 'Ruiz attacked with 6 kilometres to go and won alone, 41 seconds ahead of Ott.';

	it('gives the gap written right before "ahead" or "behind", not another figure', () => {
		expect(gapAsked('how far ahead of ott did ruiz finish', sentence)?.text).toBe('41 seconds');
		expect(gapAsked('how far behind is lena ott', 'Ott is third, 1 minute 12 seconds behind Ruiz.')?.text).toBe(
			'1 minute 12 seconds',
		);
		expect(gapAsked('how far did ruiz ride', sentence)).toBeUndefined();
	});

	it('answers a "how far ahead" question with it', () => {
		const { shortAnswer } = floodReport(sentence);
		expect(shortAnswer('how far ahead of ott did ruiz finish', 'Ruiz attacked').phrase.text).toBe('41 seconds');
	});
});
