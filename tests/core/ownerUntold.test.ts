import { describe, expect, it } from 'vitest';
import { makerUnsaid, ownerUnsaid, ownerUntold, payerUnsaid } from '../../src/core/ownerUntold.ts';
import { floodReport } from './floodReport.ts';

describe('ownerUntold', () => {
	it.each([
		['whose field did they land in', 'The balloonists landed in a field in County Mayo on Sunday.', true],
		['whose field did they land in', 'The farmer who owns the field, Ann Walsh, 71, watched.', false],
		['whose field did they land in', "They came down in Ann Walsh's field near Castlebar.", false],
		['whose record did she break', 'She broke the record of 4:02 set by Norway’s Lise Dahl in 2019.', false],
		['at whose funeral did he sing', 'At the funeral of the poet Ivo Lind, he sang two hymns.', false],
		['on whose behalf did the firm sue', 'The firm sued for the inventor Ho Tse.', false],
		['What was the name of the clerk whose laptop was stolen?', 'A laptop was stolen from the office.', false],
		['whose record did Kari Lund break', "She broke Lise Dahl's 2019 world record.", false],
		['whose field did they land in', 'They landed in a field of wheat near Galway.', true],
		['whose car was it', 'The car, registered to Ana Pires, was found.', false],
		['whose consent do the states need', 'They may sign treaties with the consent of the federal government.', false],
	] as const)('"%s" of "%s": %s', (question, sentence, untold) => {
		expect(ownerUntold(question, sentence)).toBe(untold);
	});

	it('lowers a name that owns nothing as the answer to "whose"', () => {
		const text =
			'Balloon lands\n\nThe balloonists landed in a field near Galway after crossing the Atlantic. The farmer who owns the field, Ann Walsh, 71, brought them tea.';
		const { shortAnswer, context } = floodReport(text);
		expect(shortAnswer('whose field did they land in', 'crossing the Atlantic').fit).toBe(context.options.unnamedFit);
		expect(shortAnswer('whose field did they land in', 'Ann Walsh')).toMatchObject({
			phrase: { text: 'Ann Walsh' },
			fit: 1,
		});
	});
});

describe('ownerUnsaid', () => {
	const refused = 'Rosalind Achebe-Ward, 46, was refused a table at The Copper Pot bistro on Saturday.';
	const owner = "The restaurant's owner, Tobias Renfrew, said the manager had made a serious error.";

	it('tells a sentence with no word of owning as no answer to who owns a thing', () => {
		expect(ownerUnsaid('who owns the copper pot', refused)).toBe(true);
		expect(ownerUnsaid("who's the owner of the copper pot", refused)).toBe(true);
		expect(ownerUnsaid('whos the landlord', refused)).toBe(true);
		expect(ownerUnsaid('who owns the copper pot', owner)).toBe(false);
		expect(ownerUnsaid('who owns the chain', 'The chain was bought by Brindle Hollow Capital in 2019.')).toBe(false);
		expect(ownerUnsaid('who owns the quarry', 'Kestrel Aggregates, a subsidiary of Harl Group, runs it.')).toBe(false);
		expect(ownerUnsaid('who was refused a table', refused)).toBe(false);
	});

	it('makes the name of such a sentence an unnamed answer', () => {
		const { shortAnswer, context } = floodReport(`${refused}\n\n${owner}`);
		expect(shortAnswer('who owns the copper pot', 'Rosalind').fit).toBeLessThan(1);
		expect(shortAnswer('who owns the copper pot', 'Tobias').fit).toBe(1);
		expect(context.options.unnamedFit).toBeLessThan(1);
	});
});

describe('makerUnsaid', () => {
	it('tells a sentence with no word of making, building or supplying as no answer to who made a thing', () => {
		const court = 'The operator was fined at Inverlathan Sheriff Court after the chairlift stopped in high winds.';
		expect(makerUnsaid('who made the chairlift', court)).toBe(true);
		expect(makerUnsaid('who originally built the bridge', 'The bridge spans the Monongahela River.')).toBe(true);
		expect(makerUnsaid('who makes the ride', 'Engineers from its Dutch manufacturer, Velderhoek Rides, came.')).toBe(
			false,
		);
		expect(makerUnsaid('who built the bridge', 'The bridge was built by Harland Steel in 1931.')).toBe(false);
		expect(makerUnsaid('who supplied the seeds', 'The seeds came from supplier Kestrel Seed Co.')).toBe(false);
		expect(makerUnsaid('who made it 2-2 for harbourside', court)).toBe(false);
		expect(makerUnsaid('who said the chairlift was safe', court)).toBe(false);
	});
});

describe('payerUnsaid', () => {
	it('tells a sentence with no word of paying, funding or money as no answer to who paid for a thing', () => {
		const reopened = 'The National Museum of Vestria reopened on Monday after the renovation.';
		expect(payerUnsaid('who paid for the renovation', reopened)).toBe(true);
		expect(payerUnsaid("who's paying for the new ballpark", reopened)).toBe(true);
		expect(payerUnsaid('who funded the frog study', 'The study was led by the University of Elsburg.')).toBe(true);
		expect(payerUnsaid('who paid for the study', 'The study was funded by the Marsden Fund.')).toBe(false);
		expect(payerUnsaid('who paid for the study', 'It drew on a 45 million yen government grant.')).toBe(false);
		expect(payerUnsaid('who paid for the dig', 'Northbay Homes is meeting the cost of the dig.')).toBe(false);
		expect(payerUnsaid('who said fishermen should not pay', reopened)).toBe(false);
	});
});
