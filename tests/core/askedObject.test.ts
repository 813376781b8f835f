import { describe, expect, it } from 'vitest';
import { askedObject, whichDone } from '../../src/core/askedObject.ts';
import { tokenize } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';

function object(question: string, sentence: string): string | undefined {
	return askedObject(question, sentence, tokenize(sentence))?.text;
}

describe('askedObject', () => {
	it('answers "what did X <verb>?" with what follows the verb, up to when, why or a clause’s end', () => {
		const sentence =
			'Governor Mike DeWine ordered the evacuation of everyone within a mile of the site on Sunday after officials warned.';
		expect(object('What did the governor order?', sentence)).toBe(
			'the evacuation of everyone within a mile of the site',
		);
		expect(object('What did the bank cut?', 'The bank cut its forecast to 0.7% from 0.9%.')).toBe(
			'its forecast to 0.7% from 0.9%',
		);
		expect(object('What did the board send?', 'The board has sent two investigators, and more will follow.')).toBe(
			'two investigators',
		);
		expect(object('what did the flight cost', 'The flight cost about €850,000, most of it paid by a sponsor.')).toBe(
			'about €850,000',
		);
	});

	it('reads "on/in/at/by" before a name as a break only as words of their own ("that Conti", not "at Conti")', () => {
		const sentence = 'The party called for an inquiry and demanded that Conti explain what she knew.';
		expect(object('What did the party demand?', sentence)).toBe('that Conti explain what she knew');
	});

	it('reads the verb before a phrase the question adds, irregular forms too, and stops where the sentence says it', () => {
		const sentence = 'Halvorsen won the Nordic Prize for Fiction for Salt Roads (2019) and two national awards.';
		expect(object('What did Halvorsen win for Salt Roads?', sentence)).toBe('the Nordic Prize for Fiction');
		expect(object('What did the settlers bring to the island?', 'The settlers brought goats and barley.')).toBe(
			'goats and barley',
		);
		expect(object('What did the mayor of Tarn promise to voters?', 'The mayor promised lower rents.')).toBe(
			'lower rents',
		);
	});

	it('reads a past form left unfolded as another word ("found", "left") as the asked verb’s, without its "that"', () => {
		const found = 'The investigation found that the crew had switched off two alarms before the fire.';
		expect(askedObject('what did the investigation find', found, tokenize(found))?.text).toBe(
			'the crew had switched off two alarms',
		);
		const left = 'The striker left the club in May.';
		expect(askedObject('What did the striker leave?', left, tokenize(left))?.text).toBe('the club');
	});

	it('gives nothing when the sentence puts only the question’s own phrase after the verb', () => {
		expect(
			object('What did the chef cook for the king?', 'The chef, who cooked for the king, made soup.'),
		).toBeUndefined();
	});

	it('gives nothing when the question ends in a noun, or the sentence lacks the verb', () => {
		expect(object('What did Alberti consider important for beauty?', 'He saw beauty primarily as proportion.')).toBe(
			undefined,
		);
		expect(object('What did the governor order?', 'The governor spoke on Sunday.')).toBeUndefined();
	});
});

describe('whichDone', () => {
	it('answers "which N were done" with what the sentence says was done when it holds N', () => {
		const trains = 'Great Western Railway cancelled all trains west of Exeter on Sunday.';
		expect(whichDone('which trains were cancelled', trains, tokenize(trains))?.text).toBe('all trains west of Exeter');
		const roads = 'Police closed the A30 and two roads into Truro.';
		expect(whichDone('Which roads were closed?', roads, tokenize(roads))?.text).toBe(
			'the A30 and two roads into Truro',
		);
	});

	it('is the short answer of a "which N were done" question', () => {
		const { shortAnswer } = floodReport('Orvik flood\n\nThe airline cancelled all flights out of Bergen on Monday.');
		expect(shortAnswer('which flights were cancelled', 'all flights').phrase.text).toBe('all flights out of Bergen');
	});

	it('gives none without a participle asked, or when what was done holds no N', () => {
		const holiday = 'The office declared Tuesday a public holiday in nine provinces.';
		expect(whichDone('which provinces got tuesday off', holiday, tokenize(holiday))).toBeUndefined();
		const staff = 'The railway cancelled its strike talks on Sunday.';
		expect(whichDone('which trains were cancelled', staff, tokenize(staff))).toBeUndefined();
	});
});

describe('askedObject of a deed asked with its time or place after it', () => {
	it('answers "what did the boy eat at the party" with what he ate', () => {
		const { shortAnswer } = floodReport(
			'The boy, from the town of Cray Hollow, collapsed at a birthday party on Oct. 30 after eating a Honey Oat Crunch bar.',
		);
		expect(shortAnswer('what did the boy eat at the party', 'boy').phrase.text).toBe('a Honey Oat Crunch bar');
	});
});
