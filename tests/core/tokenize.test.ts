import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { compoundParts, normaliseWord, STOPWORDS, stem, tokenize } from '../../src/core/tokenize.ts';
import { parseReport } from '../../src/reports/parseReport.ts';

describe('stem', () => {
	it('folds irregular past forms and plurals into their base word', () => {
		for (const [form, base] of [
			['grew', 'grow'],
			['grown', 'growing'],
			['wrote', 'writes'],
			['written', 'writing'],
			['won', 'win'],
			['children', 'child'],
			['women', 'woman'],
			['fought', 'fighting'],
			['overpaid', 'overpay'],
			['outgrew', 'outgrow'],
			['withheld', 'withhold'],
		])
			expect(stem(form ?? '')).toBe(stem(base ?? ''));
	});

	it('folds the forms of a three-letter word into it, which the stemmer cuts shorter than the word', () => {
		for (const [form, base] of [
			['died', 'die'],
			['dies', 'die'],
			['dying', 'die'],
			['tied', 'tie'],
			['tried', 'try'],
			['tries', 'try'],
			['used', 'use'],
			['using', 'use'],
			['sued', 'sue'],
			['days', 'day'],
			['keys', 'key'],
			['bought', 'buy'],
			['buying', 'buy'],
			['paid', 'pay'],
			['said', 'say'],
			['says', 'say'],
		])
			expect(stem(form ?? ''), form).toBe(stem(base ?? ''));
		expect(stem('us')).not.toBe(stem('use'));
		expect(stem('eying')).toBe(stem('eye'));
		expect(stem('Lai'.toLowerCase())).not.toBe(stem('laid'));
		expect(stem('Dai'.toLowerCase())).not.toBe(stem('days'));
		expect(stem('need')).toBe('need');
		expect(stem('bring')).toBe('bring');
	});

	it('leaves forms that are also other common words as the stemmer has them, "founded" apart from "found"', () => {
		expect(stem('found')).toBe('found');
		expect(stem('founded')).not.toBe(stem('found'));
		expect(stem('founding')).toBe(stem('founded'));
		expect(stem('left')).toBe('left');
		expect(stem('rose')).toBe('rose');
	});
});

describe('normaliseWord', () => {
	it('reads chat shorthand as the word it stands for ("tix", "yrs", "uni", "compo")', () => {
		expect(['tix', 'yrs', 'uni', 'compo', 'hrs'].map(normaliseWord)).toEqual([
			'tickets',
			'years',
			'university',
			'compensation',
			'hours',
		]);
		expect(['cops', 'info', 'gonna'].map(normaliseWord)).toEqual(['police', 'information', 'going']);
		expect(['pts', 'trys', 'pct', 'mgr', 'grandkids'].map(normaliseWord)).toEqual([
			'points',
			'tries',
			'percent',
			'manager',
			'grandchildren',
		]);
		expect(['mens', 'womens', 'childrens'].map(normaliseWord)).toEqual(['men', 'women', 'children']);
		expect(['sigs', 'rehab', 'evac', 'devs'].map(normaliseWord)).toEqual([
			'signatures',
			'rehabilitation',
			'evacuation',
			'developers',
		]);
		expect(['lab', 'labs', 'prelim', 'admin'].map(normaliseWord)).toEqual([
			'laboratory',
			'laboratories',
			'preliminary',
			'administrative',
		]);
		expect(['op', 'ops', 'recs'].map(normaliseWord)).toEqual(['operation', 'operations', 'recommendations']);
		expect(['cams', 'pics'].map(normaliseWord)).toEqual(['cameras', 'pictures']);
		expect(['postie', 'posties'].map(normaliseWord)).toEqual(['postman', 'postmen']);
		expect(['refurb', 'execs', 'biz'].map(normaliseWord)).toEqual(['refurbishment', 'executives', 'business']);
		expect(['hq', 'temp', 'temps'].map(normaliseWord)).toEqual(['headquarters', 'temperature', 'temperatures']);
		expect(['demo', 'ref', 'goalie', 'grandma', 'moms'].map(normaliseWord)).toEqual([
			'demonstration',
			'referee',
			'goalkeeper',
			'grandmother',
			'mothers',
		]);
		expect(['yr', 'thru', 'tmrw', 'champs', 'approx', 'govts'].map(normaliseWord)).toEqual([
			'year',
			'through',
			'tomorrow',
			'champions',
			'approximately',
			'governments',
		]);
		// Short forms of months, days and units, as datelines and chat write them.
		expect(['Sept', 'Nov', 'Thurs', 'km', 'kg', 'lbs'].map(normaliseWord)).toEqual([
			'september',
			'november',
			'thursday',
			'kilometres',
			'kilograms',
			'pounds',
		]);
		expect(['2nd', '3rd', '10th', '19th'].map(normaliseWord)).toEqual(['second', 'third', 'tenth', '19th']);
	});

	it('keeps the month "May" as a word, where the modal "may" is a stopword', () => {
		expect(normaliseWord('May')).not.toBe(normaliseWord('may'));
		expect(STOPWORDS.has(normaliseWord('may'))).toBe(true);
		expect(STOPWORDS.has(normaliseWord('May'))).toBe(false);
	});

	it('takes "anybody" and "anything" for stopwords, as "anyone" is ("was anybody hurt")', () => {
		expect(['anyone', 'anybody', 'anything'].filter((word) => STOPWORDS.has(word))).toEqual([
			'anyone',
			'anybody',
			'anything',
		]);
		expect(tokenize('was anybody hurt').map((t) => t.word)).toEqual(['was', 'anybody', 'hurt']);
	});

	it('writes a decade in four digits however it is written ("1960\'s", "70\'s", "80s")', () => {
		expect(normaliseWord("1960's")).toBe('1960s');
		expect(normaliseWord("70's")).toBe('1970s');
		expect(normaliseWord('80s')).toBe('1980s');
		expect(normaliseWord('10s')).toBe('2010s');
		expect(normaliseWord("Carter's")).toBe('carter');
		expect(normaliseWord('75s')).toBe('75s');
	});
});

describe('compoundParts', () => {
	it('indexes the word after a prefix and the parts of a number compound, not names joined by a hyphen', () => {
		expect(compoundParts('re-elected')).toEqual([stem('elected')]);
		expect(compoundParts('co-founder')).toEqual([stem('founder')]);
		expect(compoundParts('30-day')).toEqual(['30', stem('day')]);
		expect(compoundParts('trump-putin')).toEqual([]);
		expect(compoundParts('re-do')).toEqual([]);
	});
});

describe('a question in the present asked of a report in the past', () => {
	const parsed = parseReport(
		'harbour-painter',
		[
			'Ines Varga is a painter of harbours. She was born in Split in 1961.',
			'Varga grew up in Rijeka, where her father ran a ferry. She wrote two books on boats and won a prize in Oslo.',
		].join('\n\n'),
	);
	if (!parsed.ok) throw new Error(parsed.problem);
	const desk = createFactdesk([parsed.report], {});

	it('finds the sentence by its irregular verb', () => {
		expect(desk.ask('Where did Varga grow up?').sources[0]?.quote).toContain('grew up in Rijeka');
		expect(desk.ask('What prize did Varga win?').sources[0]?.quote).toContain('won a prize');
	});
});

describe('a question asked in the base of a three-letter verb', () => {
	const parsed = parseReport(
		'retired-sculptor',
		[
			'Mara Lind was a sculptor of bronze horses. She opened a studio in Malmo in 1970 and taught there for years.',
			'"A horse should look like it could walk away," she said of her work.',
			'Lind once said she hoped to die in Malmo, beside her horses.',
			'Lind died on Tuesday at a hospice in Lund. She bought her first furnace in 1968 with prize money.',
		].join('\n\n'),
	);
	if (!parsed.ok) throw new Error(parsed.problem);
	const desk = createFactdesk([parsed.report], {});

	it('finds the sentence that writes its past form', () => {
		const died = desk.ask('Where did Lind die?');
		expect(died.sources[0]?.quote).toContain('died on Tuesday');
		expect(died.answer).toContain('Lund');
		expect(desk.ask('When did Lind buy her first furnace?').answer).toContain('1968');
		expect(desk.ask('What did she say of her work?').sources[0]?.quote).toContain('walk away');
	});
});

describe('tokenize, its remembered word forms', () => {
	it('gives every word the form and stem normaliseWord and stem give, before and after the memo is emptied', () => {
		const text = 'Zelenskyy’s drones may fly again in May: 1,200 of them, the re-elected mayor said.';
		const expected = (text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []).map((surface) => {
			const word = normaliseWord(surface);
			return { word, stem: stem(word) };
		});
		const forms = () => tokenize(text).map(({ word, stem }) => ({ word, stem }));
		expect(forms()).toEqual(expected);
		// More distinct words than the memo keeps (WORD_FORMS_KEPT, 50,000): it is emptied on the way.
		for (let i = 0; i < 60_000; i++) tokenize(`word${i}x`);
		expect(forms()).toEqual(expected);
		expect(forms()).toEqual(expected);
		expect(tokenize('launches').map((t) => t.stem)).toEqual([stem('launches')]);
	});
});

describe("tokenize, a letter's ampersand", () => {
	it('keeps "A&E" and "R&D" one word, and an ampersand between words or longer parts apart', () => {
		expect(tokenize('Queues at A&E grew, and R&D spending fell.').map((t) => t.word)).toEqual([
			'queues',
			'at',
			'a&e',
			'grew',
			'and',
			'r&d',
			'spending',
			'fell',
		]);
		expect(tokenize('Tom & Jerry, rock&roll, AT&T').map((t) => t.word)).toEqual([
			'tom',
			'jerry',
			'rock',
			'roll',
			'at',
			't',
		]);
	});
});
