import { describe, expect, it } from 'vitest';
import { anothersOrigin } from '../../src/core/anothersOrigin.ts';
import { floodReport } from './floodReport.ts';

const AIRLINES =
	'Volta, founded in 2006, carried 2.9 million passengers last year, while Air Lagune carried 2.1 million.';

describe('anothersOrigin', () => {
	it('takes a start told beside another name for that one’s, not the name asked', () => {
		const at = AIRLINES.indexOf('2006');
		expect(anothersOrigin('when was air lagune founded', AIRLINES, at)).toBe(true);
		expect(anothersOrigin('when was volta founded', AIRLINES, at)).toBe(false);
		expect(anothersOrigin('how many passengers did air lagune carry', AIRLINES, at)).toBe(false);
	});

	it('leaves a thing asked by no name to the name beside it ("the main stadium" of "Harbor Arena, built in 1971")', () => {
		const arena = 'The main stadium would be the 48,000-seat Harbor Arena, which was built in 1971.';
		expect(anothersOrigin('when was the main stadium built', arena, arena.indexOf('1971'))).toBe(false);
	});

	it('fits another’s founding date low for "when was X founded"', () => {
		const { shortAnswer, context } = floodReport(`Airlines\n\n${AIRLINES}\n\nAir Lagune was founded in 1998.`);
		expect(shortAnswer('when was air lagune founded', 'Volta').fit).toBe(context.options.missingFigureFit);
		expect(shortAnswer('when was air lagune founded', 'in 1998').fit).toBe(1);
	});
});
