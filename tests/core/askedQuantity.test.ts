import { describe, expect, it } from 'vitest';
import { askedQuantity, asksFigure } from '../../src/core/askedQuantity.ts';
import { findMentions } from '../../src/core/findMentions.ts';
import { tokenize } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';

function figure(question: string, sentence: string): string | undefined {
	return askedQuantity(question, sentence, findMentions(sentence), tokenize(sentence))?.text;
}

describe('askedQuantity', () => {
	it('reads "what will tuition be for X" as a figure asked, after a noun phrase that runs through the question\'s words', () => {
		const { shortAnswer } = floodReport(
			'Starting in September, tuition for undergraduate students from the province will rise from 8,400 dollars to 9,912 dollars a year.',
		);
		expect(shortAnswer('what will tuition be for undergrads from the province', 'tuition').phrase.text).toBe(
			'9,912 dollars',
		);
		const plant =
			'Its major appliance manufacturing plant "Appliance Park" was the first non-governmental site to host one of the new computers.';
		expect(figure("What was the name of GE's major appliance manufacturing plant?", plant)).toBeUndefined();
		expect(figure('how tall are the turbines', 'Each turbine stands 125 metres to the tip of its blades.')).toBe(
			'125 metres',
		);
	});

	it('reads a measured noun written as its synonym ("winds" of "gusts of 96 kilometres per hour"), not a word of a longer phrase', () => {
		expect(figure('how strong were the winds', 'The storm brought gusts of 96 kilometres per hour to the coast.')).toBe(
			'96 kilometres per hour',
		);
		expect(
			figure(
				'how warm did it get in Altdorf overnight',
				'Temperatures in Altdorf rose to 19 degrees Celsius during the night, about 14 degrees above normal.',
			),
		).toBe('19 degrees Celsius');
	});

	it('keeps a speed\'s "per hour" with its unit ("140 kilometres per hour")', () => {
		expect(figure('how strong were the winds', 'The storm brought winds of up to 140 kilometres per hour.')).toBe(
			'up to 140 kilometres per hour',
		);
	});

	it('takes a record, a maximum or a peak for a figure asked, "max" spelled out', () => {
		const record = 'The new low breaks the previous record of 3.39 million square kilometers set in September 2012.';
		expect(figure('what was the previous record low?', record)).toBe('3.39 million square kilometers');
		const winter = 'It reached a winter maximum of 16.9 million square kilometers in September.';
		expect(figure("what was antarctica's winter max this year", winter)).toBe('16.9 million square kilometers');
		expect(asksFigure("what was antarctica's winter max")).toBe(true);
		const odds =
			'The odds of winning the Lotto Max jackpot are about 1 in 33 million, and it is at its maximum of 70 million.';
		expect(figure('what are the odds of the lotto max jackpot', odds)).not.toBe('70 million');
		expect(figure('what was the peak of the storm surge', 'The surge reached a peak of 3.1 metres at noon.')).toBe(
			'3.1 metres',
		);
	});

	it('takes a share or sum written right before the noun asked ("a 14 percent raise", "£50 compensation")', () => {
		const raise =
			'Teachers are seeking a 14 percent raise over four years, while the government has offered 8.5 percent.';
		expect(figure('what raise do the teachers want', raise)).toBe('14 percent raise');
		const unions = 'The unions are seeking a 9 percent pay rise over two years and the right to retire at 60.';
		expect(figure('What pay rise are the unions asking for?', unions)).toBe('9 percent pay rise');
		const paid = 'Each household would receive £50 compensation, and each business £150.';
		expect(figure('what compensation do households get', paid)).toBe('£50 compensation');
		const decline = 'Halvorsen reported a 20 percent revenue decline to €150 million.';
		expect(figure('What was Halvorsen revenue?', decline)).toBe('€150 million');
		const loaf = 'Bakers announced a 10% price increase, taking a loaf of bread to £1.60.';
		expect(figure('what is the price of a loaf', loaf)).toBe('£1.60');
		const budget = 'The film had a 12 percent smaller budget than planned, at $40 million.';
		expect(figure('what was the budget', budget)).toBe('$40 million');
		const revenue = 'It earned €21.5 million on revenue of €188 million.';
		expect(figure('what was its revenue', revenue)).toContain('188 million');
	});

	it('takes the level before a change for a question about the earlier one ("to NZ$7.40 … from NZ$8.20")', () => {
		const cut =
			'The dairy cut its forecast payout to NZ$7.40 per kilogram of milk solids from NZ$8.20, blaming demand.';
		expect(figure('What was the forecast before the cut?', cut)).toBe('NZ$8.20');
		expect(figure('What is the forecast now?', cut)).toContain('NZ$7.40');
		expect(figure('What was the previous forecast?', 'The bank kept its forecast at 2.1 percent.')).toBe('2.1 percent');
	});

	it('takes no figure of a clause past a comma, unless the clause compares ("up from 29% in 2018")', () => {
		const turnout = 'Turnout reached 46 percent, the highest for a city election in two decades.';
		expect(figure('what was the turnout in the election', turnout)).toBe('46 percent');
		const primary = 'It was a turnout of roughly 34% of voters, up from 29% in the last primary in 2018.';
		expect(figure('what was turnout in the 2018 primary', primary)).toBe('29%');
		const months = 'Inflation was 5.3% in August, 5.1% in July and 4.9% in June.';
		expect(figure('What was inflation in July?', months)).toBe('5.1%');
		const april = 'Unemployment rose to 3.9% in April, the highest since 2008, from 3.2% in March.';
		expect(figure('What was unemployment in March?', april)).toBe('3.2%');
		expect(figure('What was unemployment in May?', 'Unemployment fell to 4.1% in June, having been 4.4% in May.')).toBe(
			'4.4%',
		);
	});

	it('takes light-years for a distance, and no number out of a name ("Orla-9b")', () => {
		const sentence = 'The moon, known as Orla-9b, lies about 310 light-years from the Sun in the Vela cluster.';
		const { shortAnswer } = floodReport(`Moon\n\n${sentence}`);
		const far = shortAnswer('how far away is Orla-9b?', 'Orla-9b');
		expect(far.phrase.text).toBe('about 310 light-years');
		expect(far.fit).toBe(1);
		expect(shortAnswer('how old is the moon', 'Orla-9b').phrase.text).not.toBe('9');
		const spaced = floodReport('Moon\n\nThe moon lies about 310 light years from the Sun.');
		expect(spaced.shortAnswer('how far away is the moon', 'light years').fit).toBe(1);
	});

	it('takes a size or weight given with its verb ("measures about 480 metres across", "weighing 87 grams")', () => {
		const rock = 'Nerissa, which measures about 480 metres across, is thought to be a fragment.';
		expect(figure("what's the size of nerissa", rock)).toBe('about 480 metres');
		expect(figure('what was the weight of the samples', 'The samples, weighing 87 grams in total, came home.')).toBe(
			'87 grams',
		);
	});

	it('takes the only speed of a sentence for "how fast", whatever noun it follows', () => {
		const taxi = 'The taxi was travelling at about 19 mph when it hit the back of the truck.';
		expect(figure('how fast was the robotaxi going', taxi)).toBe('about 19 mph');
		expect(
			figure('how fast was the robotaxi going', 'The taxi passed one car at 19 mph, another at 40 mph.'),
		).toBeUndefined();
	});

	it('takes the verb of a measure only with a figure in a unit right after it', () => {
		const parks = 'The council approved measures on Tuesday to create 3 new parks covering 40 hectares.';
		expect(figure('What is the size of the new parks?', parks)).not.toBe('3');
		expect(figure('How big is the farm?', 'The farm, which installed 5G sensors, covers 300 acres.')).not.toBe('5G');
	});

	it('takes no length "away" for a depth', () => {
		const site = 'The deepest drill site is about 400 kilometres away from the coast.';
		expect(figure('how deep is the drill site', site)).toBeUndefined();
		expect(figure('how deep is the drill site', 'The drill site is about 2,740 metres deep.')).toBe(
			'about 2,740 metres',
		);
	});

	it('answers "what is/was <figure noun>" with the number given after the noun', () => {
		const sentence = 'Lagarde said inflation, which stood at 5.3% in August, was too high.';
		expect(figure('What was inflation in August?', sentence)).toBe('5.3%');
		expect(figure('What is the interest rate?', 'The bank raised its main interest rate by a quarter to 5.25%.')).toBe(
			'5.25%',
		);
	});

	it('takes, of several figures after the noun, the one by another word of the question ("in April")', () => {
		const sentence = 'The unemployment rate fell to 3.9% from 4.0% in April, the department said.';
		expect(figure('What was the unemployment rate in April?', sentence)).toBe('4.0%');
		expect(figure('What is the unemployment rate?', sentence)).toBe('3.9%');
	});

	it('answers "how strong/fast…" with a figure in a unit after the noun asked', () => {
		const sentence = 'It landed as a Category 3 storm, with sustained winds of 185 km/h, killing nine people.';
		expect(figure('How strong were the winds?', sentence)).toBe('185 km/h');
		expect(figure('How strong was the storm?', 'The storm cut power to 400,000 homes.')).toBeUndefined();
	});

	it('reads "what\'s the fine", and gives a sum with its currency and a temperature with its scale', () => {
		const fines = 'Households that exceed the limit face fines of up to 5,000 rand ($270), officials said.';
		expect(figure('whats the fine for going over the limit', fines)).toBe('up to 5,000 rand');
		const ransom = 'The hackers demanded a ransom of 4.5 million euros, payable in bitcoin.';
		expect(figure("What's the ransom?", ransom)).toBe('4.5 million euros');
		const heat = 'The temperature reached 47.9 degrees Celsius in Montoro.';
		expect(figure('What was the temperature in Montoro?', heat)).toBe('47.9 degrees Celsius');
	});

	it('answers "how hot did the sea get" with a temperature, and gives a sentence without one a low fit', () => {
		const sea = 'Sea surface temperatures peaked at 32.4 degrees Celsius in May.';
		expect(figure('how hot did the sea get', sea)).toBe('32.4 degrees Celsius');
		const { shortAnswer } = floodReport('"If the sea keeps warming, you are planting it in a hot bath," she said.');
		expect(shortAnswer('how hot did the sea get', 'hot bath').fit).toBeLessThan(0.5);
	});

	it('tells questions that ask for a figure', () => {
		expect(asksFigure('what was the hottest temperature ever recorded in spain?')).toBe(true);
		expect(asksFigure('How deep was the quake?')).toBe(true);
		expect(asksFigure("What's the fine?")).toBe(true);
		expect(asksFigure('What did the minister say?')).toBe(false);
	});

	it('reads a figure noun right after "what" ("What pay rise was offered?")', () => {
		const sentence = 'The union said its members had rejected a pay offer of 7 percent.';
		expect(figure('What pay offer did the members reject?', sentence)).toBe('7 percent');
		expect(figure('What rise is the union demanding?', 'The union is demanding a rise of 12 percent.')).toBe(
			'12 percent',
		);
		expect(figure('What city was the offer made in?', 'The offer was made in Leeds.')).toBeUndefined();
	});

	it('reads the noun of the measure ("depth" for "how deep") and a scale before the noun ("a magnitude 6.8 quake")', () => {
		const sentence =
			'The quake hit at 8:55 p.m. local time near the town of Sivrice, at a depth of about 10 kilometres.';
		expect(figure('How deep was the quake?', sentence)).toBe('about 10 kilometres');
		expect(figure('How strong was the earthquake?', 'A magnitude 6.8 earthquake struck on Friday.')).toBe(
			'magnitude 6.8',
		);
		expect(figure('How strong was the earthquake?', 'The earthquake struck 6 towns.')).toBeUndefined();
	});

	it('gives nothing for a noun that names no figure, or a figure the sentence does not give the noun', () => {
		expect(figure('What is the name of the storm?', 'The storm, Delia, killed 9 people.')).toBeUndefined();
		expect(figure('What was the death toll?', 'Officials gave no toll; 9 roads were shut.')).toBeUndefined();
	});

	it('reads a premium, a deposit or a commission as a figure asked ("whats the buyers premium")', () => {
		expect(figure('whats the buyers premium', "The price includes the buyer's premium of 20 percent.")).toBe(
			'20 percent',
		);
		expect(figure("what's the deposit", 'Buyers must pay a deposit of 5,000 euros up front.')).toBe('5,000 euros');
	});
});

describe('askedQuantity of the noun a quantity is of', () => {
	it('gives the figure after the noun before "rate" when the sentence never writes "rate", and what is worth', () => {
		const sickness = "The union's organiser said staff sickness had risen to 9.4 percent, the highest in years.";
		expect(figure('whats the staff sickness rate', sickness)).toBe('9.4 percent');
		expect(figure('whats the staff sickness rate', 'Staff numbers fell to 40 this year.')).toBeUndefined();
		const lot = 'The lot includes the tower, a cottage and about 1.2 hectares of land.';
		expect(figure("what's included in the sale besides the tower", lot)).toBeUndefined();
		expect(figure("What was Northvale's penalty?", 'Northvale, fined twice, paid 48 million crowns.')).toBeUndefined();
		const hives = 'The sheriff said the stolen hives were worth an estimated $1.9 million.';
		expect(figure('what were the stolen hives worth?', hives)).toBe('$1.9 million');
	});
});
