import { describe, expect, it } from 'vitest';
import { askedNameOf, nameGiven } from '../../src/core/askedNameOf.ts';
import { stem } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';

describe('askedNameOf', () => {
	it.each([
		['What is the name of the clinic in Orvik?', 'clinic'],
		['whats the name of the school', 'school'],
		['What was the hospital the governor toured called?', 'hospital'],
		['What is the name of the regional governor?', 'governor'],
		['What was the clinic called?', 'clinic'],
		["What is Amelia's mother's name?", 'mother'],
		['What is the name of one of the largest shelters in Orvik?', 'shelters'],
		['names of the pacemakers', 'pacemakers'],
		['whats the probe called', 'probe'],
		["what's the new frog calld", 'frog'],
		['name of the woman flown to the hospital in Sion?', 'woman'],
		["What was the dead climber's name?", 'climber'],
		['whats the companys name', 'company'],
		['what is the name of the wild rice they crossed it with', 'rice'],
		['what is the name of the retired judge leading the inquiry', 'judge'],
		['what is the ferry name', 'ferry'],
		["whats the club's new name gonna be", 'club'],
		['what will the merged council be called?', 'council'],
	] as const)('finds the thing "%s" asks the name of', (question, thing) => {
		expect(askedNameOf(question)).toBe(thing);
	});

	it('finds none in other questions', () => {
		expect(askedNameOf('What is the clinic near?')).toBeUndefined();
		expect(askedNameOf('Who named the bridge?')).toBeUndefined();
		expect(askedNameOf('what is his name')).toBeUndefined();
		expect(askedNameOf('What was the name?')).toBeUndefined();
		expect(askedNameOf('what is her full name')).toBeUndefined();
	});
});

describe('nameGiven', () => {
	it('reads a name before the comma that opens the clause of one of a kind as no name of it', () => {
		const ruling =
			'Pop singer Dario Montaine won his case against the tabloid The Morning Courier, with a judge ruling on Friday that the paper lied.';
		expect(nameGiven('judge', ruling, new Set(), true)).toBeNull();
		const named = 'He won his case, with a judge, Miriam Okafor, ruling on Friday that the paper lied.';
		expect(nameGiven('judge', named, new Set(), true)?.text).toBe('Miriam Okafor');
	});

	it('takes a body named anywhere in the sentence ("the European Medicines Agency (EMA)") for no name of the thing', () => {
		const lede =
			'AMSTERDAM (Reuters) — The European Medicines Agency (EMA) on Thursday recommended the first pill to treat peanut allergy, a decision that could help families across Europe.';
		expect(nameGiven('pill', lede)).toBeNull();
		expect(nameGiven('agency', lede)).not.toBeNull();
		expect(nameGiven('pill', 'The first pill, Arachivex, was approved by the European Medicines Agency.')?.text).toBe(
			'Arachivex',
		);
	});

	it('reads "when a cleaner noticed…" as its own clause: the names of the one before do not name the cleaner', () => {
		const leak =
			'Managers at the Brenmoor Arena said the leak was discovered on Sunday when a cleaner noticed water pooling.';
		expect(nameGiven('cleaner', leak)).toBeNull();
	});

	it.each([
		['hospital', 'Crews reached the St Brigid Hospital in Lerwick.', 'St Brigid Hospital'],
		['refinery', 'The Torvald refinery burned for hours.', 'Torvald refinery'],
		['clinic', 'Water reached a clinic called Maple House.', 'Maple House'],
		['clinic', 'Water reached the clinic, Maple House, at noon.', 'Maple House'],
		['governor', 'Regional Governor Anna Holm toured the town.', 'Anna Holm'],
		['shelter', 'Brightwater was the first shelter in Orvik to open.', 'Brightwater'],
		['shelter', 'The largest shelter is Brightwater Hall.', 'Brightwater Hall'],
		['pump', 'Crews used a new pump, called HX200, and two old ones.', 'HX200'],
		['operation', 'The operation, code-named "Paper Moon," was carried out by the police.', 'Paper Moon'],
	] as const)('finds the name of the %s in "%s"', (thing, sentence, name) => {
		expect(nameGiven(thing, sentence)?.text).toBe(name);
	});

	it('counts a name the sentence gives by "called" or "code-named" as the fact asked, one it merely stands by not', () => {
		const { shortAnswer } = floodReport(
			'The operation, code-named "Paper Moon," ended on Monday.\n\nThe Orvik operation ended on Monday.',
		);
		expect(shortAnswer('what was the operation called', 'Paper Moon').matched).toBe(true);
		expect(shortAnswer('what was the operation called', 'Orvik operation').matched).toBeFalsy();
	});

	it('reads no name in a title-case headline\'s capitals ("European Probe Slips Into Orbit")', () => {
		expect(nameGiven('probe', 'European Probe Slips Into Orbit Around Metal Asteroid')).toBeNull();
		expect(nameGiven('probe', 'The probe, named Kestrel, confirmed its arrival.')?.text).toBe('Kestrel');
	});

	it('takes no speaker after a comma for a name, and gives null where the sentence says the name is withheld', () => {
		const staff =
			'The abducted staff are three Nigerians, a Kenyan nurse and a French logistics coordinator, HWBI said in a statement, without naming them.';
		expect(nameGiven('coordinator', staff)).toBeNull();
		expect(nameGiven('hospital', "He was taken to the hospital, St Anne's, on Monday.")?.text).toBe("St Anne's");
	});

	it('reads no name for the thing in a name the question gives itself, nor in a place it spells without accents', () => {
		const asked = (q: string) => new Set(q.split(' ').map((w) => stem(w)));
		const rented = 'Transport minister Lars Berglund resigned over a flat rented from his brother-in-law.';
		expect(nameGiven('brother-in-law', rented, asked('name of berglund brother-in-law'))).toBeNull();
		expect(nameGiven('brother-in-law', rented, asked('name of the minister brother-in-law'))).toBeUndefined();
		const relative = 'Lars Berglund resigned over a flat rented from his brother-in-law Nils Berglund.';
		expect(nameGiven('brother-in-law', relative, asked('name of berglund brother-in-law'))?.text).toBe('Nils Berglund');
		const listed = 'The committee placed an old town in the Sahel on the List of Sites in Danger.';
		expect(nameGiven('town', listed, asked('name of the town in the sahel on the danger list'))).toBeNull();
		const clinic = 'He was treated at a Bogotá clinic after the crash.';
		expect(nameGiven('clinic', clinic, asked('name of the clinic in bogota'))).toBeNull();
		expect(nameGiven('clinic', clinic, asked('name of the clinic'))).toBeUndefined();
	});

	it('reads no name in an "of" phrase of the question\'s own words (its articles aside), nor in a figure', () => {
		const asked = new Set(['strain', 'bird', 'flu', 'found'].map((w) => stem(w)));
		const found = 'Officials said a contagious strain of bird flu was confirmed at two farms.';
		expect(nameGiven('strain', found, asked, true)).toBeNull();
		expect(nameGiven('school', 'It has schools of law and medicine.', new Set([stem('school')]), true)).toBeUndefined();
		const culled = 'Farmers culled 310,000 chickens after a new strain of bird flu was found.';
		expect(nameGiven('strain', culled, asked, true)).toBeNull();
		const theFlu = 'Officials said a contagious strain of the bird flu was confirmed at two farms.';
		expect(nameGiven('strain', theFlu, asked, true)).toBeNull();
	});

	it('reads no name of an engineer in the body an engineer is registered with ("the Council of Engineering")', () => {
		const signed =
			'An engineer registered with the Regional Council of Engineering and Agronomy (CREA) issued a certificate.';
		expect(nameGiven('engineer', signed)).toBeNull();
		expect(nameGiven('engineer', 'The engineer, Marta Silva, issued a certificate.')?.text).toBe('Marta Silva');
	});

	it('reads no name of the thing in an institution named after it ("the International Rice Research Institute")', () => {
		expect(nameGiven('rice', 'It was funded by the International Rice Research Institute in Manila.')?.text).not.toBe(
			'Research Institute',
		);
		expect(nameGiven('river', 'Crews pumped water into the River Orla overnight.')?.text).toBe('Orla');
	});

	it('gives null when the sentence speaks of the thing without naming it', () => {
		expect(nameGiven('clinic', 'Water reached a clinic in Orvik.', new Set(['clinic', 'orvik']))).toBeNull();
		expect(nameGiven('clinic', 'Crews reached the clinic at dawn, officials said.')).toBeNull();
		// A place after its preposition, a number with its unit, or a time beside the thing is no name of it.
		const woman = 'A third, a 31-year-old woman from Lyon, was flown to the hospital in Sion.';
		expect(nameGiven('woman', woman, new Set(['woman', 'sion']))).toBeNull();
		const pacers = 'She ran in 1:04:36, helped by two male pacemakers until the 25-kilometre mark.';
		expect(nameGiven('pacemakers', pacers, new Set(['pacemak']))).toBeNull();
		// An age or a weekday beside the thing is no name of it.
		const cleaner = 'Eight people died since Wednesday, including a 58-year-old street cleaner in Madrid.';
		expect(nameGiven('cleaner', cleaner, new Set(['cleaner', 'madrid']))).toBeNull();
		// Nor a decade or a rank: "a woman in her 40s", "a couple on the 3rd floor".
		expect(nameGiven('woman', 'A branch killed a woman in her 40s in her car.')).toBeNull();
		expect(nameGiven('couple', 'The dead were a married couple who lived on the 3rd floor.')).toBeNull();
		// Nor a people's word: "a Swiss watchmaker and a Norwegian shipping company".
		const sponsors = 'It was paid for by a Swiss watchmaker and a Norwegian shipping company.';
		expect(nameGiven('company', sponsors, new Set(['swiss', 'watch', 'compani']))).toBeNull();
		// Initials that are a body's own name ("the EU") stay a name.
		expect(nameGiven('fund', 'The money came from a fund the EU runs.')).toBeUndefined();
	});

	it('gives null for a plural with no determiner whose clause names only owners and places', () => {
		const groups =
			"Police said messages on Halvorsen's phone showed he sold the coins through online auction groups to buyers in Chile, Peru and Mexico.";
		expect(nameGiven('group', groups, new Set(['group', 'coin', 'sold']))).toBeNull();
		// A name the sentence gives outright further on may be the thing's.
		const wives = 'The town was named for wives of its founders, who were both named Marta, and for its oaks.';
		expect(nameGiven('wives', wives, new Set(['wive', 'founder']))).toBeUndefined();
	});

	it('reads no name of the thing in a relative clause that tells of something else ("a dinosaur that roamed Patagonia")', () => {
		const bones = 'Bones found by a sheep farmer belong to a dinosaur that roamed Patagonia long ago.';
		expect(nameGiven('farmer', bones, new Set(['farmer', 'found']), true)).toBeNull();
		const climbers = 'Rescuers brought down four climbers who had spent two nights below the summit of Rysy.';
		expect(nameGiven('climbers', climbers, new Set(['climber', 'name']))).toBeNull();
		// A name written right after "who" may be the thing's own: it is not set aside.
		const hired = 'The farm hired a shepherd who Tom Hale trained.';
		expect(nameGiven('shepherd', hired, new Set(['shepherd']))).toBeUndefined();
	});

	it('reads no name in a dateline, nor in a place after "off" or "outside"', () => {
		const words = new Set(['dead', 'climber', 'name']);
		const filed = 'GENEVA (AFP) — A 41-year-old climber died after a fall off Mont Blanc on Sunday, police said.';
		expect(nameGiven('climber', filed, words)).toBeNull();
		expect(nameGiven('climber', 'A climber known as Tomas Ruel fell on Sunday.', words)?.text).toBe('Tomas Ruel');
	});

	it('does not decide when a name no pattern finds may stand near the thing, or the thing is not there', () => {
		expect(nameGiven('clinic', 'Water reached a clinic run by Doctors Abroad.', new Set(['clinic']))).toBeUndefined();
		expect(nameGiven('clinic', 'Water reached the market.')).toBeUndefined();
		// A definite description may describe a name standing anywhere in the sentence.
		const far = 'Locals say Brightwater, open since 1990, remains the only clinic in the valley.';
		expect(nameGiven('clinic', far, new Set(['clinic']))).toBeUndefined();
		const quoted = 'Near the hill stands a clinic, known locally by the name ’Ain Vale.';
		expect(nameGiven('clinic', quoted, new Set(['clinic', 'hill']))).toBeUndefined();
	});
});

describe('nameGiven, indefinite only, and sums of money', () => {
	it('reads no name in a currency\'s letters ("NZ$780,000")', () => {
		const fine = 'The previous record fine, imposed on a meat processing company in 2019, was NZ$780,000.';
		expect(nameGiven('company', fine)).toBeNull();
	});

	it('gives null only where the thing stands as one of a kind', () => {
		expect(nameGiven('hospital', 'They were taken to the general hospital in Teziutlan.', new Set(), true)).toBe(
			undefined,
		);
		expect(nameGiven('hospital', 'They were taken to a hospital in Teziutlan.', new Set(), true)).toBeNull();
	});
});

describe('chooseShortAnswer for "What is the name of X?"', () => {
	const { context, shortAnswer } = floodReport();

	it('lowers the fit of a sentence that speaks of X without its name', () => {
		const short = shortAnswer('What is the name of the clinic in Orvik?', 'a clinic near the market');
		expect(short.fit).toBe(context.options.unnamedFit);
	});

	it('answers with the name when the sentence gives it', () => {
		const short = shortAnswer('What is the name of the hospital the governor toured?', 'St Brigid Hospital');
		expect(short.fit).toBe(1);
		expect(short.phrase.text).toBe('St Brigid Hospital');
	});

	it('lowers the fit of a sentence that never speaks of X, whose whole sentence names no X', () => {
		const short = shortAnswer('what is the name of the relief fund', 'fire chief Ola Berg said');
		expect(short.fit).toBe(context.options.unnamedFit);
		expect(shortAnswer('who is the fire chief', 'fire chief Ola Berg said').fit).toBe(1);
	});

	it('lowers it too for a kind answered by a name ("what party", "what brand of") the sentence never writes', () => {
		expect(shortAnswer('what party is ola berg in', 'fire chief Ola Berg said').fit).toBe(context.options.unnamedFit);
		expect(shortAnswer('what brand of pump did the crews use', 'rescue crews worked').fit).toBe(
			context.options.unnamedFit,
		);
		const party = floodReport('Ola Berg, of the Green Party, said the river burst its banks.');
		expect(party.shortAnswer('what party is ola berg in', 'Green Party').fit).toBe(1);
		const raid = floodReport('In a separate operation, the Vebria crossing the Rhine at Orvik was left standing.');
		expect(raid.shortAnswer('What bridge did the raiders fail to demolish?', 'Vebria').fit).toBe(1);
		const border = floodReport('Since the Treaty of Lunn, the Orva river has formed a border between the two towns.');
		expect(border.shortAnswer('What was the name of the time the Orva formed a border?', 'Treaty').fit).toBe(1);
		const flight = floodReport('Flight SK402, operated by Skyline Coastal, was travelling from Oslo to Bergen.');
		expect(flight.shortAnswer('which airline operates flight sk402', 'Skyline Coastal').fit).toBe(1);
	});

	it('keeps the fit where the thing may be named without its word: a place, someone the question names, a rank', () => {
		const campus = floodReport('Today the main campus is a parcel in Evanston, 12 miles north of the Loop.');
		expect(campus.shortAnswer('What is the name of the city located 12 miles north of the Loop?', 'Evanston').fit).toBe(
			1,
		);
		const latin = floodReport('The parish record cites his given names in the Latin form Fridericus Franciscus.');
		expect(latin.shortAnswer("What is the Latin form of Chopin's name?", 'Latin form').fit).toBe(1);
		const work = floodReport('The earliest surviving written work on the subject is De architectura.');
		expect(work.shortAnswer('What is the first known writing on the subject called?', 'De architectura').fit).toBe(1);
	});

	it('keeps the fit of a sentence that gives a name outright ("a male named Bao Lin")', () => {
		const zoo = floodReport('The pair, a seven-year-old male named Bao Lin and a five-year-old female, arrived.');
		expect(zoo.shortAnswer('whats the male panda called', 'Bao Lin').fit).toBe(1);
	});
});

describe('nameGiven, a name right after the thing', () => {
	it('reads the name right after "the" and the thing\'s word, quoted or not', () => {
		const sentence = 'Ferraro, who runs the restaurant La Quercia in the nearby city of Montebrio, reported it.';
		expect(nameGiven('restaurant', sentence)?.text).toBe('La Quercia');
		expect(nameGiven('album', 'The singer, whose album "Glass Rivers" topped the charts, cancelled.')?.text).toBe(
			'Glass Rivers',
		);
	});

	it('reads a title in quotation marks given later in the clause, and a name after "The" opening the sentence', () => {
		const campaign =
			'They credited a campaign launched in 2023 called "Say It at the Table," which asks people to talk.';
		expect(nameGiven('campaign', campaign)?.text).toBe('Say It at the Table');
		expect(nameGiven('painting', 'The oil painting, titled "Winter on the Leie," shows skaters.')?.text).toBe(
			'Winter on the Leie',
		);
		expect(nameGiven('ship', 'The hospital ship Santa Lucia Mercy docked on Monday.')?.text).toBe('Santa Lucia Mercy');
		const { shortAnswer } = floodReport(
			'The oil painting, titled "Winter on the Leie," shows skaters on a frozen river.',
		);
		expect(shortAnswer('whats the painting called', 'Winter').phrase.text).toBe('Winter on the Leie');
	});

	it('reads no name in a speaker or a day after the thing', () => {
		expect(nameGiven('company', 'In a statement, the company Novatek said output fell.')?.text).toBeUndefined();
		expect(nameGiven('newspaper', 'She told the newspaper Monday that she would stay.')?.text).toBeUndefined();
	});

	it('reads the name given a synonym of the thing in a short answer ("fishing boat" of "fishing vessel")', () => {
		const { shortAnswer } = floodReport(
			'Passengers were taken off by a chartered fishing vessel, the Marta Jo, whose skipper heard the call.',
		);
		expect(shortAnswer('whats the name of the fishing boat that came to help', 'Marta Jo').phrase.text).toBe(
			'Marta Jo',
		);
	});
});
