import { describe, expect, it } from 'vitest';
import { afterPreposition, askedPreposition } from '../../src/core/askedPreposition.ts';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { tokenize } from '../../src/core/tokenize.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { shippedModelTuning } from './shippedModel.ts';

function phraseAfter(question: string, sentence: string): string | undefined {
	const asked = askedPreposition(question);
	return asked && afterPreposition(asked, sentence, tokenize(sentence))?.text;
}

/** An invented report: what things date back to, are made of, are kept away from. */
const MUSEUM = [
	'The custom of the river fair dates back to a royal charter of 1312, the town archive says.',
	'The new roof of the hall is made of recycled copper and was fitted in March.',
	'Keepers use nets, keeping the young herons away from the busy road along the lake.',
].join('\n\n');

describe('askedPreposition', () => {
	it('reads the verb, a particle and the preposition a question ends with', () => {
		expect(askedPreposition('What does the custom date back to?')).toEqual({ verb: 'date', tail: 'back to' });
		expect(askedPreposition('What are alloys defined by?')).toEqual({ verb: 'defined', tail: 'by' });
		expect(askedPreposition('What is the name of the lake they swim in?')).toBeUndefined();
		expect(askedPreposition('What did the council decide?')).toBeUndefined();
		expect(askedPreposition('What country is Timbuktu in?')).toBeUndefined();
		expect(askedPreposition('whats alvera raising its prices by')).toEqual({ verb: 'prices', tail: 'by' });
		expect(askedPreposition('Which team does Ruiz ride for?')).toEqual({ verb: 'ride', tail: 'for' });
	});
});

describe('afterPreposition', () => {
	it('takes what follows the same verb and preposition, words between allowed, up to a clause’s end', () => {
		expect(phraseAfter('What does the custom date back to?', MUSEUM.split('\n\n')[0] ?? '')).toBe(
			'a royal charter of 1312',
		);
		expect(phraseAfter('What does the fence keep the herons away from?', MUSEUM.split('\n\n')[2] ?? '')).toBe(
			'the busy road along the lake',
		);
		expect(
			phraseAfter(
				'What did the bank raise rates to?',
				'The bank raised its rate by 50 points to 6.25 percent as prices rose.',
			),
		).toBe('6.25 percent');
		expect(phraseAfter('What are the groups classified by?', 'They are classified by what is termed descent.')).toBe(
			'descent',
		);
		const blamed =
			"Marques blamed the scale of the disruption on the controllers' decision to walk out with only 24 hours' notice.";
		expect(phraseAfter('what did marques blame the disruption on', blamed)).toBe(
			"the controllers' decision to walk out",
		);
	});

	it('reads past the period of an abbreviation inside a name ("St. Brigid\'s Hospital")', () => {
		const sentence = "The jockey was flown by air ambulance to St. Brigid's Hospital in Marlow, 65 kilometres away.";
		expect(phraseAfter('which hospital was he flown to', sentence)).toBe("St. Brigid's Hospital");
	});

	it('takes a quoted name after the preposition whole', () => {
		const sentence = 'The valleys were classified by what is termed "upland type" in the survey.';
		expect(phraseAfter('What were the valleys classified by?', sentence)).toBe('upland type');
	});

	it('takes a list ending in "and" or "or" whole, and nothing after a comma otherwise', () => {
		expect(phraseAfter('What was he charged with?', 'He was charged with theft, assault and criminal damage.')).toBe(
			'theft, assault and criminal damage',
		);
		expect(phraseAfter('What was he charged with?', 'He was charged with arson, police said.')).toBe('arson');
	});

	it('stops before a new clause or a day, and keeps initials', () => {
		expect(phraseAfter('What was he charged with?', 'He was charged with arson and will appear in court.')).toBe(
			'arson',
		);
		expect(phraseAfter('What did the bank cut rates to?', 'The bank cut rates to 2 percent on Thursday.')).toBe(
			'2 percent',
		);
		expect(phraseAfter('What was the loan repaid to?', 'The loan was repaid to J.P. Morgan in full.')).toBe(
			'J.P. Morgan in full',
		);
	});

	it('gives none when the sentence does not use the verb so', () => {
		expect(phraseAfter('What does the custom date back to?', 'The custom is old and well loved.')).toBeUndefined();
	});

	it('answers such questions with the phrase, not the whole sentence', () => {
		const parsed = parseReport('museum', MUSEUM);
		if (!parsed.ok) throw new Error(parsed.problem);
		const desk = createFactdesk([parsed.report], { ...shippedModelTuning(), minConfidence: -1 });
		expect(desk.ask('What does the river fair date back to?').answer).toBe('a royal charter of 1312');
		expect(desk.ask('What is the new roof of the hall made of?').answer).toBe('recycled copper');
	});

	it('answers "which <kind> … <preposition>?" with the name after it, and not with a kind left unnamed', () => {
		const parsed = parseReport(
			'stage',
			[
				'Ruiz, who rides for Team Vela, attacked on the final climb and won the stage.',
				'The injured spectator was taken to a hospital near the finish, organisers said.',
			].join('\n\n'),
		);
		if (!parsed.ok) throw new Error(parsed.problem);
		const desk = createFactdesk([parsed.report], { ...shippedModelTuning(), minConfidence: -1 });
		expect(desk.ask('Which team does Ruiz ride for?').answer).toBe('Team Vela');
		expect(desk.ask('Which hospital was the spectator taken to?').answer).not.toBe('a hospital near the finish');
	});
});
