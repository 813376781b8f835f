import { describe, expect, it } from 'vitest';
import { floodReport } from './floodReport.ts';

describe('otherAnswer, a figure that changed', () => {
	const { shortAnswer } = floodReport(
		'Two council members argued that the city should have lowered the speed limit for rental scooters from 15 mph to 10 mph.',
	);

	it('answers with the level it changed to, unless an earlier time is asked', () => {
		expect(shortAnswer('what speed limit did the council members want', 'speed limit').phrase.text).toBe('10 mph');
		expect(shortAnswer('what was the speed limit before', 'speed limit').phrase.text).toBe('15 mph');
	});

	it('gives no name for "whats the name of the X" where the sentence writes X apart from any name, or no name at all', () => {
		const { context, shortAnswer } = floodReport(
			'Justice Minister Ilse Varga said the prison governor had been suspended. The schooner was built in 1866 at a shipyard in Kingsford. Her younger sister Solange is a singer.',
		);
		const unnamed = context.options.unnamedFit;
		expect(shortAnswer('whats the name of the prison governor', 'Varga').fit).toBe(unnamed);
		expect(shortAnswer('what was the name of the shipyard that built it', 'Kingsford').fit).toBe(unnamed);
		expect(shortAnswer('what is the name of her younger sister', 'Solange').fit).toBeGreaterThan(unnamed);
	});
});

describe('a name with its thing described after it', () => {
	const { shortAnswer } = floodReport(
		[
			"More than 400 people marched in protest at plans to close the Regal Picturehouse, the town's last cinema, on Sunday.",
			'"What we found was a pattern of neglect," said Dr. Miriam Okafor, the authority\'s director of environmental health.',
		].join('\n\n'),
	);

	it('is the very name asked, though the description holds an owner\'s word ("the town\'s last cinema")', () => {
		const cinema = shortAnswer('whats the cinema called', 'marched');
		expect(cinema.phrase.text).toBe('Regal Picturehouse');
		expect(cinema.matched).toBe(true);
	});

	it('is not the very name asked when the question gives the thing a word the sentence lacks ("planning director")', () => {
		expect(shortAnswer("what's the planning director's name", 'neglect').matched).toBe(false);
		expect(shortAnswer("what's the director's name", 'neglect').matched).toBe(true);
	});
});
