import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/core/findMentions.ts';
import { asksNamedKind, focusName, namesOther } from '../../src/core/focusName.ts';
import { floodReport } from './floodReport.ts';

function named(question: string, sentence: string): string | undefined {
	return focusName(question, sentence, findMentions(sentence))?.text;
}

describe('focusName', () => {
	it('gives no name that stands between a count and the plural asked ("three other Wessmoor institutions")', () => {
		const sent = 'Kalindar will seek 64 objects held by three other Wessmoor institutions.';
		const at = sent.indexOf('Wessmoor');
		const wessmoor = { type: 'name' as const, text: 'Wessmoor', start: at, end: at + 8 };
		expect(focusName('which three institutions have the objects', sent, [wessmoor])).toBeUndefined();
		const one = 'Kalindar will seek 64 objects held by the Wessmoor museum.';
		const museum = { ...wessmoor, start: one.indexOf('Wessmoor'), end: one.indexOf('Wessmoor') + 8 };
		expect(focusName('which museum has the objects', one, [museum])?.text).toBe('Wessmoor');
	});

	it('answers "what/which <noun>" with the name the sentence gives by that noun, before or after it', () => {
		const railway = 'Despite the damage, Ukraine’s state railway company, Ukrzaliznytsya, confirmed that trains run.';
		expect(named("What company runs Ukraine's railways?", railway)).toBe('Ukrzaliznytsya');
		expect(named('Which law firm led the investigation?', 'It was led by the law firm Carver & Lowe.')).toBe(
			'Carver & Lowe',
		);
		expect(named('What rocket carried the lander?', 'It lifted off aboard a Falcon 9 rocket on Thursday.')).toBe(
			'Falcon 9',
		);
	});

	it('reads a name after "<noun> of", and a plural noun as asking for the whole list', () => {
		const ports = 'Dock workers at the ports of Felixstowe, Liverpool and Southampton began a strike.';
		expect(named('Which ports are on strike?', ports)).toBe('Felixstowe, Liverpool and Southampton');
		expect(named('Which port is on strike?', ports)).toBe('Felixstowe');
	});

	it('gives nothing for "what kind/year…", for a name the question gives, or when no name stands by the noun', () => {
		expect(named('What year did Carver & Lowe start?', 'The law firm Carver & Lowe began in 1998.')).toBeUndefined();
		expect(named('What firm is Carver & Lowe?', 'The law firm Carver & Lowe began in 1998.')).toBeUndefined();
		expect(named('What company runs the trains?', 'Trains run on schedule, Ukrzaliznytsya said.')).toBeUndefined();
	});
});

describe('asksNamedKind and namesOther', () => {
	const { ask } = floodReport();

	it('reads a name after the words that give it ("a gang calling itself Nightwharf")', () => {
		const claimed = 'A criminal gang calling itself Nightwharf claimed responsibility late on Tuesday.';
		expect(named('what gang claimed the attack?', claimed)).toBe('Nightwharf');
		expect(named('Which company made it?', 'It was made by a company known as Arvex.')).toBe('Arvex');
	});

	it('tells questions answered by a name, and sentences that name nothing the question does not', () => {
		expect(asksNamedKind('what gang claimed the hospital attack?')).toBe(true);
		expect(asksNamedKind('Which country sent the most aid?')).toBe(true);
		expect(asksNamedKind('What group of people was evacuated?')).toBe(false);
		expect(asksNamedKind('What did the gang claim?')).toBe(false);
		expect(asksNamedKind('which hospital was the patient taken to')).toBe(true);
		expect(asksNamedKind('which airlines had to reroute flights')).toBe(true);
		expect(asksNamedKind('which two other suppliers is gavi negotiating with')).toBe(true);
		expect(asksNamedKind('Which towns in the east have had their water cut off?')).toBe(true);
		expect(asksNamedKind('which other way could they go')).toBe(false);
		expect(asksNamedKind('Which other exchanges use the same software?')).toBe(true);
		expect(asksNamedKind('which islands were hit')).toBe(true);
		expect(asksNamedKind('Which judge decided the case?')).toBe(true);
		expect(asksNamedKind('which players were dropped')).toBe(true);
		expect(asksNamedKind('which energy company built the hydrogen station')).toBe(true);
		expect(asksNamedKind('which supermarket is limiting eggs')).toBe(true);
		expect(asksNamedKind('What do airports use to keep traffic smooth?')).toBe(false);
		expect(asksNamedKind('what does the store that sold the ticket get')).toBe(false);
		const question = ask('What company repaired the dam in Orvik?');
		expect(namesOther(question, findMentions('It is the second attack on a Dutch hospital this year.'))).toBe(false);
		expect(namesOther(question, findMentions('In Orvik the crews worked all night.'))).toBe(false);
		expect(namesOther(question, findMentions('Baltia Works repaired the dam.'))).toBe(true);
	});

	it('takes a name that only describes the kind asked for no name of one ("HPV vaccine suppliers")', () => {
		const suppliers = ask('which two other suppliers is gavi negotiating with');
		const talks = 'Gavi said talks with two other HPV vaccine suppliers were continuing.';
		expect(namesOther(suppliers, findMentions(talks), talks)).toBe(false);
		const manager = ask('What manager was appointed to lead Arsenal in 1925?');
		const chapman = 'Arsenal appointed Herbert Chapman as manager in 1925.';
		expect(namesOther(manager, findMentions(chapman), chapman)).toBe(true);
		const cutting = ask('Which company is cutting jobs?');
		const intel = 'Intel told company staff on Monday that 5,000 jobs would go.';
		expect(namesOther(cutting, findMentions(intel), intel)).toBe(true);
		const wide = 'Amazon announced company-wide layoffs on Tuesday.';
		expect(namesOther(ask('Which company announced layoffs?'), findMentions(wide), wide)).toBe(true);
	});

	it("takes a person's or a place's name for no name of a body asked ('which airline')", () => {
		const spotted =
			"The drone was spotted by the crew of a cargo plane, according to the airport's operations director, Lena Marsh.";
		const { context, ask: askThere } = floodReport(spotted);
		const kinds = context.entityKinds.get(0);
		const mentions = context.mentions.of(0);
		expect(namesOther(askThere('which airline was the cargo plane from'), mentions, spotted, kinds)).toBe(false);
		expect(namesOther(askThere('which manager saw the drone'), mentions, spotted, kinds)).toBe(true);
		const ruling = 'Lena Brandt, head of the consumer group, welcomed the ruling.';
		const court = floodReport(ruling);
		const asked = court.ask('which court issued the ruling');
		expect(namesOther(asked, court.context.mentions.of(0), ruling, court.context.entityKinds.get(0))).toBe(false);
		const flown = 'The cargo was flown by Skyline Coastal, said Lena Marsh.';
		const there = floodReport(flown);
		expect(
			namesOther(
				there.ask('which airline flew it'),
				there.context.mentions.of(0),
				flown,
				there.context.entityKinds.get(0),
			),
		).toBe(true);
	});

	it('gives a "which company" question, read as "who", a low fit from a sentence that names no company', () => {
		const { shortAnswer } = floodReport(
			'During the closure, the company performed in a converted tram depot.\n\nThe trams were built by Alvero.',
		);
		expect(shortAnswer('which company built the trams', 'tram depot').fit).toBeLessThan(0.5);
		expect(shortAnswer('which company built the trams', 'built by Alvero').fit).toBe(1);
	});

	it('gives a "which judge" question a low fit from a sentence that names nobody', () => {
		const { shortAnswer } = floodReport(
			'She said the council would decide by March.\n\nJudge Ana Ruiz of the Civil Court decided the case.',
		);
		expect(shortAnswer('Which judge decided the case?', 'would decide').fit).toBeLessThan(0.5);
		expect(shortAnswer('Which judge decided the case?', 'Ana Ruiz').fit).toBe(1);
	});

	it('gives a "which towns" question, read as "where", a low fit from a sentence that names no town', () => {
		const { shortAnswer } = floodReport(
			'Some towns in the east have had their tap water cut off at night.\n\nThe towns of Ravik and Holm lost water at night.',
		);
		expect(shortAnswer('which towns have had their water cut off', 'Some towns').fit).toBeLessThan(0.5);
		expect(shortAnswer('which towns have had their water cut off', 'Ravik and Holm').fit).toBe(1);
	});

	it('gives a "which <kind>" question a low fit from a sentence that speaks of one of that kind unnamed', () => {
		const { shortAnswer } = floodReport(
			[
				'A spokesperson for the mayor, Kevin Tran, said the town would spend $4.5 million to hire private contractors for three months.',
				'A couple from Orvik fell ill after eating mushrooms they had picked in a city park.',
				'The Civil Court ordered Holm Foods to hire an outside firm, Brandt Audit, to run its programme.',
				'Zun, a kind of wine vessel, was found at the site.',
				'The town hired schools of law and medicine in Lerwick.',
			].join('\n\n'),
		);
		expect(shortAnswer('which contractors are they hiring?', 'private contractors').fit).toBeLessThan(0.5);
		expect(shortAnswer('which park did the couple pick the mushrooms in', 'city park').fit).toBeLessThan(0.5);
		expect(shortAnswer('which outside firm will run the programme?', 'Brandt Audit').fit).toBe(1);
		expect(shortAnswer('what vessel was found at the site', 'Zun').fit).toBe(1);
		expect(shortAnswer('which schools did the town hire', 'schools of law').fit).toBe(1);
		const phones = floodReport('The app, which lets drivers show a licence on their phone, crashed on Monday.');
		expect(phones.shortAnswer('which phones does the app work on', 'their phone').fit).toBeLessThan(0.5);
		const route = floodReport('The crowd took a different route, along the river towards the square.');
		expect(route.shortAnswer('which route did the crowd take', 'different route').fit).toBe(1);
		const smith = floodReport('The club signed a smith from the village.');
		expect(smith.shortAnswer('Which Smith did the club sign?', 'a smith').fit).toBe(1);
		const sledges = floodReport('The Orvik team raced Baltic sledges, built in Riga.');
		expect(sledges.shortAnswer('which sledges did the team race', 'Baltic sledges').fit).toBe(1);
		// The kind before "of": "which strain of bird flu was…"; a place named after "the province of" names no strain.
		const flu = floodReport(
			'Culling began after a highly contagious strain of bird flu was confirmed at two farms in the central province of Gelderland.\n\nThe H5N1 strain was found on Thursday.',
		);
		expect(flu.shortAnswer('which strain of bird flu was found', 'contagious strain').fit).toBeLessThan(0.5);
		expect(flu.shortAnswer('which strain of bird flu was found', 'H5N1').fit).toBe(1);
		const nets = floodReport('The city said it would pay for nets at three of the most popular beaches.');
		expect(nets.shortAnswer('which three beaches is the city paying to net', 'nets').fit).toBeLessThan(0.5);
	});
});

describe('focusName, the word of a nation before the kind asked', () => {
	it('answers "which firm" with the firm named after it, not "Danish"', () => {
		const sentence = 'The building was designed by the Danish firm Nordlys Arkitekter with architect Omar Haddad.';
		expect(focusName('which firm designed the building', sentence, findMentions(sentence))?.text).toBe(
			'Nordlys Arkitekter',
		);
	});
});

describe('focusName of a name whose last word is the kind asked', () => {
	it('gives "Westbrook Elementary School" for "which school", not a name asked of for another question', () => {
		const { shortAnswer } = floodReport(
			'The first case was found in a pupil at Westbrook Elementary School, said Jenna Kowalczyk, who plans to study law.',
		);
		expect(shortAnswer('which school had the first case', 'first case').phrase.text).toBe(
			'Westbrook Elementary School',
		);
		expect(shortAnswer('what does kowalczyk want to study', 'first case').phrase.text).not.toBe('Jenna Kowalczyk');
	});
});

describe('focusName of a list joined before the name beside the noun', () => {
	it('answers "which supermarkets" with every name of the list, a possessive one too', () => {
		const { shortAnswer } = floodReport(
			"The bars were sold at about 1,400 shops, including the Halvey's and FreshWay supermarket chains.",
		);
		expect(shortAnswer('which supermarkets sold them?', 'Halvey').phrase.text).toBe("Halvey's and FreshWay");
		expect(shortAnswer('which supermarket sold them?', 'Halvey').phrase.text).toBe('FreshWay');
	});
});
