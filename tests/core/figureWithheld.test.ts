import { describe, expect, it } from 'vitest';
import { asksFigure, asksPrice, figureWithheld } from '../../src/core/figureWithheld.ts';
import { floodReport } from './floodReport.ts';

describe('figureWithheld', () => {
	it('reads sentences that withhold their figure', () => {
		expect(figureWithheld('It lowered its forecast for growth, without giving a new figure.')).toBe(true);
		expect(figureWithheld('She said that rate was lower but did not give the earlier figure.')).toBe(true);
		expect(figureWithheld('It cut its revenue forecast without saying by how much.')).toBe(true);
		expect(figureWithheld('It bought the skeleton for an undisclosed sum.')).toBe(true);
		expect(figureWithheld('It cut its revenue forecast to 1.2 billion euros.')).toBe(false);
	});

	it('takes a name, an identity or a place withheld for no figure withheld', () => {
		expect(
			figureWithheld('It sold for more than 31 million dollars to a buyer whose identity was not disclosed.'),
		).toBe(false);
		expect(figureWithheld('The painting was taken to an undisclosed location for 2 million euros.')).toBe(false);
		expect(figureWithheld('A buyer whose identity was not disclosed paid an undisclosed sum.')).toBe(true);
	});
});

describe('asksFigure', () => {
	it('tells questions for a figure from others', () => {
		expect(asksFigure("what's the central bank's new gdp growth forecast for this year")).toBe(true);
		expect(asksFigure('What is the cash reserve ratio for banks?')).toBe(true);
		expect(asksFigure('by how much did they lower it')).toBe(true);
		expect(asksFigure("What were Velocita's sales in the quarter?")).toBe(true);
		expect(asksFigure('what was turnout this time')).toBe(true);
		expect(asksFigure('What are the energy levels of atoms considered?')).toBe(false);
		expect(asksFigure('What did the bank say?')).toBe(false);
	});
});

describe('asksPrice', () => {
	it('tells questions for a price', () => {
		expect(asksPrice('whats a ticket cost')).toBe(true);
		expect(asksPrice('What is the price of a ride?')).toBe(true);
		expect(asksPrice('what did the strike cost the city')).toBe(true);
		expect(asksPrice('What did the ticket say?')).toBe(false);
		expect(asksPrice('whats alvera raising its prices by')).toBe(false);
	});
});

describe('a figure question of a sentence that gives none', () => {
	const { context, shortAnswer } = floodReport(
		[
			'Bank raises rates',
			'The bank kept the cash reserve ratio for commercial banks unchanged.',
			'It also lowered its forecast for economic growth this year, without giving a new figure.',
			'It set the cash reserve ratio at 4.25 percent in June.',
			'A record 41,200 spectators attended, counting complimentary tickets.',
			'From Monday a single ticket will cost 45 cents.',
		].join('\n\n'),
	);

	it('gives it the fit missingFigureFit, and a sentence with the figure full fit', () => {
		const { missingFigureFit } = context.options;
		expect(shortAnswer('what is the cash reserve ratio for banks', 'unchanged').fit).toBe(missingFigureFit);
		expect(shortAnswer("what's the bank's new growth forecast", 'without giving').fit).toBe(missingFigureFit);
		expect(shortAnswer('what is the cash reserve ratio for banks', '4.25 percent').fit).toBe(1);
		expect(shortAnswer('whats a ticket cost', '41,200 spectators').fit).toBe(missingFigureFit);
		expect(shortAnswer('whats a ticket cost', '45 cents').fit).toBe(1);
	});
});
