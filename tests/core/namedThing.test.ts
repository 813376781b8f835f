import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/core/findMentions.ts';
import { namedThing } from '../../src/core/namedThing.ts';
import { floodReport } from './floodReport.ts';

const thing = (question: string, sentence: string) => namedThing(question, sentence, findMentions(sentence))?.text;

describe('namedThing', () => {
	it('gives the title of a work asked for, and a name whose own words say the kind asked', () => {
		expect(thing('which film won the golden lion', 'The Golden Lion went to "The Salt Road", a drama.')).toBe(
			'The Salt Road',
		);
		expect(thing('what award did she get in 2004', 'In 2004 she was awarded the Ostrander Medal for her work.')).toBe(
			'Ostrander Medal',
		);
		expect(
			thing('which university is studying the wolves', 'Scientists at the University of Aberdeen will study them.'),
		).toBe('University of Aberdeen');
	});

	it("gives a name right after the kind's own noun, and a medal by its metal", () => {
		expect(
			thing('which ship picked up the crew', 'A merchant ship, the bulk carrier Arden Falcon, took the crew.'),
		).toBe('Arden Falcon');
		expect(
			thing('which medal did the helmsman get', "He has been awarded the charity's bronze medal for gallantry."),
		).toBe('bronze medal');
	});

	it('gives nothing for another kind, a name the question gives, or a sentence without one', () => {
		expect(thing('which film won', 'The prize went to Anna Berg.')).toBeUndefined();
		expect(
			thing('what award did the James Beard Award go to', 'The James Beard Award went to Achebe.'),
		).toBeUndefined();
		expect(thing('what time did it start', 'It started at the Ostrander Medal ceremony.')).toBeUndefined();
	});

	it('answers "which film" with the title, not the whole sentence', () => {
		const { shortAnswer } = floodReport(
			'The audience award went to the animated comedy "Moles in Space", by a Danish studio.',
		);
		expect(shortAnswer('which movie did festival goers vote for', 'audience').phrase.text).toBe('Moles in Space');
	});
});
