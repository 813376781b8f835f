import { describe, expect, it } from 'vitest';
import { quoteSentence } from '../../src/core/quoteSentence.ts';

describe('quoteSentence', () => {
	it('puts a plain sentence between quotation marks', () => {
		expect(quoteSentence('The port closed.')).toBe('“The port closed.”');
	});

	it('shows a sentence with quotation marks of its own once, as written', () => {
		expect(quoteSentence('“We are not leaving,” she said.')).toBe('“We are not leaving,” she said.');
		expect(quoteSentence('He called it a "fair deal" on Monday.')).toBe('He called it a "fair deal" on Monday.');
	});

	it('opens the end of a quotation begun before with "“…", and closes the start of one that goes on with "…”"', () => {
		expect(quoteSentence('The water is still rising," Ivers told reporters.')).toBe(
			'“…The water is still rising," Ivers told reporters.',
		);
		expect(quoteSentence('“This is not over.')).toBe('“This is not over. …”');
	});
});
