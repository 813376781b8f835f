import { describe, expect, it } from 'vitest';
import type { AnswerPhrase } from '../../src/core/pickAnswerPhrase.ts';
import { wholeRange } from '../../src/core/wholeRange.ts';
import { floodReport } from './floodReport.ts';

const widened = (sentence: string, figure: string) => {
	const start = sentence.indexOf(figure);
	const phrase: AnswerPhrase = { text: figure, start, end: start + figure.length, typed: true };
	const range = wholeRange(sentence, phrase);
	expect(sentence.slice(range.start, range.end)).toBe(range.text);
	return range.text;
};

describe('wholeRange', () => {
	it('widens one end of a range to the whole range the sentence gives', () => {
		const forecast = 'It kept its forecast for sales growth of 4 to 6 percent but cut its profit outlook.';
		expect(widened(forecast, '4')).toBe('4 to 6 percent');
		expect(widened(forecast, '6 percent')).toBe('4 to 6 percent');
		const worth = 'It could be worth between 20 million and 60 million dollars, experts said.';
		expect(widened(worth, '20 million')).toBe('between 20 million and 60 million dollars');
		expect(widened('Krafla last erupted between 1975 and 1984, known as the Fires.', '1975')).toBe(
			'between 1975 and 1984',
		);
	});

	it('leaves a change, a vote, a score and two figures joined by "and" as they are', () => {
		expect(widened('Revenue rose from 4 to 6 percent.', '6 percent')).toBe('6 percent');
		expect(widened('The season ticket goes up £248 to £5,640 a year.', '£5,640')).toBe('£5,640');
		expect(widened('Shares rose 9 percent to $3,180.', '$3,180')).toBe('$3,180');
		expect(widened('The board voted 5 to 2 for the ban.', '2')).toBe('2');
		expect(widened('They won 3-1 on Sunday.', '3-1')).toBe('3-1');
		expect(widened('It sold 12 cars and 40 vans.', '12 cars')).toBe('12 cars');
	});

	it('answers "how long" with the whole range', () => {
		const { shortAnswer } = floodReport('Green turtles in Orvik can breed only after 25 to 30 years.');
		expect(shortAnswer('how long till green turtles can breed', 'turtles').phrase.text).toBe('25 to 30 years');
	});

	it('widens a range written in words ("between six and nine months", "six to 24 hours")', () => {
		const sentence = 'The inquiry could take between six and nine months, and symptoms appear six to 24 hours later.';
		const at = (text: string) => {
			const start = sentence.indexOf(text);
			return { text, start, end: start + text.length, typed: true };
		};
		expect(wholeRange(sentence, at('nine months')).text).toBe('between six and nine months');
		expect(wholeRange(sentence, at('24 hours')).text).toBe('six to 24 hours');
	});

	it('reads "ranging from … to …" as a range, and gives one end for "the priciest" or "the cheapest"', () => {
		const sentence = 'Seats sold out, with prices ranging from 40 euros to 900 euros, the club said.';
		const at = (text: string, question?: string) => {
			const start = sentence.indexOf(text);
			return wholeRange(sentence, { text, start, end: start + text.length, typed: true }, question).text;
		};
		expect(at('40 euros')).toBe('from 40 euros to 900 euros');
		expect(at('40 euros', 'how much were the most expensive seats')).toBe('900 euros');
		expect(at('900 euros', 'what did the cheapest seats cost')).toBe('40 euros');
		expect(at('900 euros', 'what was the highest price')).toBe('900 euros');
		expect(at('40 euros', 'what was the lowest price')).toBe('40 euros');
		const forecast = 'It kept its forecast for sales growth of 4 to 6 percent.';
		const start = forecast.indexOf('4');
		const four = { text: '4', start, end: start + 1, typed: true };
		expect(wholeRange(forecast, four, 'what is the highest growth forecast').text).toBe('6 percent');
		expect(wholeRange('Revenue rose from 4 to 6 percent.', { text: '4', start: 18, end: 19, typed: true }).text).toBe(
			'4',
		);
	});
});
