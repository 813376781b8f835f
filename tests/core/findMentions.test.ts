import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/core/findMentions.ts';
import { floodReport } from './floodReport.ts';

const texts = (sentence: string, type: string) =>
	findMentions(sentence)
		.filter((m) => m.type === type)
		.map((m) => m.text);

describe('findMentions', () => {
	it('takes no pronoun after an opening word for a name ("When I started", "If We win")', () => {
		expect(texts('"When I started in 1997 we were few," said director Lucia Ferrandi.', 'name')).toEqual([
			'Lucia Ferrandi',
		]);
		expect(texts('If We lose this, said Mara Holt, we close.', 'name')).toEqual(['Mara Holt']);
		expect(texts('When Lucia Ferrandi started, few came.', 'name')).toEqual(['Lucia Ferrandi']);
		const founders = floodReport(
			'"When I started in 1997 we would celebrate 200 nests," said project director Lucia Ferrandi, who founded the group with three friends.',
		);
		expect(
			founders.shortAnswer('who were the three friends ferrandi founded the group with', 'I').phrase.text,
		).not.toBe('I');
	});

	it('keeps "no" of "no more than" with its figure, which turns a floor into a ceiling', () => {
		expect(texts('Growth of no more than 4 percent is expected.', 'number')).toEqual(['no more than 4 percent']);
		expect(texts('No fewer than 12 boats took part.', 'number')).toEqual(['No fewer than 12']);
		expect(texts('More than 12 boats took part.', 'number')).toEqual(['More than 12']);
	});
	it('keeps how closely a time or figure is told with it ("shortly after 7:30 p.m.", "roughly $520 million")', () => {
		expect(texts('The violence began shortly after 7:30 p.m. in the east wing.', 'date')).toEqual([
			'shortly after 7:30 p.m.',
		]);
		expect(texts('The blast happened at about 4:40 a.m.', 'date')).toEqual(['about 4:40 a.m.']);
		expect(texts('The cuts will save roughly $520 million.', 'number')).toEqual(['roughly $520 million']);
		expect(texts('Trading resumed at 2:05 p.m.', 'date')).toEqual(['2:05 p.m.']);
	});

	it('reads "at three in the morning" as an hour of the clock, not a count of three', () => {
		expect(texts('We need them to remember it at three in the morning.', 'number')).toEqual([]);
		expect(texts('The alarm went off at 4 in the morning, when 12 people were asleep.', 'number')).toEqual(['12']);
		expect(texts('The last bus leaves at 11 at night.', 'date')).toEqual(['at 11 at night']);
		expect(texts('Rebels killed 12 in the morning attack.', 'number')).toEqual(['12']);
		const drill = floodReport(
			'Eleven people, including two firefighters, were treated for eye irritation. "Now we need them to remember it at three in the morning," she said.',
		);
		expect(drill.shortAnswer('how many people needed treatment', 'three in the morning').phrase.typed).toBe(false);
	});

	it('reads a length of time in two units as one ("3 hours 10 minutes", "two years and five months")', () => {
		expect(texts('It will fall from 3 hours 10 minutes to 2 hours 15 minutes.', 'date')).toEqual([
			'3 hours 10 minutes',
			'2 hours 15 minutes',
		]);
		expect(texts('The record stands at two years and five months.', 'date')).toEqual(['two years and five months']);
		expect(texts('She ran it in 4 minutes 12 seconds on Friday.', 'date')).toEqual([
			'4 minutes 12 seconds',
			'on Friday',
		]);
		const trip = floodReport(
			'The trip will fall from 3 hours 10 minutes to 2 hours when trains start in December 2028.',
		);
		expect(trip.shortAnswer('when do the trains start', 'December').phrase.text).toBe('December 2028');
		const film = floodReport('The sequel suffered from a running time of 2 hours and 51 minutes, a critic said.');
		expect(film.shortAnswer('when will it be in cinemas', 'running time').phrase.typed).toBe(false);
	});

	it('reads the letters of a currency ("C$", "NZ$") as part of its sum, not as a name', () => {
		const sentence = 'The survey was paid for by a C$40,000 grant and NZ$9,000 from Kelso Trust.';
		expect(texts(sentence, 'number')).toEqual(['C$40,000', 'NZ$9,000']);
		expect(texts(sentence, 'name')).toEqual(['Kelso Trust']);
	});
	it('reads no count in a model number or in half a span of time', () => {
		expect(texts('Orbis pulled 2.5 million Halo 7 phones after 96 fires.', 'number')).toEqual(['2.5 million', '96']);
		expect(texts('It was the biggest upgrade in half a century, and half the staff moved.', 'number')).toEqual([
			'half',
		]);
	});
	it('reads a straight closing quotation mark at the end of a sentence as the end of a quotation begun before', () => {
		expect(texts('We have consulted widely, and we will not be bullied."', 'quote')).toEqual([
			'We have consulted widely, and we will not be bullied',
		]);
		expect(texts('Officials called the plan "dead."', 'quote')).toEqual(['dead.']);
	});
});

describe('findMentions of a sentence opener', () => {
	it('reads no name in a common word opening a sentence or its quotation ("Late on Thursday", "\\"National park")', () => {
		expect(texts('Late on Thursday it signed a contract with Greenlane Coaches.', 'name')).toEqual([
			'Greenlane Coaches',
		]);
		expect(texts('"National park status puts a place on the map," said Colm Reddaway.', 'name')).toEqual([
			'Colm Reddaway',
		]);
		expect(texts('"Anna Berg was right," he said.', 'name')).toEqual(['Anna Berg']);
	});

	it('answers "which company got the contract" with the company, not the opening word', () => {
		const { shortAnswer } = floodReport(
			'Late on Thursday it signed an emergency contract worth 3.2 million pounds with rival operator Greenlane Coaches.',
		);
		expect(shortAnswer('which company got the emergency contract', 'contract').phrase.text).toBe('Greenlane Coaches');
	});
});

describe('findMentions of a dateline', () => {
	it('reads a dateline\'s weekday and day ("Thurs. 8 —") as a date, not a count or a name', () => {
		const dateline =
			'HALSEY BRIDGE, Brackenmoor, Thurs. 8 — The county show was cancelled after 96 millimetres of rain.';
		expect(texts(dateline, 'date')).toEqual(['Thurs. 8']);
		expect(texts(dateline, 'number')).toEqual(['96']);
		expect(texts('OSLO, Norway, Tuesday 3 — A plane landed.', 'number')).toEqual([]);
		expect(texts('On Sunday 3 people were hurt.', 'number')).toEqual(['3']);
	});
});
