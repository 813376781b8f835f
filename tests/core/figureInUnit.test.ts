import { describe, expect, it } from 'vitest';
import { figureRightAfter, inUnit, SPEED_UNIT } from '../../src/core/figureInUnit.ts';
import { findMentions } from '../../src/core/findMentions.ts';
import { tokenize } from '../../src/core/tokenize.ts';

describe('figureRightAfter', () => {
	it('takes the figure in a unit right after the verb, hedges aside, and nothing further off', () => {
		const rock = 'Nerissa, which measures about 480 metres across, broke apart.';
		expect(figureRightAfter('measur', rock, findMentions(rock), tokenize(rock))?.text).toBe('about 480 metres');
		const parks = 'The council approved measures on Tuesday to create 3 new parks covering 40 hectares.';
		expect(figureRightAfter('measur', parks, findMentions(parks), tokenize(parks))).toBeUndefined();
	});
});

describe('inUnit', () => {
	it('takes the only figure written in the unit, none where there are several', () => {
		const taxi = 'The taxi, carrying one passenger, was travelling at about 19 mph.';
		expect(inUnit(taxi, findMentions(taxi), SPEED_UNIT)?.text).toBe('about 19 mph');
		const two = 'It went from 19 mph to 40 km/h.';
		expect(inUnit(two, findMentions(two), SPEED_UNIT)).toBeUndefined();
	});
});
