import { describe, expect, it } from 'vitest';
import { possessive, TIME_UNIT } from '../../src/core/expectedMentions.ts';
import { floodReport } from './floodReport.ts';

describe('possessive', () => {
	const byExpression = (q: string, w: string) =>
		new RegExp(`\\b${w.replace(/[^\p{L}\p{N}]/gu, '')}['’]s\\b`, 'iu').test(q);

	it('reads a word asked as a possessive', () => {
		expect(possessive("Who is Trump's wife?", 'trump')).toBe(true);
		expect(possessive('what is trump’s plan', 'Trump')).toBe(true);
		expect(possessive('Trumps wife', 'trump')).toBe(false);
		expect(possessive("Trump'sx", 'trump')).toBe(false);
	});

	it('reads as the regular expression it stands for would, ASCII or not', () => {
		const questions = ["x_trump's", "O'Neill's dog", "the 3's team", "Ørsted's CEO", 'who is ørsted’s boss', "trump'S"];
		for (const q of questions)
			for (const w of ['trump', "O'Neill", 'Neill', '3', 'ørsted', 's'])
				expect(possessive(q, w)).toBe(byExpression(q, w));
	});
});

describe('TIME_UNIT', () => {
	it('reads seasons as a unit of time, but not a season ticket or pass', () => {
		expect(TIME_UNIT.test('six seasons')).toBe(true);
		expect(TIME_UNIT.test('three days')).toBe(true);
		expect(TIME_UNIT.test('12,000 season tickets')).toBe(false);
		expect(TIME_UNIT.test('a season pass')).toBe(false);
	});
});

describe('a length of time something moved by, for "when"', () => {
	const { shortAnswer } = floodReport(
		'The opening of the Line 4 tram has been pushed back by at least four months after repeated faults in its signalling system. It will now open no earlier than November.',
	);

	it('is no answer to "when will it open" ("pushed back by at least four months after faults")', () => {
		expect(shortAnswer('when will line 4 open', 'pushed back').phrase.text).not.toBe('at least four months');
		expect(shortAnswer('when will line 4 open', 'no earlier than').phrase.text).toBe('November');
	});

	it('still answers "how long was it pushed back"', () => {
		expect(shortAnswer('how long was the opening pushed back', 'pushed back').phrase.text).toBe('at least four months');
	});
});

describe('a name asked as someone\'s owner, for "who"', () => {
	const { shortAnswer } = floodReport(
		'Marta Quell, 31, said she had complained to her landlord, Desmond Vail, nine times. Rhys Quell, her brother, agreed.',
	);

	it('is not whom they had: "Marta Quell" does not answer "who was marta\'s landlord"', () => {
		expect(shortAnswer("who was marta's landlord", 'complained').phrase.text).toBe('Desmond Vail');
	});

	it('may share a surname with them: "Rhys Quell" answers "who is quell\'s brother"', () => {
		expect(shortAnswer("who is quell's brother", 'Rhys').phrase.text).toBe('Rhys Quell');
	});
});

describe('the thing asked of, named, for "where"', () => {
	const { shortAnswer } = floodReport(
		'The American Red Cross opened a shelter at the First Methodist Church, where 86 people spent Wednesday night. ' +
			'A cheese from Pellow was named supreme champion at the International Cheese Fair in Harrowgate Spa.',
	);

	it('is not where it was: "where did the red cross set up a shelter" is answered by the church', () => {
		expect(shortAnswer('where did the red cross set up a shelter', 'shelter').phrase.text).toBe(
			'First Methodist Church',
		);
		expect(shortAnswer('where was the cheese fair held', 'champion').phrase.text).toBe('Harrowgate Spa');
	});
});
