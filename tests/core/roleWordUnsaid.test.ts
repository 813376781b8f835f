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

	it('asks a director by directing, and a player of the match by the award', () => {
		const gala = 'The gala performance of The Pirates of Penzance raised 40,000 pounds for the hospital.';
		expect(roleWordUnsaid('who directed the gala performance', gala)).toBe(true);
		expect(roleWordUnsaid('who directed the gala', 'It was directed by Maria Lund.')).toBe(false);
		const goal = 'Brendan Walsh scored twice as Kells won 3-1.';
		expect(roleWordUnsaid('who was player of the match', goal)).toBe(true);
		expect(roleWordUnsaid('who was player of the match', 'Walsh was named player of the match.')).toBe(false);
	});

	it('asks a scorer by the words of scoring', () => {
		const toss = 'Marsh won the toss and chose to bat on a green pitch.';
		expect(roleWordUnsaid('who scored a century for sri lanka', toss)).toBe(true);
		expect(roleWordUnsaid('who scored the equaliser', 'Okonjo headed in a corner in the 88th minute.')).toBe(false);
	});

	it('asks a coach by the words of coaching', () => {
		const duel = 'The final came down to a duel between Halvorsen and Desmond Achebe, 13, of Port Lindell.';
		expect(roleWordUnsaid('Who coached Desmond Achebe?', duel)).toBe(true);
		expect(roleWordUnsaid("who was varga's coach", duel)).toBe(true);
		expect(roleWordUnsaid('who coaches achebe', 'Achebe is trained by his aunt, Ruth Achebe.')).toBe(false);
		expect(roleWordUnsaid('who coaches the harbor kings', 'Head coach Denise Okafor said the team was ready.')).toBe(
			false,
		);
	});

	it('makes a name of such a sentence an unnamed answer', () => {
		const { shortAnswer, context } = floodReport('The helicopter came down in the Scottish Highlands on Friday.');
		expect(shortAnswer('who was flying the helicopter', 'Scottish').fit).toBe(context.options.unnamedFit);
	});
});

describe('roleWordUnsaid of owning', () => {
	const refused = 'Rosalind Achebe-Ward, 46, was refused a table at The Copper Pot bistro on Saturday.';
	const owner = "The restaurant's owner, Tobias Renfrew, said the manager had made a serious error.";

	it('tells a sentence with no word of owning as no answer to who owns a thing', () => {
		expect(roleWordUnsaid('who owns the copper pot', refused)).toBe(true);
		expect(roleWordUnsaid("who's the owner of the copper pot", refused)).toBe(true);
		expect(roleWordUnsaid('whos the landlord', refused)).toBe(true);
		expect(roleWordUnsaid('who owns the copper pot', owner)).toBe(false);
		expect(roleWordUnsaid('who owns the chain', 'The chain was bought by Brindle Hollow Capital in 2019.')).toBe(false);
		expect(roleWordUnsaid('who owns the quarry', 'Kestrel Aggregates, a subsidiary of Harl Group, runs it.')).toBe(
			false,
		);
		expect(roleWordUnsaid('who was refused a table', refused)).toBe(false);
	});

	it('makes the name of such a sentence an unnamed answer', () => {
		const { shortAnswer, context } = floodReport(`${refused}\n\n${owner}`);
		expect(shortAnswer('who owns the copper pot', 'Rosalind').fit).toBeLessThan(1);
		expect(shortAnswer('who owns the copper pot', 'Tobias').fit).toBe(1);
		expect(context.options.unnamedFit).toBeLessThan(1);
	});
});

describe('roleWordUnsaid of making', () => {
	it('tells a sentence with no word of making, building or supplying as no answer to who made a thing', () => {
		const court = 'The operator was fined at Inverlathan Sheriff Court after the chairlift stopped in high winds.';
		expect(roleWordUnsaid('who made the chairlift', court)).toBe(true);
		expect(roleWordUnsaid('who originally built the bridge', 'The bridge spans the Monongahela River.')).toBe(true);
		expect(roleWordUnsaid('who makes the ride', 'Engineers from its Dutch manufacturer, Velderhoek Rides, came.')).toBe(
			false,
		);
		expect(roleWordUnsaid('who built the bridge', 'The bridge was built by Harland Steel in 1931.')).toBe(false);
		expect(roleWordUnsaid('who supplied the seeds', 'The seeds came from supplier Kestrel Seed Co.')).toBe(false);
		expect(roleWordUnsaid('who made it 2-2 for harbourside', court)).toBe(false);
		expect(roleWordUnsaid('who said the chairlift was safe', court)).toBe(false);
	});
});

describe('roleWordUnsaid of paying', () => {
	it('tells a sentence with no word of paying, funding or money as no answer to who paid for a thing', () => {
		const reopened = 'The National Museum of Vestria reopened on Monday after the renovation.';
		expect(roleWordUnsaid('who paid for the renovation', reopened)).toBe(true);
		expect(roleWordUnsaid("who's paying for the new ballpark", reopened)).toBe(true);
		expect(roleWordUnsaid('who funded the frog study', 'The study was led by the University of Elsburg.')).toBe(true);
		expect(roleWordUnsaid('who paid for the study', 'The study was funded by the Marsden Fund.')).toBe(false);
		expect(roleWordUnsaid('who paid for the study', 'It drew on a 45 million yen government grant.')).toBe(false);
		expect(roleWordUnsaid('who paid for the dig', 'Northbay Homes is meeting the cost of the dig.')).toBe(false);
		expect(roleWordUnsaid('who said fishermen should not pay', reopened)).toBe(false);
	});
});

describe('roleWordUnsaid of heads, captains and founders', () => {
	it('tells a sentence with no word of leading, captaining or founding as no answer to who holds the role', () => {
		const pipeline = 'The pipeline is being built by Harrow Line Energy, a Calgary-based company, across North Dakota.';
		expect(roleWordUnsaid('who is the ceo of harrow line energy', pipeline)).toBe(true);
		expect(roleWordUnsaid("who's harrow's boss", pipeline)).toBe(true);
		expect(roleWordUnsaid('who is the ceo of harrow', 'Chief executive Ana Holm said the pipeline would open.')).toBe(
			false,
		);
		expect(roleWordUnsaid('who is the ceo of harrow', 'Ana Holm, who runs Harrow Line Energy, said so.')).toBe(false);
		expect(roleWordUnsaid('who was captain of the ferry', '"Everything points to the Fru Margit," Ekdahl said.')).toBe(
			true,
		);
		expect(roleWordUnsaid('who was captain of the ferry', 'Its master, Lars Ekdahl, was rescued.')).toBe(false);
		expect(roleWordUnsaid('who is the governor of the central bank', 'Rates may fall if the central bank acts.')).toBe(
			true,
		);
		expect(roleWordUnsaid('who was mayor in 2011', 'The clock, built by Ashworth and Pell, stopped in 2011.')).toBe(
			true,
		);
		expect(roleWordUnsaid('who is the president of kestrania', 'Valdoria and Kestrania signed a truce.')).toBe(true);
		expect(roleWordUnsaid("who is dax's manager", '"Dax has passed 14 tests," Ostrander said.')).toBe(true);
		expect(roleWordUnsaid('who founded hollis & dunn', 'Workers at the Hollis & Dunn bakery bought it.')).toBe(true);
		expect(roleWordUnsaid('who started the fire', 'The fires broke out near Pelarini on Tuesday.')).toBe(true);
		expect(roleWordUnsaid('who started the fire', 'The fire was started by a farmer burning stubble.')).toBe(false);
		expect(roleWordUnsaid('who founded the firm', 'It was set up in 1966 by Walter Harwick.')).toBe(false);
	});

	it('leaves a sentence whose name the report gives the role elsewhere ("Veneto president Luca Bassi")', () => {
		const visited = 'Bassi visited farms on Tuesday.';
		expect(roleWordUnsaid('who is the president of veneto', visited, (told) => told.test('Veneto president'))).toBe(
			false,
		);
		expect(roleWordUnsaid('who is the president of veneto', visited, (told) => told.test('farmer'))).toBe(true);
	});
});
