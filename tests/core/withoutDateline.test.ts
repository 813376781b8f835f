import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { withoutDateline } from '../../src/core/withoutDateline.ts';
import { shippedModelTuning } from './shippedModel.ts';

const whole = (sentence: string) => ({ text: sentence, start: 0, end: sentence.length, typed: false });

describe('withoutDateline', () => {
	it('leaves the dateline out of a phrase that starts with it', () => {
		const sentence = 'TROMSØ, Norway, March 3 — A ferry ran aground off the harbour on Monday.';
		expect(withoutDateline(whole(sentence), sentence)).toEqual({
			text: 'A ferry ran aground off the harbour on Monday.',
			start: 26,
			end: sentence.length,
			typed: false,
		});
	});
	it('keeps a phrase inside the dateline, and a sentence without one', () => {
		const sentence = 'TROMSØ, Norway — A ferry ran aground.';
		const place = { text: 'TROMSØ', start: 0, end: 6, typed: true };
		expect(withoutDateline(place, sentence)).toBe(place);
		const plain = 'A ferry ran aground off Tromsø.';
		expect(withoutDateline(whole(plain), plain).text).toBe(plain);
	});
	it('gives a whole-sentence answer without its dateline, and quotes the sentence whole', () => {
		const sentence =
			'KESTON, England, Aug. 14 — A cargo plane made a belly landing at Keston Airport early on Wednesday after its landing gear failed to deploy.';
		const desk = createFactdesk(
			[{ id: 'landing', title: 'Belly landing', paragraphs: [sentence, 'The runway reopened nine hours later.'] }],
			{ ...shippedModelTuning(), minConfidence: 0 },
		);
		const answer = desk.ask('was anyone hurt in the belly landing at Keston?');
		expect(answer.sources[0]?.quote).toBe(sentence);
		expect(answer.answer).toBe(sentence.slice(sentence.indexOf('A cargo')));
	});
});
