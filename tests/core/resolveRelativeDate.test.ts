import { describe, expect, it } from 'vitest';
import { resolveRelativeDate } from '../../src/core/resolveRelativeDate.ts';

describe('resolveRelativeDate', () => {
	it.each([
		['on Sunday', '2026-03-02', '2026-03-01 (“on Sunday”)'],
		['Wednesday', '2026-03-02', '2026-02-25 (“Wednesday”)'],
		['last week', '2026-03-02', '2026-02-23 (“last week”)'],
		['yesterday', '2026-03-02T08:00:00Z', '2026-03-01 (“yesterday”)'],
		['next week', '2026-03-02', '2026-03-09 (“next week”)'],
		['on March 3', '2026-03-02', '2026-03-03 (“on March 3”)'],
	])('GIVEN "%s" in a report published %s THEN it is %s', (words, published, expected) => {
		expect(resolveRelativeDate(words, published)).toBe(expected);
	});

	it.each([
		['on 3 March 2025', '2026-03-02'],
		['72 drones', '2026-03-02'],
		['on Sunday', undefined],
		['on Sunday', 'not a date'],
	])('GIVEN "%s" published %s THEN there is nothing to resolve', (words, published) => {
		expect(resolveRelativeDate(words, published)).toBeUndefined();
	});
});
