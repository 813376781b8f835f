import { describe, expect, it } from 'vitest';
import { eventUnwritten } from '../../src/core/eventUnwritten.ts';
import { tokenize } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';

describe('eventUnwritten', () => {
	const kiprono = tokenize("Daniel Kiprono won the men's race in 2 hours and 11 minutes.");

	it("tells a winner of another event than the one asked: 'who won the wheelchair race'", () => {
		expect(eventUnwritten('who won the wheelchair race', kiprono)).toBe(true);
		expect(eventUnwritten("who won the women's doubles last year", tokenize('Elena Varga won the singles.'))).toBe(
			true,
		);
	});

	it('reads words any event is called by, synonyms and hyphenated words as no other event', () => {
		expect(eventUnwritten("who won the men's race", kiprono)).toBe(false);
		expect(eventUnwritten('who won the marathon title', tokenize('Kiprono won the marathon.'))).toBe(false);
		const huskies = tokenize('The Huskies won their first national ice-hockey championship.');
		expect(eventUnwritten('who won the hockey championship?', huskies)).toBe(false);
		expect(eventUnwritten('who scored the winner', kiprono)).toBe(false);
	});

	it("lowers the fit of another event's winner", () => {
		const { shortAnswer, context } = floodReport(
			"Daniel Kiprono won the men's race in 2 hours and 11 minutes.\n\nAmina Haddad won the wheelchair race.",
		);
		expect(shortAnswer('who won the wheelchair race', 'Kiprono').fit).toBe(context.options.otherEventFit);
		expect(shortAnswer('who won the wheelchair race', 'Haddad').fit).toBe(1);
	});
});
