import { describe, expect, it } from 'vitest';
import { affiliationOf } from '../../src/core/affiliationOf.ts';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { shippedModelTuning } from './shippedModel.ts';

describe('affiliationOf', () => {
	it('answers which body a named person is with, from the words beside the name', () => {
		const of = (q: string, s: string) => affiliationOf(q, s)?.text;
		expect(
			of('which bank is omar haddad with', 'Economist Omar Haddad of Northfield Bank said rates would fall.'),
		).toBe('Northfield Bank');
		expect(
			of('What club does Ines Varga play for?', 'ROME (Wire) - Lazio Calcio striker Ines Varga scored twice.'),
		).toBe('Lazio Calcio');
		expect(of('who does varga play for', 'Lazio Calcio striker Ines Varga scored twice.')).toBe('Lazio Calcio');
		expect(of('what university is tom reid from', 'said Tom Reid, a geologist at the University of Leeds.')).toBe(
			'University of Leeds',
		);
	});
	it('takes no portfolio or opening word for a body, and answers no other question', () => {
		expect(affiliationOf('which party is ana holm from', 'Finance Minister Ana Holm spoke.')).toBeUndefined();
		expect(affiliationOf('which firm is ana holm with', 'Outside lawyer Ana Holm spoke.')).toBeUndefined();
		expect(affiliationOf('who is omar haddad', 'Economist Omar Haddad of Northfield Bank said so.')).toBeUndefined();
	});
	it('gives the body as the short answer of the engine', () => {
		const desk = createFactdesk(
			[
				{
					id: 'rates',
					title: 'Rates',
					paragraphs: ['Economist Omar Haddad of Northfield Bank said the cut had come too late for exporters.'],
				},
			],
			shippedModelTuning(),
		);
		expect(desk.ask('which bank is omar haddad with?').answer).toBe('Northfield Bank');
	});
});

describe('affiliationOf with the verb of a calling', () => {
	it('reads "what university did X study at" as asking of X, not of a "study of …"', () => {
		expect(
			affiliationOf('what university did okafor study at', 'Okafor, a chemist from the University of Lagos, said so.')
				?.text,
		).toBe('University of Lagos');
		expect(
			affiliationOf('what university did okafor study at', 'A professor wrote a 2015 study of Ms. Okafor’s novels.'),
		).toBeUndefined();
	});
});
