import { describe, expect, it } from 'vitest';
import { nameUnwritten } from '../../src/core/nameUnwritten.ts';
import { floodReport } from './floodReport.ts';

describe('nameUnwritten', () => {
	it("finds no name where no capitalised word but the question's own is written", () => {
		const sank = 'A similar disaster in 2017 killed 52 people when an overloaded vessel sank near the coast.';
		expect(nameUnwritten('what was the name of the ferry that sank in 2017', 'ferry', sank, [])).toBe(true);
		const named = 'In 2017 the ferry Sea Star sank near the coast, killing 52 people.';
		expect(nameUnwritten('what was the name of the ferry that sank in 2017', 'ferry', named, [])).toBe(false);
		const dateline = 'HALVORSEN, Sept 22 (Wire) - The city of Halvorsen approved a bid to host the Games on Sunday.';
		expect(nameUnwritten('what is the name of the rival city bidding for halvorsen games', 'city', dateline, [])).toBe(
			true,
		);
	});

	it("finds no name of someone known by a tie when only the question's people are named", () => {
		const camping =
			'"It came like a wall," said Daniel Okafor, 37, a teacher from Linfield who was camping with his wife.';
		const question = "What is the name of Daniel Okafor's wife?";
		expect(nameUnwritten(question, 'wife', camping, ['Daniel Okafor'])).toBe(true);
		const wife = 'Daniel Okafor, 37, was camping with his wife, Grace Okafor, near Linfield.';
		expect(nameUnwritten(question, 'wife', wife, ['Daniel Okafor', 'Grace Okafor'])).toBe(false);
		// A company's name may stand in words no pattern reads: a capitalised word the question lacks may be it.
		const maverick = 'She founded entertainment company Maverick in 1992.';
		expect(nameUnwritten('what is the name of the company she founded', 'company', maverick, [])).toBe(false);
	});

	it('finds no name of a ringleader where the sentence names only a place', () => {
		const arrested = 'The alleged ringleader, a 34-year-old man from the Millbrook area, was arrested at a flat.';
		expect(nameUnwritten("whats the ringleader's name", 'ringleader', arrested, [])).toBe(true);
		const named = 'The alleged ringleader, Warren Hale, 34, was arrested at a flat in Millbrook.';
		expect(nameUnwritten("whats the ringleader's name", 'ringleader', named, ['Warren Hale'])).toBe(false);
	});

	it('gives the whole sentence, no name in it, a low fit for "what is the name of…"', () => {
		const { shortAnswer, context } = floodReport(
			'A similar disaster in 2017 killed 52 people when an overloaded vessel sank near the coast.',
		);
		expect(shortAnswer('what was the name of the ferry that sank in 2017', 'vessel').fit).toBe(
			context.options.unnamedFit,
		);
	});
});
