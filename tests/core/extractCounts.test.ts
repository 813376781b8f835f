import { describe, expect, it } from 'vitest';
import { MONEY } from '../../src/core/extractCounts.ts';
import { findMentions } from '../../src/core/findMentions.ts';
import { countsOf } from './countsOf.ts';
import { floodReport } from './floodReport.ts';

describe('extractCounts', () => {
	it('ends a counted noun at an adverb or a participle, joins paired describing words, and reads no count in "2 o\'clock"', () => {
		expect(countsOf('Police were hunting for five prisoners still at large.').map((f) => f.subject)).toEqual([
			'prisoners',
		]);
		expect(countsOf('Two men serving life sentences were among them.').map((f) => f.subject)).toEqual(['men']);
		expect(
			countsOf('The files of about 412,000 current and former students were taken.').map((f) => f.subject),
		).toEqual(['current and former students']);
		expect(countsOf('They rescued 40 cats and dogs.').map((f) => f.subject)).toEqual(['cats']);
		expect(countsOf('The ban covers all 212 state primary and secondary schools.').map((f) => f.subject)).toEqual([
			'state primary and secondary schools',
		]);
		expect(countsOf('It paid 34 dollars for certified and licensed workers.').map((f) => f.subject)).toEqual([
			'dollars',
		]);
		expect(countsOf('Three people died, and damage was put at 640 million euros.')[0]?.subject).toBe('people died');
		expect(countsOf('The museum handed back 64 gold, brass and ivory objects.').map((f) => f.subject)).toEqual([
			'gold, brass and ivory objects',
		]);
		expect(countsOf('They sold 40 apples, pears and plums.').map((f) => f.subject)).toEqual(['apples']);
		expect(countsOf('Three office buildings and two housing blocks burned.').map((f) => f.subject)).toEqual([
			'office buildings',
			'housing blocks',
		]);
		expect(countsOf("The men left at about 2 o'clock on Saturday.")).toEqual([]);
	});

	it('gives "11 remain missing" the noun of the count before it, "Kills 17" people, "trapping" an action', () => {
		expect(countsOf('Another 42 people were injured and 11 remain missing.').map((f) => f.text)).toEqual([
			'42 people injured',
			'11 people missing',
		]);
		// The borrowed noun leaves behind the action the count before it said of itself.
		expect(countsOf('Two people died and about 1,900 were evacuated.').map((f) => f.text)).toEqual([
			'Two people died',
			'about 1,900 people evacuated',
		]);
		// A noun of the dead is kept: "20 coronavirus deaths … and 15 on Tuesday".
		expect(
			countsOf('Officials recorded 20 coronavirus deaths on Monday and 15 on Tuesday.').map((f) => f.text),
		).toEqual(['20 coronavirus deaths', '15 coronavirus deaths']);
		// "four have died": the noun of the count before, the action its own; a vague "few dozen" and a verb that
		// is no count action borrow nothing ("three had been crushed" were not rescued).
		expect(
			countsOf('Clinics treated 218 people since May, and four have died, officials said.').map((f) => f.text),
		).toEqual(['218 people', 'four people killed']);
		expect(countsOf('Hoekstra keeps 85,000 hens, and a few dozen had died overnight.').map((f) => f.text)).toEqual([
			'85,000 hens',
		]);
		expect(countsOf('The virus has spread to 14 countries, and 300 have died.').map((f) => f.text)).toEqual([
			'14 countries',
		]);
		// People named by what they do lend their noun as "people" do: "Of the 40 councillors …, 12 have since retired".
		const councillors = 'Of the 40 councillors elected in 2010, 12 have since retired, the board said.';
		expect(countsOf(councillors).map((f) => f.text)).toEqual(['40 councillors', '12 councillors']);
		expect(countsOf('Rescuers freed 40 miners, but three had been crushed.').map((f) => f.text)).toEqual([
			'40 miners rescued',
			'three miners',
		]);
		expect(countsOf('Dam Collapse in Peru Kills 17, Thousands Evacuated').map((f) => f.text)).toEqual([
			'17 people killed',
		]);
		expect(countsOf('The metro halted, trapping about 2,300 passengers in tunnels.').map((f) => f.detail)).toEqual([
			'trapped',
		]);
	});

	it('reads a unit of power joined to its number ("a 500-megawatt scheme")', () => {
		expect(countsOf('It follows a 500-megawatt scheme approved in March.').map((f) => f.subject)).toEqual([
			'megawatt scheme',
		]);
	});

	it('reads sums in crowns, soles, won and bitcoin as money', () => {
		const quote = 'The fund paid 45 million soles, 1.2 trillion won, 3 billion crowns and 45 bitcoin; 54 won seats.';
		const counts = countsOf(quote).map((f) => [f.text, MONEY.test(f.text)]);
		expect(counts).toEqual([
			['45 million soles', true],
			['1.2 trillion won', true],
			['3 billion crowns', true],
			['45 bitcoin', true],
			['54 won seats', false],
		]);
	});

	it('reads sums written with a currency before the figure: ringgit, rand, rupees, shillings, rupiah, naira', () => {
		const quote =
			'It earned RM312 million, R50,000, Rs 4,000, KSh 2,000, Rp 5 billion, ₦40,000 and RM3bn over 4 hours.';
		const sums = findMentions(quote)
			.filter((m) => m.type === 'number')
			.map((m) => [m.text, m.value, MONEY.test(m.text)]);
		expect(sums).toEqual([
			['RM312 million', 312e6, true],
			['R50,000', 50000, true],
			['Rs 4,000', 4000, true],
			['KSh 2,000', 2000, true],
			['Rp 5 billion', 5e9, true],
			['₦40,000', 40000, true],
			['RM3bn', 3e9, true],
			['over 4', 4, false],
		]);
		expect(findMentions('The R2 road opened.').some((m) => m.type === 'number')).toBe(false);
	});

	it('reads a currency named by its country as the sum\'s noun ("500,000 Jamaican dollars"), a nationality\'s people as people', () => {
		const quote =
			'Each player gets 500,000 Jamaican dollars, the fund 9.5 billion Icelandic kronur and 40 Kenyan runners.';
		const counts = countsOf(quote).map((f) => [f.text, MONEY.test(f.text)]);
		expect(counts).toEqual([
			['500,000 Jamaican dollars', true],
			['9.5 billion Icelandic kronur', true],
			['40 Kenyan runners', false],
		]);
		const people = countsOf(
			'The vote passed with 62 Republicans, among them 12 Saudi-born members, and three Catholics.',
		);
		// A capitalised word before a plural noun ("Saudi-born members") says which of them are counted.
		expect(people.map((f) => f.text)).toEqual(['62 Republicans', '12 Saudi-born members', 'three Catholics']);
		// An address counts nothing; goals of a named league are goals.
		expect(countsOf('He lives at 4 Oxford Street and scored 3 Premier League goals.').map((f) => f.text)).toEqual([
			'3 Premier League goals',
		]);
	});

	it('reads a currency written with its accent ("600 krónur") as money', () => {
		const counts = countsOf('A nightly tax of 600 krónur per room and a fee of 300 korunas.');
		expect(counts.map((f) => [f.text, MONEY.test(f.text)])).toEqual([
			['600 krónur', true],
			['300 korunas', true],
		]);
	});

	it('reads the currencies of eastern Europe and Asia ("2.1 million lei", "200,000 taka") as money', () => {
		for (const sum of ['2.1 million lei', '90,000 leva', '200,000 taka', '200 billion dong', '1.3 trillion tugriks'])
			expect(MONEY.test(sum), sum).toBe(true);
		expect(MONEY.test('12 dongles')).toBe(false);
	});

	it('reads a headline\'s counted noun up to its first plural ("Nine Inmates Escape Prison") and escapes as an action', () => {
		expect(countsOf('Manhunt After Nine Inmates Escape Kalder Prison').map((f) => [f.subject, f.detail])).toEqual([
			['inmates', 'escaped'],
		]);
		expect(countsOf('Guards recaptured four fugitives by Sunday.').map((f) => f.detail)).toEqual(['recaptured']);
		expect(countsOf('Gunmen abducted five aid workers on Monday.').map((f) => f.detail)).toEqual(['kidnapped']);
		// Deaths told as lives taken or lost.
		expect(countsOf('The fire took the lives of 146 garment workers.').map((f) => f.detail)).toEqual(['killed']);
		expect(countsOf('The storm claimed the lives of 12 fishermen.').map((f) => f.detail)).toEqual(['killed']);
		expect(countsOf('At least 40 people lost their lives in the flood.').map((f) => f.detail)).toEqual(['killed']);
	});

	it('ends a counted noun before a particle or an adverb of place ("£300 million off its value", "600 sheep further down")', () => {
		expect(countsOf('Shares fell, wiping about £300 million off its value.').map((f) => f.subject)).toEqual([]);
		expect(countsOf('He keeps about 600 sheep further down the valley.').map((f) => f.text)).toEqual([
			'about 600 sheep',
		]);
	});

	it('reads homes left without power and power restored as two opposite actions', () => {
		expect(countsOf('About 40,000 homes were left without electricity on Sunday.').map((f) => f.detail)).toEqual([
			'without power',
		]);
		expect(countsOf('By Monday, power had been restored to 26,000 homes.').map((f) => f.detail)).toEqual(['restored']);
		const { shortAnswer, context } = floodReport(
			'Orvik flood\n\nAbout 40,000 homes were left without electricity on Sunday night. By Monday, power had been restored to 26,000 homes, the operator said.',
		);
		expect(shortAnswer('how many homes lost power', '26,000').fit).toBe(context.options.countMismatchFit);
		expect(shortAnswer('how many homes lost power', '40,000')).toMatchObject({
			phrase: { text: 'About 40,000 homes' },
			fit: 1,
		});
	});

	it('reads a number with the noun after it, and the action near it', () => {
		expect(countsOf('Rescuers pulled 14 people from the river.').map((f) => f.text)).toEqual(['14 people rescued']);
		expect(countsOf('Crews pulled 14 people from the river.').map((f) => f.text)).toEqual(['14 people']);
		expect(countsOf('At least four people were injured.').map((f) => [f.text, f.kind])).toEqual([
			['At least four people injured', 'casualty'],
		]);
	});

	it('gives a number that leaves out its noun the noun of the count before it ("against 951 in the other")', () => {
		const counts = countsOf('In all, 312 children in the first group fell ill, against 951 in the second.');
		expect(counts.map((f) => [f.value, f.subject])).toEqual([
			[312, 'children'],
			[951, 'children'],
		]);
		expect(counts[1]?.span).toEqual([58, 61]);
	});

	it('gives a part of a total the noun after the total ("48 of its 90 seats")', () => {
		const quote = 'The party won 48 of its 90 seats.';
		expect(countsOf(quote).map((f) => [f.value, f.subject, quote.slice(...f.span)])).toEqual([
			[48, 'seats', '48 of its 90 seats'],
			[90, 'seats', '90 seats'],
		]);
	});

	it('gives a part "of them" its own noun when one stands alone after it, else the noun of the count before', () => {
		const quote = 'The plant will employ about 4,200 people, 1,800 of them engineers and technicians.';
		expect(countsOf(quote).map((f) => [f.value, f.subject, quote.slice(...f.span)])).toEqual([
			[4200, 'people', 'about 4,200 people'],
			[1800, 'engineers', '1,800 of them engineers'],
		]);
		const hunt = 'About 3,800 people hold licences, but only around 1,200 of them hunt regularly.';
		expect(countsOf(hunt).map((f) => f.subject)).toEqual(['people hold licences', 'people hold licences']);
		expect(countsOf('The ferry carried 200 people, 150 of whom survived.').map((f) => f.subject)).toEqual([
			'people',
			'people',
		]);
	});

	it('reads a count\'s verb past a phrase in apposition, and no ages as counts ("Two children, aged three and seven, have died")', () => {
		const quote = 'Two children, aged three and seven, have died, officials said.';
		expect(countsOf(quote).map((f) => [f.value, f.detail])).toEqual([[2, 'killed']]);
		expect(countsOf('Patients aged over 65 and 12 nurses were hurt.').map((f) => f.text)).toEqual([
			'12 nurses injured',
		]);
	});

	it('gives a part the whole noun phrase of its total ("18 of its 74 full-time musicians")', () => {
		const quote = 'The orchestra will cut 18 of its 74 full-time musicians.';
		expect(countsOf(quote).map((f) => [f.value, f.subject, quote.slice(...f.span)])).toEqual([
			[18, 'full-time musicians', '18 of its 74 full-time musicians'],
			[74, 'full-time musicians', '74 full-time musicians'],
		]);
		const owned = "About 1,100 of the combined group's 19,500 employees will lose their jobs.";
		expect(countsOf(owned).map((f) => [f.value, f.subject])).toEqual([
			[1100, 'employees'],
			[19500, 'employees'],
		]);
	});

	it('gives a part of a whole not counted the plural noun of the whole ("all 96 of its scheduled flights")', () => {
		const quote = 'The airline cancelled all 96 of its scheduled flights.';
		expect(countsOf(quote).map((f) => [f.value, f.subject, quote.slice(...f.span)])).toEqual([
			[96, 'scheduled flights', '96 of its scheduled flights'],
		]);
		expect(countsOf('Police said five of the victims were children.')[0]).toMatchObject({
			value: 5,
			subject: 'victims',
		});
		for (const label of [
			'Workers carried 40kg bags.',
			'The firm laid off 40 percent of its workers.',
			'Day 3 of the talks ended.',
			'Chapter 11 of the bankruptcy code protects firms.',
			'Version 2 of the rules applies to all.',
		])
			expect(countsOf(label)).toEqual([]);
		expect(countsOf('Three of the staff left.')[0]?.subject).not.toBe('staff');
		expect(countsOf('It is one of the largest exporters.')[0]?.subject).not.toBe('largest exporters');
	});

	it('reads a total after a possessive ("50 of the train\'s 150 cars")', () => {
		const counts = countsOf("About 50 of the train's 150 cars came off the tracks.");
		expect(counts[0]).toMatchObject({ value: 50, subject: 'cars' });
	});

	it('reads a part of a total written in words, and a rate with its "per" ("five of the seven counts", "60 miles per hour")', () => {
		expect(
			countsOf('He was found guilty on five of the seven counts he faced.').map((f) => [f.value, f.subject]),
		).toEqual([
			[5, 'counts'],
			[7, 'counts'],
		]);
		expect(countsOf('Winds gusted up to 60 miles per hour.')[0]?.text).toBe('up to 60 miles per hour');
		expect(countsOf('Crews cleared 60 miles of road.')[0]?.subject).toBe('miles');
		expect(countsOf('Finland cuts the limit to 70 km/h as road deaths climb')[0]).toMatchObject({
			kind: 'count',
			text: '70 km/h',
		});
	});

	it('gives a count followed by "and <number> <noun>" no action of the next count ("three crashes and two injuries")', () => {
		const counts = countsOf('It was aware of three crashes and two injuries linked to the problem.');
		expect(counts.map((f) => [f.text, f.kind])).toEqual([
			['three crashes', 'count'],
			['two injuries', 'casualty'],
		]);
	});

	it('reads a unit joined to its number ("a 7.6-inch screen"), and ends a noun at a preposition ("euros without")', () => {
		expect(countsOf('The phone has a 7.6-inch screen and weighs 240 grams.').map((f) => [f.text, f.value])).toEqual([
			['7.6-inch screen', 7.6],
			['240 grams', 240],
		]);
		expect(countsOf('It won contracts worth 38 million euros without a tender.')[0]?.text).toBe('38 million euros');
		expect(countsOf('They agreed a 30-day truce.')).toEqual([]);
	});

	it('gives a share the thing that changes by it, and no count before it ("raises property tax by 3 percent")', () => {
		const counts = countsOf('The council approved a 1.2 billion kroner budget that raises property tax by 3 percent.');
		expect(counts.map((f) => [f.value, f.subject])).toEqual([
			[1.2e9, 'kroner budget'],
			[3, 'property tax'],
		]);
		expect(countsOf('Shares fell 18 percent after the 2 new rules.').map((f) => f.subject)).toEqual(['new rules']);
	});

	it('ends what a count counts at a verb, unless the verb says what happened ("150 cars came off", "people died")', () => {
		expect(countsOf('Some 150 cars came off the tracks.')[0]?.subject).toBe('cars');
		expect(countsOf('Health officials saw 11 cases confirmed.')[0]?.subject).toBe('cases');
		expect(countsOf('Three people died.')[0]?.subject).toBe('people died');
	});

	it('ends what a count counts at a modal ("two countries will also…")', () => {
		expect(countsOf('The two countries will also exchange prisoners.')[0]?.subject).toBe('countries');
	});

	it('counts the noun phrase before a clause that numbers it ("prisoners of war, believed to number about 3,000")', () => {
		const counts = countsOf('They will swap all prisoners of war, believed to number about 3,000, within 60 days.');
		expect(counts.map((f) => [f.value, f.subject])).toContainEqual([3000, 'prisoners of war']);
		expect(countsOf('The refugees, estimated to total 40,000, crossed.')[0]?.subject).toBe('refugees');
	});

	it('counts "the number of X to a place rose to N" as X, not the noun of the count before it', () => {
		const counts = countsOf(
			'Crews carried out 893 rescue operations last year, as the number of visitors to the national park rose to about 4.7 million.',
		);
		expect(counts.map((f) => [f.value, f.subject])).toEqual([
			[893, 'rescue operations'],
			[4_700_000, 'visitors'],
		]);
		expect(countsOf('The number of visitors rose to 4.7 million.').map((f) => f.subject)).toEqual(['visitors']);
	});

	it('takes no speech verb for a noun: "22 said" counts the shops counted before it', () => {
		const counts = countsOf('Of the 60 shops surveyed, 22 said their takings had dropped.');
		expect(counts.map((f) => [f.value, f.subject])).toEqual([
			[60, 'shops'],
			[22, 'shops'],
		]);
	});

	it('takes no preposition for a noun ("25% after the announcement")', () => {
		expect(countsOf('Its shares jumped 25% after the announcement.')).toEqual([]);
	});

	it('counts the noun of a figure in a title-case headline, with its action', () => {
		const facts = countsOf('Freight Train Derails in Ohio, Forcing Evacuation of 2,000 Residents');
		expect(facts.map((f) => [f.value, f.subject, f.detail])).toEqual([[2000, 'residents', 'evacuated']]);
	});

	it('leaves a lone number without a noun uncounted', () => {
		expect(countsOf('The score was 951 in the end.')).toEqual([]);
	});
});

describe('extractCounts for sums of money', () => {
	it('names a sum by what it is in, never by the count before it', () => {
		const facts = countsOf('Two hosts lost more than $40,000 in income, and $3 million in the first quarter.');
		expect(facts.map((f) => f.subject)).toEqual(['hosts', 'income']);
		expect(facts[1]?.text).toBe('more than $40,000 in income');
		const claimed = countsOf('He claimed C$212,000 in improper expenses over four years.');
		expect(claimed[0]?.text).toBe('C$212,000 in improper expenses');
	});
});

describe('extractCounts for casualties', () => {
	it('gives each count of "killing X and injuring Y" its own verb', () => {
		const facts = countsOf('The quake struck on Monday, killing at least 230 people and injuring more than 1,100.');
		expect(facts.map((f) => [f.value, f.detail])).toEqual([
			[230, 'killed'],
			[1100, 'injured'],
		]);
	});

	it('reads the verb in the words counted ("1,100 injured", "people died"), not in the count before', () => {
		const facts = countsOf('Six people were killed and 40 injured, and three people died.');
		expect(facts.map((f) => [f.value, f.detail, f.text])).toEqual([
			[6, 'killed', 'Six people killed'],
			[40, 'injured', '40 injured'],
			[3, 'killed', 'three people died'],
		]);
	});

	it('reads a headline\'s "212 rescued, 14 missing" as each count\'s own action', () => {
		const facts = countsOf('Ferry sinks off Halvoy coast; 212 rescued, 14 missing');
		expect(facts.map((f) => [f.value, f.detail])).toEqual([
			[212, 'rescued'],
			[14, 'missing'],
		]);
	});

	it('gives a count after "and <verb>" none of the action before it ("and cutting power to 400,000 homes")', () => {
		const facts = countsOf('The storm hit on Tuesday, killing nine people and cutting power to about 400,000 homes.');
		expect(facts.map((f) => [f.value, f.detail, f.kind])).toEqual([
			[9, 'killed', 'casualty'],
			[400000, undefined, 'count'],
		]);
	});

	it('keeps the verb after a list of things counted ("drones and missiles were shot down")', () => {
		expect(countsOf('At least 40 drones and missiles were shot down.')[0]?.detail).toBe('shot down');
	});

	it('reads a sum in "million pound" before the noun it describes as money, a weight in pounds not', () => {
		expect(MONEY.test('1.3 billion pound')).toBe(true);
		expect(MONEY.test('2,624-pound')).toBe(false);
		const { shortAnswer } = floodReport('A 1.3 billion pound tidal lagoon off the coast was approved on Tuesday.');
		expect(shortAnswer('how much is the tidal lagoon gonna cost', 'lagoon')).toMatchObject({
			phrase: { text: '1.3 billion pound' },
			fit: 1,
		});
	});

	it('counts a plural after a name\'s word and describing words ("2,300 Roman silver and bronze coins")', () => {
		const hoard =
			'He found a hoard of more than 2,300 Roman silver and bronze coins, one of the largest finds of its kind.';
		expect(countsOf(hoard).map((f) => f.text)).toEqual(['more than 2,300 Roman silver and bronze coins']);
		expect(countsOf('About 40 Dutch dairy farmers protested.').map((f) => f.subject)).toEqual(['Dutch dairy farmers']);
		expect(countsOf('Some 40 Dutch in the town protested.')).toEqual([]);
	});

	it('gives "one of 640 machines" no noun of the count before it, and the total its own', () => {
		const facts = countsOf(
			'Each can carries a 20 pence deposit, refunded at a shop or one of 640 reverse vending machines.',
		);
		expect(facts.map((f) => f.text)).toEqual(['20 pence', '640 reverse vending machines']);
	});
});

describe('a share of a whole told after it', () => {
	it('counts none of the things counted before: "nearly half of those it helps" is no count of parcels', () => {
		const sentence =
			'A food bank handed out a record 14,862 emergency food parcels, with working families now making up nearly half of those it helps.';
		expect(countsOf(sentence).map((f) => f.text)).toEqual(['14,862 emergency food parcels']);
	});

	it('answers "how many parcels did they give out" with the count, and fits a share less for "how many"', () => {
		const { shortAnswer, context } = floodReport(
			'A food bank handed out a record 14,862 emergency food parcels, with working families now making up nearly half of those it helps.\n\n' +
				'Diet was recorded for only about half of the participants.',
		);
		expect(shortAnswer('how many parcels did they give out', 'food bank').phrase.text).toBe(
			'14,862 emergency food parcels',
		);
		const share = shortAnswer('how many patients took part', 'Diet');
		expect(share.phrase.text).toBe('about half');
		expect(share.fit).toBeLessThan(context.options.missingFigureFit);
	});
});
