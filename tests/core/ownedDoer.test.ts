import { describe, expect, it } from 'vitest';
import { ownedDoer } from '../../src/core/ownedDoer.ts';
import { floodReport } from './floodReport.ts';

describe('ownedDoer', () => {
	const sentence = "Portugal's communications regulator on Wednesday fined mobile operator Alvora 14.5 million euros.";
	const portugal = { text: 'Portugal', start: 0, end: 8, typed: true };

	it('gives the owner with what of theirs did the deed asked', () => {
		expect(ownedDoer('who fined alvora', sentence, portugal)?.text).toBe("Portugal's communications regulator");
		expect(ownedDoer('who was fined', sentence, portugal)).toBeUndefined();
		expect(ownedDoer('who praised alvora', sentence, portugal)).toBeUndefined();
	});

	it('answers "who fined" with the body, not the country that owns it', () => {
		const { shortAnswer } = floodReport(sentence);
		expect(shortAnswer('who fined alvora', 'Portugal').phrase.text).toBe("Portugal's communications regulator");
	});
});
