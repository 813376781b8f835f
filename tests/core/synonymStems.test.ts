import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { abbreviationStems, synonymStems } from '../../src/core/synonymStems.ts';
import { stem } from '../../src/core/tokenize.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { floodReport } from './floodReport.ts';
import { shippedDesk, shippedModelTuning } from './shippedModel.ts';

describe('synonymStems', () => {
	it('gives the stems of a word family, the word itself left out', () => {
		expect(synonymStems(stem('evacuate'))).toContain(stem('leave'));
		expect(synonymStems(stem('leave'))).not.toContain(stem('evacuate'));
		expect(synonymStems(stem('sell'))).toContain(stem('fetch'));
		expect(synonymStems(stem('called'))).toContain(stem('titled'));
		expect(synonymStems(stem('docked'))).toContain(stem('moored'));
		expect(synonymStems(stem('sail'))).toContain(stem('voyage'));
		expect(synonymStems(stem('runs'))).toContain(stem('operator'));
		expect(synonymStems(stem('watching'))).toContain(stem('spectators'));
		expect(synonymStems(stem('cancelled'))).toContain(stem('postponed'));
		expect(synonymStems(stem('postponed'))).not.toContain(stem('cancelled'));
		expect(synonymStems(stem('wall'))).toContain(stem('barrier'));
		expect(synonymStems(stem('signed'))).toContain(stem('signatures'));
		expect(synonymStems(stem('till'))).toContain(stem('until'));
		expect(synonymStems(stem('needed'))).toContain(stem('required'));
		expect(synonymStems(stem('total'))).toContain(stem('combined'));
		expect(synonymStems(stem('wrong'))).toContain(stem('fault'));
		expect(synonymStems(stem('supposed'))).toContain(stem('scheduled'));
		expect(synonymStems(stem('scam'))).toContain(stem('fraud'));
		expect(synonymStems(stem('jab'))).toContain(stem('vaccine'));
		expect(synonymStems(stem('apologise'))).toContain(stem('sorry'));
		expect(synonymStems(stem('sorry'))).toContain(stem('apology'));
		expect(synonymStems(stem('wiped'))).toContain(stem('written'));
		expect(synonymStems(stem('nearby'))).toContain(stem('nearest'));
		expect(synonymStems(stem('sneaked'))).toContain(stem('smuggled'));
		expect(synonymStems(stem('altogether'))).toContain(stem('total'));
		expect(synonymStems(stem('worst'))).toContain(stem('hardest'));
		expect(synonymStems(stem('lawyer'))).toContain(stem('solicitor'));
		expect(synonymStems(stem('population'))).toContain(stem('residents'));
		expect(synonymStems(stem('left'))).toContain(stem('remaining'));
		expect(synonymStems(stem('remaining'))).not.toContain(stem('left'));
		expect(synonymStems(stem('kids'))).toEqual([stem('child'), stem('schoolchildren'), stem('student'), stem('pupil')]);
		expect(synonymStems(stem('wants'))).toContain(stem('demanding'));
		expect(synonymStems(stem('manufactured'))).toContain(stem('made'));
		expect(synonymStems(stem('stores'))).toContain(stem('shops'));
		expect(synonymStems(stem('bigger'))).toContain(stem('larger'));
		expect(synonymStems(stem('hike'))).toContain(stem('rise'));
		expect(synonymStems(stem('novel'))).toContain(stem('book'));
		expect(synonymStems(stem('ban'))).toContain(stem('suspension'));
		expect(synonymStems(stem('buy'))).toContain(stem('imports'));
		expect(synonymStems(stem('delivery'))).toContain(stem('shipment'));
		expect(synonymStems(stem('quick'))).toContain(stem('speed'));
		expect(synonymStems(stem('trash'))).toContain(stem('waste'));
		expect(synonymStems(stem('stock'))).toContain(stem('shares'));
		expect(synonymStems(stem('practise'))).toContain(stem('rehearsed'));
		expect(synonymStems(stem('pill'))).toContain(stem('drug'));
		expect(synonymStems(stem('kids'))).not.toContain(stem('kids'));
		expect(synonymStems(stem('skipper'))).toContain(stem('captain'));
		expect(synonymStems(stem('troops'))).toContain(stem('soldiers'));
		expect(synonymStems(stem('flats'))).toContain(stem('apartments'));
		expect(synonymStems(stem('marchers'))).toContain(stem('protesters'));
		expect(synonymStems(stem('travelers'))).toContain(stem('passengers'));
		expect(synonymStems(stem('bikes'))).toContain(stem('bicycles'));
		expect(synonymStems(stem('bidders'))).toContain(stem('buyers'));
		expect(synonymStems(stem('phones'))).toContain(stem('handsets'));
		expect(synonymStems(stem('gunmen'))).toContain(stem('attackers'));
		expect(synonymStems(stem('inmates'))).toContain(stem('prisoners'));
		expect(synonymStems(stem('abducted'))).toContain(stem('kidnapped'));
		expect(synonymStems(stem('stopped'))).toContain(stem('halted'));
		expect(synonymStems(stem('ticket'))).toContain(stem('fare'));
		expect(synonymStems(stem('riders'))).toContain(stem('passengers'));
		expect(synonymStems(stem('coke'))).toContain(stem('cocaine'));
		expect(synonymStems(stem('travel'))).toContain(stem('journey'));
		expect(synonymStems(stem('planes'))).toContain(stem('aircraft'));
		expect(synonymStems(stem('students'))).toContain(stem('pupils'));
		expect(synonymStems(stem('spectators'))).toContain(stem('crowd'));
		expect(synonymStems(stem('diverted'))).toContain(stem('rerouted'));
		expect(synonymStems(stem('mum'))).toContain(stem('mother'));
		expect(synonymStems(stem('scientists'))).toContain(stem('researchers'));
		expect(synonymStems(stem('contract'))).toContain(stem('deal'));
		expect(synonymStems(stem('plant'))).toContain(stem('facility'));
		expect(synonymStems(stem('paid'))).toContain(stem('salary'));
		expect(synonymStems(stem('raised'))).toContain(stem('rise'));
		expect(synonymStems(stem('lawmakers'))).toContain(stem('legislators'));
		expect(synonymStems(stem('foreign'))).toContain(stem('international'));
		expect(synonymStems(stem('losses'))).toContain(stem('lost'));
		expect(synonymStems(stem('sales'))).toContain(stem('revenue'));
		expect(synonymStems(stem('guidance'))).toContain(stem('forecast'));
		expect(synonymStems(stem('sick'))).toContain(stem('ill'));
		expect(synonymStems(stem('households'))).toContain(stem('homes'));
		expect(synonymStems(stem('worth'))).toContain(stem('valued'));
		expect(synonymStems(stem('flipped'))).toContain(stem('capsized'));
		expect([stem('hospitalised'), ...synonymStems(stem('hospitalised'))]).toContain(stem('hospital'));
	});

	it('reads headed as chaired, found as recovered, alleged as accused, warm as a temperature', () => {
		expect(synonymStems(stem('headed'))).toContain(stem('chaired'));
		expect(synonymStems(stem('found'))).toContain(stem('recovered'));
		expect(synonymStems(stem('alleged'))).toContain(stem('accused'));
		expect(synonymStems(stem('warm'))).toContain(stem('temperatures'));
		expect(synonymStems(stem('promised'))).toContain(stem('pledged'));
		expect(synonymStems(stem('warm'))).not.toContain(stem('cold'));
		expect(synonymStems(stem('routed'))).toContain(stem('funnelled'));
		expect(synonymStems(stem('eat'))).toContain(stem('prey'));
		expect(synonymStems(stem('husband'))).toContain(stem('marriage'));
		expect(synonymStems(stem('worse'))).toContain(stem('fell'));
	});

	it('reads a ban as a suspension ("how long is the jockey banned for": "suspended for 21 days")', () => {
		expect(synonymStems(stem('banned'))).toContain(stem('suspended'));
		const { shortAnswer } = floodReport('Rider Ola Brenn has been suspended for 14 days and fined 900 pounds.');
		expect(shortAnswer('how long is the rider banned for', 'Rider Ola').phrase.text).toBe('14 days');
	});

	it('reads a law that kicks in as one taking effect, and running a boat as operating it, one way', () => {
		expect(synonymStems(stem('kick'))).toEqual(expect.arrayContaining([stem('effect'), stem('force')]));
		expect(synonymStems(stem('effect'))).not.toContain(stem('kick'));
		expect(synonymStems(stem('ran'))).toContain(stem('operated'));
		const { shortAnswer } = floodReport('The ban will take effect on April 1 next year, the council said.');
		expect(shortAnswer('when does the ban kick in', 'The ban').phrase.text).toContain('April 1');
	});

	it('reads quitting as resigning as well as retiring ("which ministers quit": "resigned")', () => {
		expect(synonymStems(stem('quit'))).toEqual(expect.arrayContaining([stem('resigned'), stem('retired')]));
		expect(synonymStems(stem('resigned'))).toContain(stem('quit'));
		expect(synonymStems(stem('resigned'))).not.toContain(stem('retired'));
	});

	it('reads funding as paying ("who paid for the study": "funded by")', () => {
		expect(synonymStems(stem('funded'))).toContain(stem('paid'));
	});

	it('reads tourists as visitors, rides as trips and outages as blackouts', () => {
		expect(synonymStems(stem('tourists'))).toContain(stem('visitors'));
		expect(synonymStems(stem('rides'))).toContain(stem('trips'));
		expect(synonymStems(stem('outage'))).toContain(stem('blackouts'));
	});

	it('reads building as construction ("how much did it cost to build": "construction … cost")', () => {
		expect(synonymStems(stem('build'))).toContain(stem('construction'));
		expect(synonymStems(stem('built'))).toContain(stem('constructed'));
	});

	it('reads research as a study ("who led the research": "the ecologist who led the study")', () => {
		expect(synonymStems(stem('research'))).toContain(stem('study'));
		expect(synonymStems(stem('studies'))).toContain(stem('research'));
	});

	it('reads completing as finishing, calling as naming and finding as discovering or spotting', () => {
		expect(synonymStems(stem('completed'))).toContain(stem('finished'));
		expect(synonymStems(stem('called'))).toContain(stem('named'));
		expect(synonymStems(stem('found'))).toContain(stem('discovered'));
		expect(synonymStems(stem('find'))).toContain(stem('spotted'));
	});

	it('answers "how many horses completed the course" from the sentence of those that finished (learned model)', () => {
		const desk = shippedDesk(
			'race',
			'Copper Lantern won the Border National at Kelso on Saturday.\n\nTwo horses fell and one was pulled up. Twenty-four horses started the race and 13 finished.',
		);
		expect(desk.ask('how many horses completed the course').sources[0]?.quote).toContain('13 finished');
	});

	it('reads cops as police officers, unfilled as vacant, a glitch as a fault and a jailbreak as an escape', () => {
		expect(synonymStems(stem('cops'))).toContain(stem('officers'));
		expect(synonymStems(stem('unfilled'))).toContain(stem('vacant'));
		expect(synonymStems(stem('glitch'))).toContain(stem('fault'));
		expect(synonymStems(stem('jailbreak'))).toContain(stem('escaped'));
		expect(synonymStems(stem('preliminary'))).toContain(stem('initial'));
		expect(synonymStems(stem('enrol'))).toContain(stem('registration'));
		expect(synonymStems(stem('wrecked'))).toContain(stem('destroyed'));
		const desk = shippedDesk(
			'riot',
			'Rioters set fire to cars in Orvik on Friday. Seventeen officers were hurt in the clashes.',
		);
		expect(desk.ask('how many cops were hurt').answer).toMatch(/^Seventeen officers/);
	});

	it('gives none for a word in no family', () => {
		expect(synonymStems(stem('harbour'))).toEqual([]);
	});

	it('spells out common abbreviations, and nothing else', () => {
		expect(abbreviationStems('ceo')).toEqual([stem('chief'), stem('executive')]);
		expect(abbreviationStems('wwii')).toEqual([stem('world'), stem('war')]);
		expect(abbreviationStems('gm')).toEqual([stem('general'), stem('manager')]);
		expect(abbreviationStems('co2')).toEqual([stem('carbon'), stem('dioxide')]);
		expect(abbreviationStems('icu')).toEqual([stem('intensive'), stem('care')]);
		expect(abbreviationStems('a&e')).toEqual([stem('accident'), stem('emergency')]);
		expect(abbreviationStems('ot')).toEqual([stem('overtime')]);
		expect(abbreviationStems('cio')).toEqual([stem('chief'), stem('information')]);
		expect(abbreviationStems('mwh')).toEqual([stem('megawatt'), stem('hour')]);
		expect(abbreviationStems('vat')).toEqual([stem('value-added'), stem('tax')]);
		expect(abbreviationStems('mph')).toEqual([stem('miles'), stem('hour')]);
		expect(abbreviationStems('max')).toEqual([stem('maximum')]);
		expect(abbreviationStems('harbour')).toEqual([]);
		expect(abbreviationStems('constructor')).toEqual([]);
	});
});

/** An invented report whose figures are worded unlike the questions asked of them. */
const AUCTION = [
	'A violin stolen from a concert hall in Ghent was found in a flea market on Sunday.',
	'The instrument, made in 1742, is valued at about 1.2 million euros. Its owner, the cellist Mira Daels, paid 400,000 euros for a bow in 2015.',
	'About 38,000 households in the city lost their water supply after the storm, while 4,500 shops stayed shut.',
	'A ferry capsized near the harbour in the same storm; its crew of six was rescued. Two were hospitalised with hypothermia.',
].join('\n\n');

function desk(minConfidence?: number) {
	const parsed = parseReport('ghent-violin', AUCTION);
	if (!parsed.ok) throw new Error(parsed.problem);
	return createFactdesk([parsed.report], {
		...shippedModelTuning(),
		...(minConfidence !== undefined && { minConfidence }),
	});
}

describe('synonyms in answers', () => {
	it("finds a figure worded as the question's synonym", () => {
		const factdesk = desk();
		expect(factdesk.ask('how much is the violin worth').answer).toContain('1.2 million euros');
		expect(factdesk.ask('how many homes lost water').answer).toContain('38,000');
		expect(factdesk.ask('how many were hospitalized').answer).toContain('Two');
		// The sentence found, whatever the confidence (the shipped model's is 0.26, below its floor: "boat" is not "ferry").
		expect(desk(-1).ask('what boat flipped over').sources[0]?.quote).toContain('capsized');
	});

	it('answers in the words news uses for houses, operations, floors and fans', () => {
		const parsed = parseReport(
			'clinic',
			[
				'Storm damages clinic in Harlow',
				'A storm tore the roof off the Harlow clinic on Friday, and about 120 homes in the town were flooded.',
				'The clinic postponed 64 elective operations, its director said.',
				'Its new six-storey wing, opened in May, was not hit.',
				'A crowd of 4,000 spectators watched the town derby go ahead on Saturday.',
			].join('\n\n'),
		);
		if (!parsed.ok) throw new Error(parsed.problem);
		const factdesk = createFactdesk([parsed.report], shippedModelTuning());
		expect(factdesk.ask('how many houses were flooded').answer).toContain('120 homes');
		expect(factdesk.ask('how many surgeries were postponed').answer).toContain('64');
		expect(factdesk.ask('how many fans watched the derby').answer).toContain('4,000');
		expect(synonymStems(stem('storeys'))).toContain(stem('floors'));
		expect(synonymStems(stem('quitting'))).toContain(stem('retiring'));
		expect(synonymStems(stem('kids'))).toContain(stem('pupils'));
		expect(synonymStems(stem('stuck'))).toContain(stem('stranded'));
		expect(synonymStems(stem('bail'))).toContain(stem('bond'));
	});

	it('reads approved as cleared ("which agency approved the drug": "cleared by the regulator")', () => {
		const parsed = parseReport(
			'vaccine',
			[
				'Malaria vaccine cleared for use in Ghana',
				'A new malaria vaccine was cleared for use in children on Tuesday by the Ghana Medicines Council.',
				'The shot, made by Kessler Bio, cut severe cases by 61 percent in a trial of 8,000 infants.',
				'Health minister Kofi Owusu said the first doses would reach clinics in June.',
			].join('\n\n'),
		);
		if (!parsed.ok) throw new Error(parsed.problem);
		const factdesk = createFactdesk([parsed.report], shippedModelTuning());
		const asked = factdesk.ask('which agency approved the malaria vaccine');
		expect(asked.sources[0]?.quote).toContain('was cleared for use');
		expect(asked.answer).toContain('Ghana Medicines Council');
		expect(synonymStems(stem('authorised'))).toContain(stem('approval'));
	});

	it('reads flown to hospital as airlifted there, and the other way round', () => {
		const parsed = parseReport(
			'crash',
			[
				'Climber hurt in fall on Tor Kell',
				'A climber was badly hurt in a fall on Tor Kell on Saturday, mountain rescuers said.',
				'Two walkers who saw the fall were taken to Kell Cottage Hospital with minor cuts.',
				'The climber, 44, was airlifted to Northfield Royal Infirmary, where he was said to be stable.',
			].join('\n\n'),
		);
		if (!parsed.ok) throw new Error(parsed.problem);
		const factdesk = createFactdesk([parsed.report], shippedModelTuning());
		expect(factdesk.ask('which hospital was the climber flown to').sources[0]?.quote).toContain('airlifted');
		expect(synonymStems(stem('airlifted'))).toContain(stem('flown'));
	});

	it('reads cows as cattle and a trainer as a coach', () => {
		const parsed = parseReport(
			'barn',
			[
				'Barn fire on Kelso farm',
				'An estimated 140 cattle were killed when a barn burned on a farm near Kelso on Sunday, the fire service said.',
				'The farmer, Ewan Reid, 58, said the fire started in a hay store.',
			].join('\n\n'),
		);
		if (!parsed.ok) throw new Error(parsed.problem);
		const factdesk = createFactdesk([parsed.report], shippedModelTuning());
		expect(factdesk.ask('how many cows died').answer).toContain('140');
		expect(synonymStems(stem('trainer'))).toContain(stem('coach'));
	});

	it('answers "who led the research" as surely as "who led the study" of a report that says "led the study"', () => {
		const parsed = parseReport(
			'moss',
			[
				'Moss on city walls cuts soot, study finds',
				'Mosses on city walls absorb more soot than expected, researchers in Lyon reported on Monday.',
				'The team measured soot on 240 walls over two winters. Walls with moss held 30 percent less soot in the air beside them.',
				'"Moss is a cheap filter we already have," said Dr Elodie Marchand, 41, an ecologist who led the study.',
				'The city council said it would stop cleaning moss from public buildings next year.',
				'Paul Girard, a council spokesman, said the research was welcome news.',
			].join('\n\n'),
		);
		if (!parsed.ok) throw new Error(parsed.problem);
		const factdesk = createFactdesk([parsed.report], shippedModelTuning());
		const research = factdesk.ask('who led the research');
		const study = factdesk.ask('who led the study');
		expect(research.sources[0]?.quote).toContain('who led the study');
		expect(research.answer).toBe('Dr Elodie Marchand');
		// Without the synonym the engine was less sure of the same answer (0.62 against 0.81 with the shipped model).
		expect(Math.abs(research.confidence - study.confidence)).toBeLessThan(0.05);
	});
});

describe('synonymStems of work and employ', () => {
	it('answers "how many people work at X" with "X employs …" rather than another body’s workers there', () => {
		expect(synonymStems(stem('work'))).toContain(stem('employs'));
		const desk = createFactdesk(
			[
				{
					id: 'mine',
					title: 'Mine tax',
					paragraphs: [
						'The Corran Hill mine, about 90 kilometres north of the capital, produced 200,000 tons of copper last year and employs about 5,100 workers.',
						'"We want the jobs to stay," said Ama Boateng of the miners\' union, which represents about 3,000 workers at Corran Hill.',
					],
				},
			],
			// The sentence chosen is what is tested: both name Corran Hill, which the reports write only as a name, and the
			// model is about a third sure of either (as of "Corran Hill" typed capitalised), under the decline floor.
			{ ...shippedModelTuning(), minConfidence: -1 },
		);
		expect(desk.ask('how many ppl work at corran hill').answer).toBe('about 5,100 workers');
		expect(desk.ask('how many ppl work at Corran Hill').answer).toBe('about 5,100 workers');
	});
});

describe('synonymStems of a birthday, abbreviationStems of an award', () => {
	it('reads a birthday as the day someone was born, and "mvp" as the most valuable player', () => {
		expect(synonymStems(stem('birthday'))).toContain(stem('born'));
		expect(abbreviationStems('mvp')).toEqual([stem('most'), stem('valuable'), stem('player')]);
		const desk = createFactdesk(
			[
				{
					id: 'final',
					title: 'League final',
					paragraphs: [
						'The Falcons won the league final 3-1 on Sunday.',
						'Their 21-year-old striker, Tomas "Tiko" Varga, was named most valuable player of the final.',
					],
				},
			],
			{ ...shippedModelTuning(), minConfidence: 0 },
		);
		expect(desk.ask('who got mvp').sources[0]?.quote).toContain('most valuable player');
	});
});

describe('synonymStems of dirt and of stealing', () => {
	it('reads dirt as soil or earth, and "nicked" as stolen', () => {
		expect(synonymStems(stem('dirt'))).toEqual([stem('soil'), stem('earth')]);
		expect(synonymStems(stem('nicked'))).toContain(stem('stealing'));
	});
});

describe('synonymStems one way', () => {
	it('finds "ordered to leave their homes" for "how many had to evacuate", and counts it as evacuated', () => {
		const desk = shippedDesk(
			'fire',
			[
				'Wildfire forces residents out of Pine Hollow',
				'PINE HOLLOW, Aug. 14 - About 4,200 residents of this mountain town were ordered to leave their homes on Tuesday as a wildfire came within two miles.',
				'The Red Cross opened a shelter at the high school, where around 380 people spent the night on cots.',
				'Firefighters said the blaze had burned 12,000 acres.',
			].join('\n\n'),
		);
		const answer = desk.ask('how many people were told to evacuate');
		expect(answer.answer).toContain('4,200');
		expect(desk.facts({ kind: 'count' })).toContainEqual(
			expect.objectContaining({ text: expect.stringContaining('4,200'), detail: 'evacuated' }),
		);
	});
});
