import { describe, expect, it } from 'vitest';
import { tenureOfOther } from '../../src/core/tenureOfOther.ts';
import { newUserDesk } from './shippedModel.ts';

const person = () => true;
const at = (quote: string, figure: string) => quote.indexOf(figure);

describe('tenureOfOther', () => {
	const sister = '"We are walking out," said Grace Oduya, a ward sister with 22 years at Harbourside.';
	const fan = '"I take my daughter," said Kieran Moss, 44, a season-ticket holder for 26 years.';

	it("reads a person's years beside their name as theirs, not the length of what is asked", () => {
		expect(tenureOfOther('how long is the strike', sister, at(sister, '22 years'), [], person)).toBe(true);
		expect(tenureOfOther('how long was the standing ovation', fan, at(fan, '26 years'), [], () => false)).toBe(true);
	});

	it("keeps it for a question about that person, or about anyone's time when nobody else is named", () => {
		expect(tenureOfOther('how long has kieran moss had a season ticket', fan, at(fan, '26 years'), [], person)).toBe(
			false,
		);
		expect(tenureOfOther('how long has the sister worked there', sister, at(sister, '22 years'), [], person)).toBe(
			false,
		);
		expect(
			tenureOfOther('how long has aldridge led the group', sister, at(sister, '22 years'), ['aldridge'], person),
		).toBe(true);
	});

	it('leaves a place described alike, and a length outside any description', () => {
		const hall = 'The Alder Hall, a playhouse that had been closed for 23 years, reopened.';
		expect(tenureOfOther('how long was the theatre shut', hall, at(hall, '23 years'), [], () => false)).toBe(false);
		const strike = 'Nurses began a strike that will last for 48 hours, Grace Oduya said.';
		expect(tenureOfOther('how long is the strike', strike, at(strike, '48 hours'), [], person)).toBe(false);
	});

	it('lets the engine answer how long a strike lasts rather than how long a nurse has worked', () => {
		const answer = newUserDesk('nu52-').ask('how long is the strike');
		expect(answer.answered && answer.answer).toBe('48 hours');
	});
});
