import { describe, expect, it } from 'vitest';
import { measureUnwritten } from '../../src/core/measureUnwritten.ts';
import { floodReport } from './floodReport.ts';

describe('measureUnwritten', () => {
	it('finds a measure asked by name that the sentence never writes', () => {
		expect(measureUnwritten("what's the population of ashby", 'They will lay a pipeline from Ashby by May 3.')).toBe(
			true,
		);
		expect(
			measureUnwritten('what was the temperature during the 1977 frost', 'A frost on April 21 hit 300 estates.'),
		).toBe(true);
		expect(measureUnwritten("what was raman's salary", 'Raman will keep stock awards worth $38 million.')).toBe(true);
		expect(measureUnwritten('What was Norvale’s revenue last year?', 'The company cut 900 jobs last year.')).toBe(true);
	});

	it('reads a flight number, a speed, a capacity, a score, a race time and a turnout by their units', () => {
		expect(measureUnwritten('what was the flight number', '31 flights were cancelled and 12 diverted.')).toBe(true);
		expect(measureUnwritten('what was the flight number', 'Flight SK402 left at 2:40 p.m.')).toBe(false);
		expect(measureUnwritten('whats the top speed of the drones', 'One pilot watches no more than four drones.')).toBe(
			true,
		);
		expect(measureUnwritten('whats the top speed of the drones', 'They fly at up to 60 km/h.')).toBe(false);
		expect(measureUnwritten("whats the club's capacity", 'The club employed 46 people.')).toBe(true);
		expect(measureUnwritten("whats the club's capacity", 'The ground holds 31,000.')).toBe(false);
		expect(measureUnwritten("what was park's final round score", 'His wife flew in to watch the final round.')).toBe(
			true,
		);
		expect(measureUnwritten('what was her winning time', 'She won in 2:24:10.')).toBe(false);
		expect(measureUnwritten('what was her winning time', 'Huntington was gracious in defeat.')).toBe(true);
		expect(measureUnwritten('what score did ransome get', 'Ransome finished sixth on floor in March.')).toBe(true);
		expect(measureUnwritten('what hygiene score did it get', 'It was given a rating of four out of five.')).toBe(false);
		expect(measureUnwritten('What temperature did Portugal record?', 'Portugal recorded 46.1C in Mora.')).toBe(false);
		expect(measureUnwritten('what was the turnout', 'Members will vote on the deal in March.')).toBe(true);
		expect(measureUnwritten('what was the turnout', 'Turnout was 61%.')).toBe(false);
	});

	it('reads a sentence asked of as a term or a fine', () => {
		expect(measureUnwritten('what sentence did volkov get', 'Volkov has pleaded guilty and will testify.')).toBe(true);
		expect(measureUnwritten('what sentence did voss get', 'Voss was sentenced to eight years.')).toBe(false);
		expect(measureUnwritten('what did voss get', 'Voss has pleaded guilty and will testify.')).toBe(false);
		expect(measureUnwritten('what term is used for such a person', 'The Greek word became a technical term.')).toBe(
			false,
		);
	});

	it('finds it written by any of its words, and asks nothing of other questions', () => {
		expect(measureUnwritten("what's the population of ashby", 'Ashby, a town of 5,800 people, is dry.')).toBe(false);
		expect(measureUnwritten('what was the temperature', 'It reached 47.8 degrees on Friday.')).toBe(false);
		expect(measureUnwritten("what was raman's salary", 'Raman was paid $2 million a year.')).toBe(false);
		expect(measureUnwritten('what was the profit last quarter', 'It posted a loss of $3 million.')).toBe(false);
		expect(measureUnwritten('what did the mayor say', 'The company cut 900 jobs last year.')).toBe(false);
	});

	it('lowers the fit of a whole sentence given for such a measure', () => {
		const { shortAnswer } = floodReport(
			'Pipeline\n\nCrews will lay a 6-kilometre pipeline from the neighbouring town of Ashby by May 3. Brackwater, a town of about 5,800 people, lost its supply.',
		);
		expect(shortAnswer("what's the population of ashby", 'pipeline').fit).toBeLessThan(0.5);
		expect(shortAnswer("what's the population of brackwater", 'Brackwater').fit).toBe(1);
	});
});
