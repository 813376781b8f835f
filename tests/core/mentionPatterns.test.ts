import { describe, expect, it, test } from 'vitest';
import { findMentions, isTitleCase } from '../../src/core/findMentions.ts';
import { DATE, DATE_HINT, NATIONALITY } from '../../src/core/mentionPatterns.ts';
import { floodReport } from './floodReport.ts';
import { loadFixtureReports } from './loadFixtureReports.ts';

const examples = [
	'on Sunday',
	'last night',
	'the weekend',
	'early March 2022',
	'Sept. 4',
	'the 19th century',
	'the late eighteenth century',
	'the 1990s',
	'in 850',
	'a 30-day truce',
	'100 BC',
	'overnight',
	'tomorrow',
	'next year',
	'MAY 1',
	'next spring',
	'in the summer of 1990',
	'a nine-day walkout',
	'shortly after midnight',
	'this morning',
	'at 9:30 p.m.',
];

test('every sentence DATE finds a date in passes DATE_HINT, so skipping the others changes nothing', () => {
	const texts = [...examples, ...loadFixtureReports().flatMap((r) => r.paragraphs)];
	let dated = 0;
	for (const text of texts)
		for (const m of text.matchAll(DATE))
			if (m[0].trim()) {
				dated++;
				expect(DATE_HINT.test(m[0]), m[0]).toBe(true);
			}
	expect(dated).toBeGreaterThan(examples.length);
	expect(DATE_HINT.test('The river runs through the city.')).toBe(false);
});

test('DATE reads seasons with a word that places them in time, and durations in words', () => {
	const dates = (text: string) => [...text.matchAll(DATE)].map((m) => m[0].trim()).filter(Boolean);
	expect(dates('Cranes arrive next spring.')).toEqual(['next spring']);
	expect(dates('It froze in late winter.')).toEqual(['in late winter']);
	expect(dates('A nine-day walkout ended it.')).toEqual(['nine-day']);
	expect(dates('The hot spring is warm.')).toEqual([]);
	expect(dates('The fort was built in 473 BC and taken by 316 BC.')).toEqual(['in 473 BC', 'by 316 BC']);
	expect(dates('He conceded shortly after midnight and slept until noon.')).toEqual([
		'shortly after midnight',
		'until noon',
	]);
	expect(dates('They met this morning at 9:30 p.m. sharp.')).toEqual(['this morning', '9:30 p.m.']);
	// "today's Germany" is the present-day one, no time; "yesterday's vote" took place yesterday.
	expect(dates("Since today's Germany was formed from many states, it is federal.")).toEqual([]);
	expect(dates('The party lost yesterday’s vote and will vote again today.')).toEqual(['yesterday', 'today']);
	// No duration cut out of a bigger figure: "000 hours" of "2,000 hours", "5 hours" of "2.5 hours".
	expect(dates('A pilot with more than 2,000 hours of flying, 2.5 hours in the air and a 12-hour shift.')).toEqual([
		'12-hour',
	]);
});

test('DATE reads a century written in words as it reads one in figures', () => {
	const dates = (text: string) => [...text.matchAll(DATE)].map((m) => m[0].trim()).filter(Boolean);
	expect(dates('The fifteenth century also sees the first evidence of regalia.')).toEqual(['The fifteenth century']);
	expect(dates('It was rebuilt in the late eighteenth century.')).toEqual(['the late eighteenth century']);
	expect(dates('The town grew for a century and a half.')).toEqual([]);
});

test('findMentions takes "degrees Celsius" for a unit, not a name, and "Anders Celsius" for a name', () => {
	const names = (text: string) =>
		findMentions(text)
			.filter((m) => m.type === 'name')
			.map((m) => m.text);
	expect(names('Temperatures near Pelarini reached 46.3 degrees Celsius.')).toEqual(['Pelarini']);
	expect(names('It was 98 degrees Fahrenheit in Dallas.')).toEqual(['Dallas']);
	expect(names('Anders Celsius proposed the scale in 1742.')).toEqual(['Anders Celsius']);
});

test('DATE reads a match minute as when something happened in it', () => {
	const dates = (text: string) => [...text.matchAll(DATE)].map((m) => m[0].trim()).filter(Boolean);
	expect(dates('Aasvang headed in the opener in the 18th minute.')).toEqual(['in the 18th minute']);
	expect(dates('Okafor scored an 87th-minute winner.')).toEqual(['87th-minute']);
	expect(dates('He was 12th in the minute-long sprint.')).toEqual([]);
});

test('findMentions reads a time before the present as a date whose figure is also a count of years', () => {
	const kinds = (text: string) => findMentions(text).map((m) => `${m.type}:${m.text}`);
	expect(kinds('The lake formed about 40 million years ago.')).toEqual([
		'date:about 40 million years ago',
		'number:about 40 million',
	]);
	expect(kinds('Farming reached the coast by 6,200 BP and the hills by 5800 yr BP.')).toEqual([
		'date:6,200 BP',
		'number:6,200',
		'date:5800 yr BP',
		'number:5800',
	]);
	expect(kinds('The first reptiles spread about 310 Mya.')).toEqual(['date:about 310 Mya', 'number:about 310']);
	expect(kinds('The row began more than two years ago and a vote came three weeks ago.')).toEqual([
		'date:more than two years ago',
		'date:three weeks ago',
	]);
});

/** The mentions of one type findMentions finds in `text`, as written. */
const mentionTexts = (text: string, type: 'date' | 'number') =>
	findMentions(text)
		.filter((m) => m.type === type)
		.map((m) => m.text);

/** The dates findMentions finds in `text`, as written. */
const dates = (text: string) => mentionTexts(text, 'date');

test('findMentions reads a month alone in lowercase as the word it is ("may", "march"), with a day or capital as a date', () => {
	expect(dates('The council may borrow money, and crews march on.')).toEqual([]);
	expect(dates('The council met in May and again on March 3.')).toEqual(['May', 'March 3']);
	expect(dates('It closed on may 4.')).toEqual(['may 4']);
});

test('findMentions reads a month\'s abbreviation as a date only with its full stop or a day ("Jan. 5", "Sept 2023")', () => {
	expect(dates('"We kept digging," said Jan Krzeptowski, and Dec Ryan agreed.')).toEqual([]);
	expect(dates('The prize went to Jan.')).toEqual([]);
	expect(dates('The match ended at 3.52pm, after a 10:40 a.m. start.')).toEqual(['3.52pm', '10:40 a.m.']);
	expect(dates('It costs £25.99pm, or 2.5pm a day.')).toEqual([]);
	expect(dates('It is due in Oct, 2024, and the Jan–Mar figures are weak.')).toEqual(['Oct, 2024', 'Jan']);
	expect(dates('It opened on Jan. 5, 2024, and again Sept 2023 and Oct 3.')).toEqual([
		'Jan. 5, 2024',
		'Sept 2023',
		'Oct 3',
	]);
});

describe('NAME', () => {
	it('keeps names joined by "&" whole ("Carver & Lowe", "AT&T"), and two names joined by "and" apart', () => {
		const names = (text: string) =>
			findMentions(text)
				.filter((m) => m.type === 'name')
				.map((m) => m.text);
		expect(names('The law firm Carver & Lowe and AT&T shares fell.')).toEqual(['Carver & Lowe', 'AT&T']);
		expect(names('Putin and Zelensky spoke.')).toEqual(['Putin', 'Zelensky']);
	});
});

describe('sentence openers', () => {
	it('takes no particle of names alone ("De architectura") for a name, and keeps the names it begins', () => {
		const names = (text: string) =>
			findMentions(text)
				.filter((m) => m.type === 'name')
				.map((m) => m.text);
		expect(names('The oldest work is De architectura, by the architect Vitruvius.')).toEqual(['Vitruvius']);
		expect(names('The actor Robert De Niro met La Scala staff.')).toEqual(['Robert De Niro', 'La Scala']);
	});

	it('takes no opening word such as "More" or "Dozens" for a name, at the start or after a dateline', () => {
		const names = (sentence: string) =>
			findMentions(sentence)
				.filter((m) => m.type === 'name')
				.map((m) => m.text);
		expect(names('More than 16,000 teachers went on strike in Manitoba.')).toEqual(['Manitoba']);
		expect(names('WINNIPEG, Manitoba — More than 16,000 teachers went on strike.')).toEqual(['WINNIPEG', 'Manitoba']);
		expect(names('Dozens of homes were buried.')).toEqual([]);
		expect(names('SANTIAGO, Chile - Eleven construction workers were injured.')).toEqual(['SANTIAGO', 'Chile']);
		expect(names('Fourteen cyclists were hurt in Verona.')).toEqual(['Verona']);
		expect(names('Moreno won the vote.')).toEqual(['Moreno']);
		expect(names('Foreign minister says beef deals drove the decision')).toEqual([]);
		expect(names('Local officials said 12 homes were lost.')).toEqual([]);
		expect(names('Smith said the plan was sound.')).toEqual(['Smith']);
		expect(names('Under Spanish law, a meteorite belongs to the owner of the land.')).toEqual(['Spanish']);
		expect(names('Throughout the 1820s, settlers arrived from New England.')).toEqual(['New England']);
		expect(names("The final was held at London's O2 Arena, and the G7 met in Rome.")).toEqual([
			"London's O2 Arena",
			'G7',
			'Rome',
		]);
		expect(names('A Boeing 737 landed.')).toEqual(['Boeing']);
		expect(names('OULU, Finland (AP) — Rescuers on Sunday reached the last two climbers.')).toEqual([
			'OULU',
			'Finland',
			'AP',
		]);
		expect(names('Protesters marched in Lyon.')).toEqual(['Lyon']);
		expect(names('Sanders won the vote.')).toEqual(['Sanders']);
		expect(names('Jobs returned to Apple in 1997.')).toEqual(['Jobs', 'Apple']);
		expect(names('Gunmen opened fire on a bus in Lagos.')).toEqual(['Lagos']);
	});

	it('takes no pronoun with its verb ("It\'s", "We\'ll") for a name, and keeps a name\'s own', () => {
		const names = (sentence: string) =>
			findMentions(sentence)
				.filter((m) => m.type === 'name')
				.map((m) => m.text);
		expect(names('"It\'s a useful piece, but We\'ll see," Professor Mackay said.')).toEqual(['Professor Mackay']);
		expect(names("O'Neill's team and Mackay's lab agreed.")).toEqual(["O'Neill", 'Mackay']);
		expect(names("They're Manchester United fans.")).toEqual(['Manchester United']);
	});
});

describe('quotations', () => {
	const quotes = (text: string) =>
		findMentions(text)
			.filter((m) => m.type === 'quote')
			.map((m) => m.text);

	it('reads the end of a quotation begun in the sentence before, straight or curly, then the next one', () => {
		expect(quotes('We are on our way,” said Stephen Altemus.')).toEqual(['We are on our way']);
		expect(quotes('The water is still rising," Ivers told reporters, "and more will come."')).toEqual([
			'The water is still rising',
			'and more will come.',
		]);
	});

	it('takes no closing mark for one without a speech verb after it', () => {
		expect(quotes('He said "we won" and left.')).toEqual(['we won']);
		expect(quotes('It was, in a word, "historic," he said.')).toEqual(['historic,']);
	});
});

describe('title-case headlines', () => {
	it('names nothing by the capitals of a headline in title case, and reads its figures', () => {
		const mentions = findMentions('Freight Train Derails in Ohio, Forcing Evacuation of 2,000 Residents');
		expect(mentions.map((m) => [m.type, m.text])).toEqual([['number', '2,000']]);
		expect(isTitleCase('NATO Meets in Brussels on May 4')).toBe(false);
		expect(isTitleCase('Thieves Steal Crown Jewels From Dresden Museum.')).toBe(false);
	});
});

describe('vague numbers', () => {
	it('reads "tens of thousands" as one number', () => {
		const numbers = findMentions('Tens of thousands of people marched.').filter((m) => m.type === 'number');
		expect(numbers.map((m) => [m.text, m.value])).toEqual([['Tens of thousands', 20000]]);
	});
});

describe('scales after a hyphen', () => {
	it('reads "$1.3-billion" and "500-million-euro" by their scale, not "20-millionth"', () => {
		const numbers = findMentions('A $1.3-billion factory, a 500-million-euro plant and a 20-millionth visitor.').filter(
			(m) => m.type === 'number',
		);
		expect(numbers.map((m) => [m.text, m.value])).toEqual([
			['$1.3-billion', 1.3e9],
			['500-million', 5e8],
			['20', 20],
		]);
	});
});

describe('sums written short', () => {
	it('reads "$2.4m", "£1.2bn" and "€500k" by their scale, and "10m" with no currency sign as no sum', () => {
		const numbers = findMentions('Trust puts $2.4m and £1.2bn into a 10m wall, and €500k more.').filter(
			(m) => m.type === 'number',
		);
		expect(numbers.map((m) => [m.text, m.value])).toEqual([
			['$2.4m', 2.4e6],
			['£1.2bn', 1.2e9],
			['10', 10],
			['€500k', 5e5],
		]);
	});
});

describe('NATIONALITY', () => {
	it("reads the words for a nation's people, not countries or people whose names end alike", () => {
		for (const word of [
			'Ukrainian',
			'English',
			'Chinese',
			'American',
			'German',
			'Israeli',
			'French',
			'US',
			'Argentine',
		])
			expect(NATIONALITY.test(word), word).toBe(true);
		for (const word of [
			'Azerbaijan',
			'Pakistan',
			'Japan',
			'Mali',
			'Rossi',
			'Ali',
			'Brian',
			'Morgan',
			'Jordan',
			'Argentina',
		])
			expect(NATIONALITY.test(word), word).toBe(false);
	});
});

test('findMentions reads no number in "no one", and one in "one of the guards"', () => {
	const numbers = (text: string) =>
		findMentions(text)
			.filter((m) => m.type === 'number')
			.map((m) => m.text);
	expect(numbers('Police said no one was arrested.')).toEqual([]);
	expect(numbers('No one was hurt, but one of the guards was arrested.')).toEqual(['one']);
	expect(numbers('We are measuring one that is falling apart, and this one too.')).toEqual([]);
});

test('findMentions reads no name in a pronoun or a plural noun opening a sentence ("My coach", "Hospitals")', () => {
	const names = (text: string) =>
		findMentions(text)
			.filter((m) => m.type === 'name')
			.map((m) => m.text);
	expect(names('My coach told me on the radio, Quintero said.')).toEqual(['Quintero']);
	expect(names('Hospitals in western Kenya have run out, Officials said.')).toEqual(['Kenya', 'Officials']);
	expect(names('Scientists at Lund found it. Davies found it.')).toEqual(['Lund', 'Davies']);
	expect(names('Davies found it.')).toEqual(['Davies']);
	expect(names('Tests on the body, found in Aarhus, were slow.')).toEqual(['Aarhus']);
	expect(names('Results came from Aarhus.')).toEqual(['Aarhus']);
	expect(names('Reports from Aarhus vary.')).toEqual(['Aarhus']);
	expect(names('Lost silent film found in Argentine attic')).toEqual(['Argentine']);
	expect(names('All 63 stores stay open, Fiona Achterberg said.')).toEqual(['Fiona Achterberg']);
	expect(names('Official figures show a rise, Statistics Norway said.')).toEqual(['Statistics Norway']);
});

test('a where answer from a dateline gives its place, never the agency in brackets', () => {
	const { shortAnswer } = floodReport('KISUMU, Kenya (Xinhua) - Hospitals in Kenya have run out of snake antivenom.');
	expect(shortAnswer('where does kenya buy its antivenom', 'Hospitals').phrase.text).not.toBe('Xinhua');
});

describe('units written onto figures', () => {
	it('keeps "96mm" and "40kg" whole, not "10am" or "10m", and reads the place out of "Inverness-based"', () => {
		const mentions = findMentions(
			'Some 96mm of rain fell on 40kg bags at 10am, the Inverness-based firm said of its 10m loss.',
		);
		expect(mentions.filter((m) => m.type === 'number').map((m) => [m.text, m.value])).toEqual([
			['Some 96mm', 96],
			['40kg', 40],
			['10', 10],
		]);
		expect(mentions.filter((m) => m.type === 'name').map((m) => m.text)).toEqual(['Inverness']);
		const software = findMentions('The Windows-based software failed.');
		expect(software.filter((m) => m.type === 'name').map((m) => m.text)).toEqual(['Windows-based']);
	});
});

describe('qualified figures', () => {
	const mentioned = (sentence: string) => findMentions(sentence).map((m) => [m.type, m.text]);

	it('keeps a figure in words with its qualifier ("nearly half", "at least nine")', () => {
		expect(mentioned('Nearly half of the residents left.')).toEqual([['number', 'Nearly half']]);
		expect(mentioned('At least nine others were hurt.')).toEqual([['number', 'At least nine']]);
	});

	it('reads a qualified length of time in words as one date, no count of its own', () => {
		expect(mentioned('It took almost two years to confirm.')).toEqual([['date', 'almost two years']]);
	});

	it('keeps "minus" with a figure below zero, and its value negative', () => {
		const cold = findMentions('Crews worked in temperatures of minus 14 degrees Celsius.').find(
			(m) => m.type === 'number',
		);
		expect(cold).toMatchObject({ type: 'number', text: 'minus 14', value: -14 });
		expect(findMentions('It fell to nearly minus five.')[0]).toMatchObject({ text: 'nearly minus five', value: -5 });
	});
});

describe('numbers in words joined to a word before them', () => {
	it('reads no figure in "fly-half" or "scrum-half", and still reads "twenty-one" and "half of them"', () => {
		const numbers = (text: string) =>
			findMentions(text)
				.filter((m) => m.type === 'number')
				.map((m) => m.text);
		expect(numbers('Fly-half Ryo Takahara kicked a penalty and scrum-half Fraser McAllister scored.')).toEqual([]);
		expect(numbers('Twenty-one people were hurt; half of them were children.')).toEqual(['Twenty-one', 'half']);
	});
});

describe('ordinals written in digits', () => {
	it('reads no figure in "East 71st Street" or "her 104th birthday", and still reads "$40,000" and "5 people"', () => {
		const numbers = (text: string) =>
			findMentions(text)
				.filter((m) => m.type === 'number')
				.map((m) => m.text);
		expect(numbers('The gallery on East 71st Street marked her 104th birthday and its 1,200th show.')).toEqual([]);
		expect(numbers('He faces a fine of $40,000 after 5 people and 12 firms complained.')).toEqual([
			'$40,000',
			'5',
			'12',
		]);
	});
});

describe('a year inside a designation', () => {
	it('is no date ("Comet C/2024 R3"), where a year alone is', () => {
		const dates = (text: string) =>
			findMentions(text)
				.filter((m) => m.type === 'date')
				.map((m) => m.text);
		expect(dates('Comet C/2024 R3 (Hollis) was first spotted on Sept. 5, and a comet of 1998 faded.')).toEqual([
			'Sept. 5',
			'1998',
		]);
	});
});

describe('the name of a body with "and" in it', () => {
	it('is one name ("Pharmacy and Poisons Board"), where two people joined by "and" stay two', () => {
		const names = (text: string) =>
			findMentions(text)
				.filter((m) => m.type === 'name')
				.map((m) => m.text);
		expect(
			names(
				'Tests by the Pharmacy and Poisons Board and the Food and Drug Administration; Paul Nguyen and Erica Stone.',
			),
		).toEqual(['Pharmacy and Poisons Board', 'Food and Drug Administration', 'Paul Nguyen', 'Erica Stone']);
		expect(names('The Food and Allied Workers Union and the Arts and Crafts Guild met Anna Holm.')).toEqual([
			'Food and Allied Workers Union',
			'Arts and Crafts Guild',
			'Anna Holm',
		]);
	});
});

test('findMentions reads no number in the name of a technology ("3D printers", "5G masts"), and one in "3 bridges"', () => {
	const numbers = (text: string) => mentionTexts(text, 'number');
	expect(numbers('The hub has 3D printers, 5G masts and 13D glasses.')).toEqual([]);
	expect(numbers('Only four of the reference 1518 exist, and model 2499 is rarer.')).toEqual(['four']);
	expect(numbers('It took 3 bridges, 12 drones and 2.5 tonnes of steel.')).toEqual(['3', '12', '2.5']);
	const { shortAnswer } = floodReport('The school also has 3D printers and a children’s floor.');
	expect(shortAnswer('how many floors does the school have', '3D printers').phrase.text).not.toBe('3');
});

test('DATE reads no year in a designation ("reference 1518", "Flight 1549"), and the year beside it', () => {
	expect(dates('The 1943 chronograph, reference 1518, was flown on Flight 1549 to Oslo.')).toEqual(['1943']);
	expect(dates('It was made in 1518 by a model maker.')).toEqual(['1518']);
});

test('DATE reads no year in a count after "by" or "in" ("attended by 740 guests"), and a year before a verb', () => {
	expect(dates('A ceremony attended by 740 guests from 31 countries.')).toEqual([]);
	expect(dates('The bill passed by 310 votes.')).toEqual([]);
	expect(dates('It was founded in 740 as a monastery, and in 740 was rebuilt.')).toEqual(['in 740', 'in 740']);
});
