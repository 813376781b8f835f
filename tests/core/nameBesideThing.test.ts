import { describe, expect, it } from 'vitest';
import { nameBesideThing } from '../../src/core/nameBesideThing.ts';
import { floodReport } from './floodReport.ts';

describe('nameBesideThing', () => {
	it('finds a name beside the thing, before it, after it or set off before it', () => {
		expect(nameBesideThing('sister', 'Her younger sister Solange is a singer.')).toBe(true);
		expect(nameBesideThing('shipyard', 'It was built at a shipyard in Kingsford.')).toBe(false);
		expect(nameBesideThing('shipyard', 'It was built at the Kingsford shipyard.')).toBe(true);
		expect(nameBesideThing('show', 'The season opens with "The Keeper\'s Cat", a new hour-long show.')).toBe(true);
		expect(nameBesideThing('bend', 'There stands the "Orvik knee"; this is a major bend of the river.')).toBe(true);
		expect(nameBesideThing('dam', 'Near Sargans a natural dam holds the river back.')).toBe(false);
		expect(nameBesideThing('ship', 'The wreck lies in 40 metres of water.')).toBeUndefined();
	});

	it("takes no owner's name before a kin word for the kin's own (\"Fennick's wife\")", () => {
		const cousin = "The jackpot was claimed by a cousin of Fennick's wife.";
		expect(nameBesideThing('wife', cousin, true)).toBe(false);
		expect(nameBesideThing('wife', 'Fennick and his wife, Mara, moved in 2019.', true)).toBe(true);
	});

	it('declines "what is X\'s wife called" of a sentence that writes the wife without her name', () => {
		const { shortAnswer, context } = floodReport(
			"Jackpot\n\nThe largest prize was claimed by a cousin of Ola Fennick's wife in 2022. Fennick and his wife, Mara Lind, moved to Orvik in 2019.",
		);
		expect(shortAnswer("what's fennick's wife called", 'cousin').fit).toBe(context.options.unnamedFit);
		expect(shortAnswer("What is Fennick's wife's name?", 'cousin').fit).toBe(context.options.unnamedFit);
		expect(shortAnswer("what's fennick's wife called", 'moved to Orvik').phrase.text).toBe('Mara Lind');
	});
});
