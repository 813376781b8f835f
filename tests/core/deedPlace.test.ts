import { describe, expect, it } from 'vitest';
import { deedPlace } from '../../src/core/deedPlace.ts';
import { tokenize } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';

const place = (question: string, sentence: string) => deedPlace(question, sentence, tokenize(sentence))?.text;

describe('deedPlace', () => {
	it('gives the place described right after the deed asked, not another place the sentence names', () => {
		const arrest = "The ringleader, a man from the Millbrook area, was arrested at a flat above a barber's shop.";
		expect(place('where did they arrest the ringleader', arrest)).toBe("a flat above a barber's shop");
		const fire = 'The fire started in the kitchen of a house, Chief Ola Berg said.';
		expect(place('where did the fire start', fire)).toBe('the kitchen of a house');
		const drugs = 'The drugs will be destroyed at an incinerator in Nairobi under the supervision of the board.';
		expect(place('where will the drugs be destroyed', drugs)).toBe('an incinerator in Nairobi');
		expect(place('where was he arrested', 'He was arrested at his home in Larchfield early on Tuesday.')).toBe(
			'his home in Larchfield',
		);
		expect(place('where did she grow up', 'She grew up in a fishing village near Bergen.')).toBe(
			'a fishing village near Bergen',
		);
	});

	it('gives nothing for a named place, another deed, or a question of no deed', () => {
		expect(place('where was the wreck found', 'The wreck was found in the Baltic Sea.')).toBeUndefined();
		expect(place('where did they arrest him', 'He was born in a small village.')).toBeUndefined();
		expect(place('where is the flat', 'He was arrested at a flat above a shop.')).toBeUndefined();
	});

	it('answers "where did they arrest him" on a report', () => {
		const { shortAnswer } = floodReport(
			"Arrest\n\nThe ringleader, a man from the Millbrook area, was arrested at a flat above a barber's shop.",
		);
		expect(shortAnswer('where did police arrest the ringleader', 'ringleader').phrase.text).toBe(
			"a flat above a barber's shop",
		);
	});
});
