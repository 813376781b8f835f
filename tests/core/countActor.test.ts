import { describe, expect, it } from 'vitest';
import { askedActor, countActor, sameActor } from '../../src/core/countActor.ts';
import type { Fact } from '../../src/core/types.ts';

function countIn(quote: string, figure: string, detail: string): Fact {
	const start = quote.indexOf(figure);
	return {
		id: 'r/1.1/0',
		kind: 'count',
		text: figure,
		detail,
		span: [start, start + figure.length],
		source: { report: 'r', paragraph: 1, sentence: 1, start: 0, end: quote.length, quote },
		conflicts: [],
	};
}

describe('countActor', () => {
	it('reads who does the action asked about in a question, active or passive', () => {
		expect(askedActor('How many boats did the navy destroy?')).toBe('navy');
		expect(askedActor('How many planes were shot down by rebel gunners?')).toBe('rebel gunners');
		expect(askedActor('How many rockets did the mayor say were fired?')).toBeUndefined();
		expect(askedActor('how many people were killed')).toBeUndefined();
		expect(askedActor('How many boats did the navy sink?')).toBeUndefined();
	});

	it('reads who does the action of a count in its sentence, shared across a list', () => {
		const quote = 'Officials said the militia launched 40 rockets, six drones and two shells overnight.';
		expect(countActor(countIn(quote, '40 rockets', 'launched'))).toBe('militia');
		expect(countActor(countIn(quote, 'six drones', 'launched'))).toBe('militia');
		const passive = 'In all, 12 planes were shot down by coastal batteries near Tarn.';
		expect(countActor(countIn(passive, '12 planes', 'shot down'))).toBe('coastal batteries');
		expect(countActor(countIn('A raid involving 30 drones hit Tarn.', '30 drones', 'launched'))).toBeUndefined();
	});

	it('tells a count of the other side apart, but lets through actors the paragraph never names', () => {
		const fact = countIn('The militia launched 40 rockets at Tarn.', '40 rockets', 'launched');
		const nearby = () => ['militia', 'tarn', 'rocket', 'launch'];
		expect(sameActor('How many rockets did Tarn launch at the militia?', fact, nearby)).toBe(false);
		expect(sameActor('How many rockets did the militia launch?', fact, nearby)).toBe(true);
		expect(sameActor('How many rockets did the rebels launch?', fact, nearby)).toBe(true);
	});
});
