import { describe, expect, it } from 'vitest';
import { roleWordUnsaid } from '../../src/core/roleWordUnsaid.ts';
import { floodReport } from './floodReport.ts';

describe('roleWordUnsaid', () => {
	it('tells a sentence with no word of the role asked as no answer to who holds it', () => {
		const stock = "Hallett's Garden Centre said it had lost almost all of its stock.";
		expect(roleWordUnsaid('who is the garden centre insured with', stock)).toBe(true);
		expect(roleWordUnsaid('who is the garden centre insured with', 'Its insurer, Castle Mutual, will pay.')).toBe(
			false,
		);
		const crash = 'The helicopter came down in the Scottish Highlands on Friday.';
		expect(roleWordUnsaid('who was flying the helicopter', crash)).toBe(true);
		expect(roleWordUnsaid('who was flying the helicopter', 'The pilot, Ewan Hartley, was unhurt.')).toBe(false);
		const volkov = 'Dmitri Volkov said his client would plead not guilty.';
		expect(roleWordUnsaid('who is the prosecutor in the case', volkov)).toBe(true);
		expect(roleWordUnsaid('who is the us attorney on the case', 'Prosecutor Melissa Carrow spoke.')).toBe(false);
		expect(roleWordUnsaid('what did the insurer say', stock)).toBe(false);
	});

	it('makes a name of such a sentence an unnamed answer', () => {
		const { shortAnswer, context } = floodReport('The helicopter came down in the Scottish Highlands on Friday.');
		expect(shortAnswer('who was flying the helicopter', 'Scottish').fit).toBe(context.options.unnamedFit);
	});
});
