import { describe, expect, it } from 'vitest';
import { bestQualified } from '../../src/core/bestQualified.ts';
import { amountForHowMany, asksMoney, asksSum, isSumOrShare } from '../../src/core/countAmounts.ts';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { matchCount } from '../../src/core/matchCount.ts';
import { DEFAULT_OPTIONS } from '../../src/core/options.ts';
import { contentStems, stem } from '../../src/core/tokenize.ts';
import { loadReports } from '../../src/reports/loadReports.ts';
import { countsOf } from './countsOf.ts';
import { floodReport } from './floodReport.ts';
import { shippedModelTuning } from './shippedModel.ts';

const SENTENCE =
	'Over two seasons, 312 children in the vaccine group caught malaria, against 951 in the control group.';
const known = new Set(['child', 'malaria', 'vaccin', 'control', 'group', 'season'].map(stem));
const ask = (question: string) => matchCount(question, countsOf(SENTENCE), known, () => undefined);

describe('matchCount', () => {
	it('takes, of several counts of the thing asked, the one whose qualifier the question names', () => {
		expect(ask('How many children in the control group caught malaria?').fact?.value).toBe(951);
		expect(ask('How many children in the vaccine group caught malaria?').fact?.value).toBe(312);
		expect(ask('How many children caught malaria?').fact?.value).toBe(312);
		const all = { has: () => true };
		const ward = 'Forty people have been admitted to hospital, nine of them to intensive care.';
		const wardCount = (question: string) => matchCount(question, countsOf(ward), all, () => undefined).fact?.value;
		expect(wardCount('how many people are in intensive care')).toBe(9);
		expect(wardCount('how many people were admitted to hospital')).toBe(40);
		const works = 'Varga carved about 300 wooden masks, and only 25 are thought to remain.';
		const masks = (question: string) => matchCount(question, countsOf(works), all, () => undefined).fact?.value;
		expect(masks('how many varga masks remain')).toBe(25);
		expect(masks('how many masks did varga carve')).toBe(300);
		const union =
			'Of the 412 eligible employees at the mill, 263 voted in favor of joining the Forest Workers Union and 131 voted against.';
		const votes = (question: string) => matchCount(question, countsOf(union), all, () => undefined).fact?.value;
		expect(votes('how many employees voted in favor')).toBe(263);
		expect(votes('how many workers voted to join the union')).toBe(263);
		const parties = 'The Farmers League, which won 14 seats, and the liberal Civic Union, who won 11, will hold talks.';
		const seats = (question: string) => matchCount(question, countsOf(parties), all, () => undefined).fact?.value;
		expect(seats('how many seats did the civic union win')).toBe(11);
		expect(seats('how many seats did the farmers league win')).toBe(14);
		// A name right before a figure holds it ("Polar One"): it owns no count.
		const ship = 'The 90-metre ship, named Polar One, left port on Monday.';
		expect(bestQualified(countsOf(ship), new Set(contentStems('how long is polar one')), [])?.value).toBe(90);
	});

	it('takes, of two counts of people, the one told with the deed asked or the hospital it is asked of', () => {
		const all = { has: () => true };
		const ask = (question: string, sentence: string) => matchCount(question, countsOf(sentence), all, () => undefined);
		const medics = 'Medics treated 37 people at the scene, and 12 were taken to hospital.';
		expect(ask('how many people were treated', medics).fact?.value).toBe(37);
		expect(ask('how many went to hospital', medics).fact?.value).toBe(12);
		expect(ask('how many were admitted to hospital', medics).fact?.value).toBe(12);
		const ward =
			'Thirty-eight patients have been admitted to hospital, and two children are being treated in intensive care.';
		expect(ask('how many kids are in intensive care', ward).fact?.value).toBe(2);
		expect(ask('how many people were on the bus', 'Five passengers were taken to hospital.').fact).toBeUndefined();
	});

	it('keeps advice, a hospital only named, and a qualifier the question names apart from the deed asked', () => {
		const all = { has: () => true };
		const ask = (question: string, sentence: string) => matchCount(question, countsOf(sentence), all, () => undefined);
		const advice = 'Officials said about 2,000 elderly people who feel unwell should go to hospital rather than wait.';
		expect(ask('How many people were hospitalised?', advice).fact).toBeUndefined();
		const crash = 'Twelve people were taken to hospital after the crash.';
		expect(ask('How many people were on the bus that crashed outside the hospital?', crash).fact).toBeUndefined();
		const migrants = 'Coastguards picked up 45 migrants on Monday and 30 migrants were rescued on Tuesday.';
		expect(ask('How many migrants were rescued on Monday?', migrants).fact?.value).toBe(45);
	});

	it('takes a speed for "how fast" where the sentence gives one, else any count', () => {
		const all = { has: () => true };
		const ask = (question: string, sentence: string) => matchCount(question, countsOf(sentence), all, () => undefined);
		const taxi = 'The taxi, which was carrying one passenger, was travelling at about 19 mph when it hit the truck.';
		expect(ask('how fast was the robotaxi going when it hit the truck', taxi).fact?.text).toBe('about 19 mph');
		const tickets = 'About 61,000 tickets sold out within four minutes.';
		expect(ask('how fast did the tickets sell out', tickets).fact).toBeDefined();
	});

	it('takes no count of things described as the people asked are ("bin workers" against "36 bin fires")', () => {
		const all = { has: () => true };
		const ask = (question: string, sentence: string) => matchCount(question, countsOf(sentence), all, () => undefined);
		const fires = 'Police counted 36 bin fires in the city.';
		expect(ask('how many bin workers are on strike', fires).fact).toBeUndefined();
		const sufferers = 'The clinic treated 1,200 cancer sufferers.';
		expect(ask('how many cancer patients were treated', sufferers).fact?.value).toBe(1200);
		const ski = 'Italy closed more than 260 ski facilities.';
		expect(ask('how many ski areas has italy closed', ski).fact?.value).toBe(260);
	});

	it('takes no count of the whole for a part of one people ("how many of the dead climbers were Polish")', () => {
		const all = { has: () => true };
		const ask = (question: string, sentence: string) => matchCount(question, countsOf(sentence), all, () => undefined);
		const question = 'how many of the dead climbers were polish?';
		expect(ask(question, 'Five climbers were killed on the north face.').fact).toBeUndefined();
		expect(ask(question, 'Five climbers were killed, Polish police said.').fact).toBeUndefined();
		expect(ask(question, 'The avalanche killed three Polish climbers.').fact?.value).toBe(3);
		expect(ask('how many climbers were killed?', 'Five climbers were killed on the north face.').fact?.value).toBe(5);
	});

	it('takes no count of what the question only describes its noun by ("farm workers" against "two farms")', () => {
		const all = { has: () => true };
		const farms = countsOf('Birds at two neighbouring farms are also being destroyed.');
		expect(matchCount('How many farm workers have been tested?', farms, all, () => undefined).fact).toBeUndefined();
		expect(matchCount('How many farms are affected?', farms, all, () => undefined).fact?.value).toBe(2);
		const shows = countsOf('He gave some 30 public performances in those years.');
		expect(matchCount('How many public shows did he give?', shows, all, () => undefined).fact?.value).toBe(30);
	});

	it('answers "how many people…" with no count of things, but with one of workers, signatures or the dead', () => {
		const all = { has: () => true };
		const ask = (question: string, sentence: string) => matchCount(question, countsOf(sentence), all, () => undefined);
		const vault = 'The vault holds more than 58,000 samples of crops.';
		expect(ask('how many people work at the seed vault', vault).fact).toBeUndefined();
		expect(ask('how many people work at the seed vault', vault).fit).toBeLessThan(0.5);
		expect(ask('how many samples are in the vault', vault).fact?.value).toBe(58000);
		expect(ask('how many people signed the petition', 'It gathered 7,300 signatures.').fact?.value).toBe(7300);
		expect(ask('how many people work there', 'The plant employs 640 workers.').fact?.value).toBe(640);
		expect(ask('how many people died', 'The crash killed 19.').fact?.value).toBe(19);
	});

	it('answers "how many were on the bus" with no count of the dead, which says what befell them, not who was there', () => {
		const all = { has: () => true };
		const crash = countsOf('The bus plunged into a ravine, killing 19 people.');
		expect(matchCount('how many people were on the bus', crash, all, () => undefined).fact).toBeUndefined();
		const carrying = countsOf('The bus was carrying 63 people.');
		expect(matchCount('how many people were on the bus', carrying, all, () => undefined).fact?.value).toBe(63);
		expect(matchCount('how many people died on the bus', crash, all, () => undefined).fact?.value).toBe(19);
		// Nor "how many employees does it have" with the workers who died.
		const leak = countsOf('Two workers died in the leak at the plant.');
		expect(matchCount('how many employees does the firm have', leak, all, () => undefined).fact).toBeUndefined();
		// Nor "how many people work at the plant" or "go to the festival" with those it killed or hurt.
		const blast = countsOf('An explosion tore through the plant, killing four workers and injuring 31 others.');
		expect(matchCount('how many ppl work at the plant', blast, all, () => undefined).fact).toBeUndefined();
		expect(matchCount('how many people were killed at the plant', blast, all, () => undefined).fact?.value).toBe(4);
		const festival = countsOf('Seven people were injured when a stand collapsed at the festival.');
		expect(matchCount('how many people go to the festival', festival, all, () => undefined).fact).toBeUndefined();
		const hurt = countsOf('Twelve staff were hurt.');
		expect(matchCount('how many staff did the hospital have to treat', hurt, all, () => undefined).fact?.value).toBe(
			12,
		);
		const staff = countsOf('The firm has 640 workers.');
		expect(matchCount('how many workers does the firm have', staff, all, () => undefined).fact?.value).toBe(640);
	});

	it('counts what a measure or container holds ("three bursts of warning shots"), not what a person is of', () => {
		const all = { has: () => true };
		const shots = countsOf('The Delfin fired three bursts of warning shots before the crew stopped.');
		expect(
			matchCount('How many warning shots did the coast guard fire?', shots, all, () => undefined).fact?.value,
		).toBe(3);
		const rain = countsOf('The hillside received 312 millimetres of rain in the 72 hours before it gave way.');
		expect(matchCount('how much rain fell before the collapse?', rain, all, () => undefined).fact?.value).toBe(312);
		const church = countsOf('Three ministers of the church founded the college.');
		expect(matchCount('How many churches founded the college?', church, all, () => undefined).fact).toBeUndefined();
	});

	it('reads "came down" as no shooting down: "how many people died when the stand came down" asks for the dead', () => {
		const all = { has: () => true };
		const held = countsOf('The stand, which held about 2,400 people, gave way in the 67th minute.');
		const question = 'how many people died when the stand came down';
		expect(matchCount(question, held, all, () => undefined).fact).toBeUndefined();
		const killing = countsOf('The stand collapsed during a match, killing three fans and injuring 212.');
		expect(matchCount(question, killing, all, () => undefined).fact?.value).toBe(3);
		const downed = countsOf('Air defences shot down 72 drones overnight.');
		expect(matchCount('how many drones were downed', downed, all, () => undefined).fact?.value).toBe(72);
	});

	it('answers "how many riders" with a count of people, but not the part "how many of the dead were students"', () => {
		const all = { has: () => true };
		const line = countsOf('The operator expects the line to carry 45,000 people a day.');
		expect(matchCount('How many riders a day will the line carry?', line, all, () => undefined).fact?.value).toBe(
			45_000,
		);
		expect(matchCount('How many trains a day will the line carry?', line, all, () => undefined).fact).toBeUndefined();
		const crash = countsOf('The crash killed 19 people.');
		expect(matchCount('how many of the dead were students', crash, all, () => undefined).fact).toBeUndefined();
		const police = countsOf('Police said they had fined 14 people since September for hunting at night.');
		expect(matchCount('How many poachers have the police fined?', police, all, () => undefined).fact?.value).toBe(14);
		const plant = countsOf(
			'The plant will open in May at a cost of 650 million crowns and will employ about 800 people.',
		);
		expect(matchCount('how many jobs will the plant create', plant, all, () => undefined).fact?.value).toBe(800);
	});

	it('counts the part "how many of the X were Y" asks for, never the whole', () => {
		const all = { has: () => true };
		const crash = countsOf('The crash killed 19 people and injured 41 others, among them five teachers.');
		expect(matchCount('how many of the injured were teachers', crash, all, () => undefined).fact?.value).toBe(5);
		const whole = countsOf('The crash killed 19 people and injured 41 others.');
		const none = matchCount('how many of the injured were teachers', whole, all, () => undefined);
		expect(none.fact).toBeUndefined();
		expect(none.fit).toBeLessThan(0.5);
		const monitors = countsOf('He found that 14 of the 37 monitors had been disconnected.');
		expect(matchCount('how many of the monitors were broken', monitors, all, () => undefined).fact?.value).toBe(14);
		// Without "of the": "how many passengers were children" asks the part too, not "all 150 passengers".
		const evacuated = countsOf('All 150 passengers and six crew were evacuated from the plane.');
		const children = matchCount('how many passengers were children', evacuated, all, () => undefined);
		expect(children.fact).toBeUndefined();
		expect(children.fit).toBeLessThan(0.5);
		expect(matchCount('how many passengers were evacuated', evacuated, all, () => undefined).fact?.value).toBe(150);
	});

	it('answers "how many are missing" only with a count that says so, as it does "how many died"', () => {
		const all = { has: () => true };
		const rooftops = countsOf('Police helicopters plucked another 14 people from rooftops.');
		expect(matchCount('How many people are still missing?', rooftops, all, () => undefined).fact).toBeUndefined();
		const missing = countsOf('Another 42 people were injured and 11 remain missing.');
		expect(matchCount('How many people are still missing?', missing, all, () => undefined).fact?.value).toBe(11);
	});

	it('answers "how much" of a stuff with a volume or weight, of a payment with a sum, never the other way', () => {
		const all = { has: () => true };
		const spill = countsOf('At least 120,000 litres had leaked, and the owners paid 3 million pesos in fines.');
		expect(matchCount('How much fuel has leaked?', spill, all, () => undefined)).toMatchObject({ fit: 1 });
		expect(matchCount('How much fuel has leaked?', spill, all, () => undefined).fact?.value).toBe(120000);
		const paid = countsOf('The owners paid 3 million pesos and shipped 40 tonnes of rice.');
		expect(matchCount('How much compensation did the owners pay?', paid, all, () => undefined).fact?.value).toBe(
			3_000_000,
		);
		const rice = countsOf('The owners paid 3 million pesos.');
		expect(matchCount('How much rice was shipped?', rice, all, () => undefined).fit).toBeLessThan(1);
	});

	it('counts no people with a count of time, unless the question asks of time ("10 minutes a day")', () => {
		const walk = countsOf('Of the 90,000 adults, people who walked for less than 10 minutes a day saw no benefit.');
		const all = { has: () => true };
		expect(matchCount('How many people were in the study?', walk, all, () => undefined).fact?.value).toBe(90000);
		expect(matchCount('How many minutes a day did they walk?', walk, all, () => undefined).fact?.value).toBe(10);
	});

	it('counts a synonym of the noun asked ("kids" for "children")', () => {
		expect(ask('How many kids in the control group caught malaria?').fact?.value).toBe(951);
	});

	it('finds nothing that counts a thing the reports never name', () => {
		const match = ask('How many horses caught malaria?');
		expect(match.fact).toBeUndefined();
		expect(match.fit).toBeLessThan(1);
	});

	it('asks of the action the question writes first, not of one in its clause of cause', () => {
		const all = { has: () => true };
		const clinic = countsOf('The attack forced the clinic to cancel more than 1,300 outpatient appointments.');
		const asked = 'How many appointments were cancelled because of the attack?';
		expect(matchCount(asked, clinic, all, () => undefined).fact?.value).toBe(1300);
	});

	it('takes no vehicle for a casualty when asked how many were in a crash, and counts days against no length', () => {
		const all = { has: () => true };
		const crash = countsOf('Three people were killed and 41 injured when 63 vehicles crashed into each other in fog.');
		const vehicles = matchCount('how many vehicles were in the pileup', crash, all, () => undefined);
		expect(vehicles.fact?.value).toBe(63);
		expect(matchCount('how many people were on the bus', crash, all, () => undefined).fact).toBeUndefined();
		const resort = countsOf('The resort, with 11 lifts and 32 km of slopes, opened for only 19 days.');
		const days = matchCount('how many days was the resort open this winter', resort, all, () => undefined);
		expect(days.fit).toBeGreaterThan(DEFAULT_OPTIONS.countMismatchFit);
	});

	it('answers "how much weight" with a figure in kilograms in reports that never write "weight"', () => {
		const miners = countsOf('Doctors said the miners had lost an average of 4 kilograms each.');
		const known = new Set(['doctor', 'said', 'miner', 'lost', 'averag', 'kilogram'].map(stem));
		expect(matchCount('how much weight did the miners lose', miners, known, () => undefined).fact?.value).toBe(4);
	});

	it('takes "how much of the X" for a share of X, which a report may name otherwise', () => {
		expect(ask('How much of the horse feed was vaccinated?').fit).toBeGreaterThan(DEFAULT_OPTIONS.countMismatchFit);
		expect(ask('How much horse feed was vaccinated?').fit).toBe(DEFAULT_OPTIONS.countMismatchFit);
	});
});

describe('matchCount with a noun of two words', () => {
	const quote = 'Six of the 26 members of the governing council voted against the move.';
	const known = new Set(['member', 'govern', 'council', 'vote', 'move'].map(stem));

	it('counts the plural after a first word ("how many council members")', () => {
		const match = matchCount('How many council members voted against?', countsOf(quote), known, () => undefined);
		expect(match.fact?.value).toBe(6);
		expect(match.specific).toBe(true);
	});
});

describe('matchCount with units', () => {
	const quote = 'The province covers 205,344 square kilometres (79,284 square miles) and 54,720 miles of shoreline.';
	const known = new Set(['province', 'square', 'mile', 'kilometr', 'shorelin'].map(stem));
	const ask = (question: string) => matchCount(question, countsOf(quote), known, () => undefined);

	it('takes the figure in the unit the question names', () => {
		expect(ask('How many square kilometres does the province cover?').fact?.value).toBe(205344);
		expect(ask('How many miles of shoreline are there?').fact?.value).toBe(54720);
		expect(ask('How many square miles does the province cover?').fact?.value).toBe(79284);
	});

	it('takes a figure in another unit when none else is given', () => {
		const only = matchCount(
			'How many square miles?',
			countsOf('It covers 205,344 square kilometres.'),
			known,
			() => undefined,
		);
		expect(only.fact?.value).toBe(205344);
	});

	it('takes no count of things for a size ("how high" is not "12,000 people"), and lowers the fit', () => {
		const flood = countsOf('More than 12,000 people were evacuated as the river rose.');
		const high = matchCount('How high did the river get?', flood, known, () => undefined);
		expect(high.fact).toBeUndefined();
		expect(high.fit).toBe(0.3);
		const budget = countsOf('The council approved a 1.2 billion kroner budget and 40 new posts.');
		expect(matchCount('How big is the budget?', budget, known, () => undefined).fact?.value).toBe(1.2e9);
		// A size a count gives too: the assault's drones.
		const assault = countsOf('Russia launched an assault involving 150 drones.');
		expect(matchCount('how big was the assault', assault, known, () => undefined).fact?.value).toBe(150);
		const deficit = countsOf('The chain employs 9,400 people and has a pension deficit.');
		expect(matchCount('how big is the pension deficit', deficit, known, () => undefined).fact).toBeUndefined();
	});

	it('takes a sum of money for a sum asked by its noun ("how much debt") where the sentence names that noun', () => {
		const all = { has: () => true };
		const ask = (question: string, sentence: string) => matchCount(question, countsOf(sentence), all, () => undefined);
		expect(ask('how much debt does velocita have', 'Net debt stood at 312 million euros.').fact?.value).toBe(312e6);
		const forecast = 'Velocita cut its revenue forecast to 1.05 billion euros.';
		expect(ask('how much debt does velocita have', forecast).fact).toBeUndefined();
		const repay = 'He was ordered to repay 380,000 euros in salary to the two hospitals.';
		expect(ask('how much salary does he have to give back', repay).fact?.value).toBe(380000);
	});

	it('takes a sum or share for "how much more/cheaper", whatever noun the question names', () => {
		const all = { has: () => true };
		const price = countsOf('Medisol will sell its version at a price about 40% below the original.');
		expect(matchCount("How much cheaper will Medisol's version be?", price, all, () => undefined).fact?.value).toBe(40);
		const dearer = countsOf('Season tickets will cost 15% more than last year.');
		expect(matchCount('How much dearer will season tickets be?', dearer, all, () => undefined).fact?.value).toBe(15);
	});

	it('takes a weight for the yield of a crop, catch or trade ("how many apples does Poland grow"), of that thing only', () => {
		const all = { has: () => true };
		const ask = (question: string, sentence: string) => matchCount(question, countsOf(sentence), all, () => undefined);
		const apples = 'Poland is the biggest apple producer, harvesting about 4 million tonnes in a normal year.';
		expect(ask('how many apples does poland grow', apples).fact?.value).toBe(4e6);
		expect(ask('how many apples do poles eat', apples).fact).toBeUndefined();
		const steel = 'The port exported 3 million tonnes of steel.';
		expect(ask('how many cars did the port export', steel).fact).toBeUndefined();
		expect(ask('how many people did the port export', apples).fact).toBeUndefined();
		expect(
			ask('how many cars did Britain export', 'Britain exported cars worth 40 billion pounds.').fact,
		).toBeUndefined();
		const plant = 'The factory produced 1.2 million tonnes last year.';
		expect(ask('how many cars did the factory produce', plant).fact).toBeUndefined();
	});

	it('takes a building\'s floors for its height ("how tall" of "an 18-storey building"), not for its width', () => {
		const all = { has: () => true };
		const tower = countsOf('Workers fell from the 18-storey building.');
		expect(matchCount('how tall is the building', tower, all, () => undefined).fact?.value).toBe(18);
		expect(matchCount('how wide is the building', tower, all, () => undefined).fact).toBeUndefined();
	});
});

describe('matchCount for things counted against measures and casualties', () => {
	const quote = 'The fire has burned 48,000 acres and is 10% contained, and 2,300 people registered at shelters.';
	const known = new Set(['fire', 'burn', 'acr', 'contain', 'peopl', 'regist', 'shelter', 'die'].map(stem));
	const ask = (question: string) => matchCount(question, countsOf(quote), known, () => undefined);

	it('answers "how many" people with no measure or share', () => {
		expect(ask('How many people died in the fire?').fact).toBeUndefined();
		expect(ask('How many people died in the fire?').fit).toBeLessThan(1);
		expect(ask('How many acres has the fire burned?').fact?.value).toBe(48000);
	});

	it('answers deaths only with a count that says them', () => {
		expect(ask('How many people registered at shelters?').fact?.value).toBe(2300);
		const died = 'Three people died and 40 were rescued.';
		expect(matchCount('How many people died?', countsOf(died), known, () => undefined).fact?.value).toBe(3);
	});

	it('counts a compound ending in the noun asked ("schoolchildren"), and takes nights for time', () => {
		const kids = new Set(['kid', 'child', 'children', 'schoolchildren', 'night'].map(stem));
		const cave = countsOf('Rescuers pulled 12 schoolchildren from the cave after two nights.');
		expect(matchCount('how many kids were in the cave', cave, kids, () => undefined).fact?.value).toBe(12);
		const nights = countsOf('Parents waited at the cave for two nights.');
		expect(matchCount('how many kids were trapped', nights, kids, () => undefined).fit).toBe(0.3);
	});

	it('tells the buried, trapped and missing from the killed', () => {
		const skiers = new Set(['skier', 'buri', 'kill', 'miss'].map(stem));
		const killed = countsOf('Four skiers were killed in the avalanche.');
		const buried = matchCount('how many skiers were buried?', killed, skiers, () => undefined);
		expect(buried.fact).toBeUndefined();
		expect(buried.fit).toBe(0.3);
		const both = countsOf('The avalanche buried seven skiers; four of them died.');
		expect(matchCount('how many skiers were buried?', both, skiers, () => undefined).fact?.value).toBe(7);
		const missing = countsOf('Two more people are missing.');
		expect(matchCount('How many people are missing?', missing, known, () => undefined).fact?.value).toBe(2);
	});
});

describe('matchCount for "how much"', () => {
	const quote = 'The suit was filed by 240 owners and by two hosts who had lost more than $40,000 in income.';
	const known = new Set(['suit', 'file', 'owner', 'host', 'lost', 'incom'].map(stem));
	const ask = (question: string) => matchCount(question, countsOf(quote), known, () => undefined);

	it('answers with a sum of money, not a count of people', () => {
		expect(ask('How much income did the hosts lose?').fact?.text).toBe('more than $40,000 in income');
		expect(ask('How much did the hosts lose?').fact?.value).toBe(40000);
		expect(ask('How many hosts filed the suit?').fact?.value).toBe(2);
	});
});

describe('amountForHowMany', () => {
	it('tells a sum or a share given to "how many" apart from a count', () => {
		expect(amountForHowMany('How many doses will be made?', 'less than $3')).toBe(true);
		expect(amountForHowMany('How many children were in the trial?', '68%')).toBe(true);
		expect(amountForHowMany('How many doses will be made?', '100 million doses')).toBe(false);
		expect(amountForHowMany('How much will a dose cost?', 'less than $3')).toBe(false);
	});

	it('takes a sum for "how many dollars", asked in its currency, but not a share', () => {
		expect(amountForHowMany('The hotel sold for how many dollars?', 'US$1.95 billion')).toBe(false);
		expect(amountForHowMany('how many million euros did it cost', '€2.1 billion')).toBe(false);
		expect(amountForHowMany('How many dollars did it lose?', '12%')).toBe(true);
		expect(amountForHowMany('How many millions of dollars did it gross?', '$158.8 million')).toBe(false);
		// A part asked ("how many of the buildings"), which a share gives; not a sum.
		expect(amountForHowMany('How many of the buildings collapsed?', '80%')).toBe(false);
		expect(amountForHowMany('How many of the buildings collapsed?', '$3 million')).toBe(true);
		// "pounds" may weigh, "real estate" is no money.
		expect(amountForHowMany('How many pounds did the cabbage weigh?', '£300')).toBe(true);
		expect(amountForHowMany('how many real estate agents were fined', '$5,000')).toBe(true);
	});
});

describe('matchCount of a currency asked', () => {
	it('takes a sum written with its sign for "how many dollars", in reports that never write "dollars"', () => {
		const sold = 'Anbang bought the hotel for US$1.95 billion.';
		const known = new Set(['anbang', 'hotel', 'bought'].map(stem));
		expect(matchCount('How many dollars did Anbang pay?', countsOf(sold), known, () => undefined).fit).toBe(1);
		const rooms = matchCount('How many guests did Anbang pay?', countsOf(sold), known, () => undefined);
		expect(rooms.fit).toBe(DEFAULT_OPTIONS.countMismatchFit);
	});
});

describe('asksSum', () => {
	it('is "how much" asked of no noun but "money", which a sum answers', () => {
		expect(asksSum('How much did NASA pay?')).toBe(true);
		expect(asksSum('how much money was stolen?')).toBe(true);
		expect(asksSum('how much fake cash did the police seize')).toBe(true);
		expect(asksSum('how much r the stolen jewels worth')).toBe(true);
		expect(asksSum('how much prize money did she get')).toBe(true);
		expect(asksSum('How much rain could fall?')).toBe(false);
		expect(asksSum('How many people died?')).toBe(false);
	});
});

describe('a kind of money asked ("how much prize money")', () => {
	it('is answered by a sum, not by a count of the word before "money"', () => {
		const text =
			'Singer Wins Big\n\nSinger Efua Mensah won four prizes on Sunday.\n\nEach winner takes home $20,000 in prize money.';
		const { shortAnswer } = floodReport(text);
		expect(shortAnswer('how much prize money did mensah get', 'four prizes').fit).toBeLessThan(0.5);
		expect(shortAnswer('how much prize money did mensah get', '$20,000').phrase.text).toBe('$20,000 in prize money');
	});

	it('answers "how much did it cost" with no share, but "how much more could it cost" with one', () => {
		const text =
			'Chip Record\n\nThe 96-qubit chip had an error rate of 0.03 percent.\n\nTakeaway prices could rise by 5 to 8 percent.';
		const { shortAnswer } = floodReport(text);
		expect(shortAnswer('how much did it cost to build the chip', '0.03 percent').fit).toBeLessThan(0.5);
		expect(shortAnswer('how much more could takeaway cost', '5 to 8 percent').fit).toBe(1);
		expect(asksMoney('how much did it cost to build the chip')).toBe(true);
		expect(asksMoney('how much more could takeaway cost')).toBe(false);
	});

	it('gives a sum a low fit for "how many days" even where a count of its own is read ("25 million euros a day")', () => {
		const { context, shortAnswer } = floodReport(
			"The junior doctors' strike is costing the health service about 25 million euros a day, the ministry said.",
		);
		expect(shortAnswer('how many days will the junior doctors strike last', 'junior').fit).toBe(
			context.options.countMismatchFit,
		);
	});

	it('reads "how much is kestrel paying", "spending", "charging" as a sum of money, which an area does not answer', () => {
		const { shortAnswer } = floodReport('Kestrel has agreed to create 340 hectares of new salt marsh at Dunmore Leys.');
		expect(shortAnswer('how much is kestrel paying to build the new salt marsh', '340').fit).toBeLessThan(0.5);
		expect(shortAnswer('how much is kestrel spending on the marsh', '340').fit).toBeLessThan(0.5);
		expect(shortAnswer('how much marsh is kestrel creating', '340').fit).toBe(1);
		expect(asksMoney('how much was he charging for carrots')).toBe(true);
	});

	it('answers "how much maize" with no fraction of it, but "how much of the maize" may be', () => {
		const text = "Drought Wipes Out Half of Zambia's Maize Harvest\n\nFarmers harvested 1.4 million tonnes of maize.";
		const { shortAnswer } = floodReport(text);
		expect(shortAnswer('how much maize did zambia harvest', 'Wipes Out Half').fit).toBeLessThan(0.5);
		expect(shortAnswer('how much of the maize harvest was lost', 'Wipes Out Half').fit).toBe(1);
	});

	it('takes no part of a score ("2-1 at Wembley") for a count of people, but a range of people may be', () => {
		const text = 'Cup Final\n\nAshford beat Northgate 2-1 at Wembley.\n\nPolice said 10-15 people were hurt.';
		const { shortAnswer } = floodReport(text);
		expect(shortAnswer('how many ppl were at wembley', '2-1 at').fit).toBeLessThan(0.5);
		expect(shortAnswer('how many people were hurt', '10-15 people').fit).toBe(1);
	});

	it('answers "how much did it cost" with no fine, but "how much were they fined" with one', () => {
		const text = 'Whale Rescue\n\nTwo drone operators were fined 500 euros each for flying over the rescue zone.';
		const { shortAnswer } = floodReport(text);
		expect(shortAnswer('How much did the rescue operation cost?', 'fined 500').fit).toBeLessThan(0.5);
		expect(shortAnswer('how much were the drone operators fined', 'fined 500').phrase.text).toBe('500 euros');
	});

	it('answers "how big is the payment" with a sum, not a number of hours', () => {
		const text = 'Nurses Deal\n\nThe deal includes a one-off payment of £750 and cuts the week to 37.5 hours.';
		const { shortAnswer } = floodReport(text);
		expect(shortAnswer('how big is the one off payment', 'one-off payment').phrase.text).toBe('£750');
	});

	it('is not answered by a weight or a length, and cents and pence are sums', () => {
		const text =
			'Porters Left Out\n\nPorters carry loads of up to 20 kilograms up the mountain.\n\nEach porter is paid 90 cents an hour, and a guide 80 pence.';
		const { shortAnswer } = floodReport(text);
		expect(shortAnswer('how much do the porters get paid', '20 kilograms').fit).toBeLessThan(0.5);
		expect(shortAnswer('how much extra money will the porters get', '20 kilograms').fit).toBeLessThan(0.5);
		expect(shortAnswer('how much do the porters get paid', '90 cents').phrase.text).toBe('90 cents an hour');
		expect(isSumOrShare('80 pence')).toBe(true);
		expect(isSumOrShare('20 kilograms')).toBe(false);
	});
});

describe('a figure of a whole year', () => {
	it('does not answer a question about one event ("how many died in the landslide")', () => {
		const text =
			'Landslide Buries Village\n\nA landslide buried a village on Saturday, killing at least 18 people.\n\nThe monsoon kills hundreds of people each year, and road crashes killed 4,748 people last year.';
		const { shortAnswer } = floodReport(text);
		expect(shortAnswer('how many people died in the landslide', 'each year').fit).toBeLessThan(0.7);
		expect(shortAnswer('how many people died in the landslide', 'at least 18').fit).toBe(1);
		expect(shortAnswer('how many people died in road crashes last year', 'each year').phrase.text).toBe(
			'4,748 people killed',
		);
	});
});

describe('an age in commas after a name', () => {
	it('answers no "how many" question ("Siân Howells, 46, a nurse")', () => {
		const text = 'Nurses Vote\n\nSiân Howells, 46, a ward sister, said many colleagues had voted yes.';
		const { shortAnswer } = floodReport(text);
		expect(shortAnswer('how many got taken to hospital', 'Howells, 46').fit).toBeLessThan(0.5);
		expect(shortAnswer('how old is Siân Howells', 'Howells, 46').phrase.text).toBe('46');
	});
});

describe('a figure the question gives', () => {
	it('does not answer the question: "how many tickets matched four white balls" is not "four tickets"', () => {
		const text =
			'Draw Results\n\nThe drawing also produced four tickets that matched five white balls but missed the bonus ball.';
		const { shortAnswer } = floodReport(text);
		const given = shortAnswer('How many tickets matched four white balls and the bonus ball?', 'four tickets');
		expect(given.fit).toBeLessThan(0.5);
		expect(shortAnswer('How many tickets matched five white balls?', 'four tickets').phrase.text).toBe('four tickets');
	});
});

describe('matchCount with several counts of one noun', () => {
	it('takes the count that names most of the question’s nouns ("four anti-aircraft missiles")', () => {
		const quote = 'Russia launched 145 drones, two ballistic missiles, and four anti-aircraft missiles.';
		const ask = (question: string) => matchCount(question, countsOf(quote), { has: () => true }, () => undefined);
		expect(ask('How many anti-aircraft missiles were launched?').fact?.value).toBe(4);
		expect(ask('How many ballistic missiles were launched?').fact?.value).toBe(2);
	});
});

describe('a count of people asked, a deed done with things', () => {
	const { shortAnswer } = floodReport(
		'Fire crews and volunteers used 14 boats to rescue 76 people trapped in upper floors along Mill Lane.',
	);

	it('answers "how many people were rescued" with the people the verb before the figure tells, not the boats', () => {
		const short = shortAnswer('how many people were rescued', 'Mill Lane');
		expect(short.phrase.text).toBe('76 people trapped');
		expect(short.fit).toBe(1);
	});

	it('takes no verb across a comma: "212 rescued, 14 missing" rescued none of the 14', () => {
		const { shortAnswer: headline } = floodReport('Rescuers pulled 212 people from the sea; 212 rescued, 14 missing.');
		expect(headline('how many people were rescued', 'Rescuers pulled').phrase.text).not.toBe('14 missing');
		expect(headline('how many people were rescued', 'Rescuers pulled').phrase.text).toMatch(/^212/);
	});

	it('still counts the boats when boats are asked', () => {
		expect(shortAnswer('how many boats were used', 'Mill Lane').phrase.text).toBe('14 boats');
	});
});

describe('"how much time" asked', () => {
	const { shortAnswer } = floodReport(
		'If convicted on all counts, he could face up to 40 years in prison and a fine of 250,000 dollars.',
	);

	it('is answered by a count in units of time, in reports that never write "time"', () => {
		for (const question of ['how much prison time is he facing', 'how much time could he spend in jail']) {
			const short = shortAnswer(question, 'convicted');
			expect(short.phrase.text).toBe('up to 40 years');
			expect(short.fit).toBe(1);
		}
	});
});

describe('votes and signatures counted for "how many people"', () => {
	const { shortAnswer } = floodReport(
		'The final tally left challenger Denise Okafor just 63 votes ahead of Mayor Gary Lindqvist. Around 2,000 people signed the petition, and 350 signatures came from abroad.',
	);

	it('count the people who voted or signed, not the people who live somewhere', () => {
		expect(shortAnswer('how many people live in marlow', 'final tally').fit).toBeLessThan(1);
		expect(shortAnswer('how many people signed from abroad', 'petition').phrase.text).toBe('350 signatures');
	});
});

describe('a measure of the stuff asked left unsaid after another', () => {
	it('answers "how much snow at the airport" with the airport’s figure in the same unit', () => {
		const { shortAnswer } = floodReport(
			'Forecasters said 28 inches of snow fell in the town of Evergreen, while Orvik Airport recorded 14 inches, its most in a decade.',
		);
		expect(shortAnswer('how much snow at orvik airport', 'Evergreen').phrase.text).toBe('14 inches');
		expect(shortAnswer('how much snow fell in evergreen', 'Evergreen').phrase.text).toBe('28 inches');
	});
});

describe('a count of casualties', () => {
	it('counts no thing asked that is not people, unless harm or loss is asked', () => {
		const reports = loadReports('tests/fixtures/news-reports').reports.filter((r) => r.id === 'set13-stadium');
		const desk = createFactdesk(reports, shippedModelTuning());
		const bolts = desk.ask('How many bolts were missing from the stand?');
		expect(bolts.answered ? bolts.answer : '').not.toBe('212');
		expect(desk.ask('how many fans were injured').answer).toMatch(/212/);
	});

	it('reads an abbreviation asked as the words it stands for, a one-word deed as its sentence’s thing, drowned as died', () => {
		const count = (question: string, sentence: string) =>
			matchCount(question, countsOf(sentence), new Set(contentStems(`${sentence} ${question}`)), () => undefined);
		const plant = 'The plant emitted about 6 million tonnes of carbon dioxide a year.';
		expect(count('How much CO2 did the plant emit per year?', plant).fact?.value).toBe(6_000_000);
		expect(count('how many mps voted', 'The union, with some 600,000 members, voted to strike.').fact).toBeUndefined();
		const whales = 'Twenty-three whales were refloated, while 34 died on the sand.';
		expect(count('How many of the whales died?', whales).fact?.value).toBe(34);
		expect(count('how many fires were there', 'There were 17 fires and more than 200 deaths.').fact?.value).toBe(17);
		const wreck = 'The tower was built after the wreck of the Marigold, in which 47 people drowned on the rocks.';
		expect(count('how many people died when the marigold sank', wreck).fact?.value).toBe(47);
	});
});

describe('matchCount of a deed the question does not tell', () => {
	it('counts "31 rescuers" for "how many rescuers were involved", "involved" telling no launch', () => {
		const sentence = 'In total, 31 rescuers, two helicopters and six dogs took part in the operation.';
		const facts = countsOf(sentence);
		const match = matchCount(
			'how many rescuers were involved in total',
			facts,
			new Set(contentStems(sentence)),
			() => undefined,
		);
		expect(match.fact?.text).toBe('31 rescuers');
		expect(match.fit).toBe(1);
	});
});
