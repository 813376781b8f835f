import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/core/findMentions.ts';
import { headedTo, placeLeft, wayUntold } from '../../src/core/headedTo.ts';
import { floodReport } from './floodReport.ts';

function destination(question: string, sentence: string): string | undefined {
	return headedTo(question, sentence, findMentions(sentence))?.text;
}

describe('headedTo', () => {
	it('answers "where was it headed" with the name after "to" or "for" that the question does not give', () => {
		expect(destination('Where was the flight headed?', 'It left Shannon for Frankfurt on Friday.')).toBe('Frankfurt');
		expect(destination('Where did the flight land?', 'It left Shannon for Frankfurt on Friday.')).toBeUndefined();
	});

	it('takes no name after "according to the" or "a spokesman for the"', () => {
		const met = 'Storm Imogen, according to the Met Office, is heading towards Cornwall.';
		expect(destination('where is the storm heading', met)).toBe('Cornwall');
		const maersk = 'The ship, which belongs to the Maersk Line, was heading for Rotterdam.';
		expect(destination('where was the ship heading', maersk)).toBe('Rotterdam');
		const spokesman = 'The storm is heading east, a spokesman for the Met Office said.';
		expect(destination('where is the storm heading', spokesman)).toBeUndefined();
	});

	it('reads a name after "towards the", with the place noun it describes ("the Cornish coast")', () => {
		const storm = 'Storm Imogen is heading towards the Cornish coast, the Met Office said.';
		expect(destination('where is the storm heading', storm)).toBe('Cornish coast');
		expect(destination('where are the migrants heading', 'They were sailing to the Greek island of Lesbos.')).toBe(
			'Greek island of Lesbos',
		);
	});

	it('takes the place after "to the <kind> of" ("from Korvin to the port city of Alsby")', () => {
		const sentence =
			'The service from Korvin to the port city of Alsby was carrying 312 passengers near the village of Hollin.';
		expect(headedTo('where was the train going', sentence, findMentions(sentence))?.text).toBe('Alsby');
	});
});

describe('cameFrom of a place after "from a zoo in the"', () => {
	it('answers "where did X come from" with the place after "from", not where it went', () => {
		const { shortAnswer } = floodReport(
			'The calf’s father is Raja, a bull who came to Whipsnade from a zoo in Rotterdam in 2017. The boat had set off from Zuwara in Libya on Monday.',
		);
		expect(shortAnswer('where did raja come from', 'Raja').phrase.text).toMatch(/Rotterdam$/);
		expect(shortAnswer('where did the boat set off from', 'Zuwara').phrase.text).toBe('Zuwara');
	});
});

describe('placeLeft', () => {
	it('reads a place left as no destination', () => {
		const sentence = 'The Mary Ann left Hull on March 2, heading into a storm.';
		const at = (text: string) => ({
			text,
			start: sentence.indexOf(text),
			end: sentence.indexOf(text) + text.length,
			typed: true,
		});
		expect(placeLeft('where was the ship headed', sentence, at('Hull'))).toBe(true);
		expect(placeLeft('where did the ship sail from', sentence, at('Hull'))).toBe(false);
		expect(
			placeLeft('where was the ship headed', 'It sailed to Hull.', { text: 'Hull', start: 13, end: 17, typed: true }),
		).toBe(false);
		const { shortAnswer, context } = floodReport(sentence);
		expect(shortAnswer('where was the ship headed', 'Mary Ann').fit).toBeLessThanOrEqual(context.options.otherDeedFit);
	});
});

describe('cameFrom', () => {
	it('gives the place after "from a zoo in the …"', () => {
		const { shortAnswer } = floodReport(
			'Jasiri, a silverback, arrived at Bristol from a zoo in the Netherlands in 2018.',
		);
		expect(shortAnswer('where did jasiri come from', 'Jasiri').phrase.text).toContain('Netherlands');
	});
});

describe('wayUntold', () => {
	it('reads "where was the train going" as asking where a past journey went, and no place left open', () => {
		expect(wayUntold('where was the train going', 'It derailed.')).toBe(true);
		expect(wayUntold('where was the cargo flight coming from?', 'It crashed.')).toBe(true);
		expect(wayUntold('wheres the new salt marsh going', 'It floods.')).toBe(false);
		const complaints = 'The company first received complaints from owners in Michigan.';
		expect(wayUntold('where did the first complaints come from', complaints)).toBe(false);
	});

	it('takes a sentence with no word of origin for no answer to where something came from', () => {
		const { shortAnswer, context } = floodReport(
			[
				'Wolves return to Glen Tarra',
				'Six grey wolves were released into a fenced area of the Tarra National Park in Scotland on Wednesday.',
				'The animals were brought from a breeding centre in southern Sweden and released at dawn.',
			].join('\n\n'),
		);
		const released = shortAnswer('where did the wolves come from', 'Six grey wolves');
		expect(released.fit).toBe(context.options.placeElsewhereFit);
		const brought = shortAnswer('where did the wolves come from', 'brought from');
		expect(brought.phrase.text).toBe('Sweden');
		expect(brought.fit).toBe(1);
	});

	it('takes where a train derailed for no answer to where it was going, and a place it went to for one', () => {
		const { shortAnswer, context } = floodReport(
			[
				'Train derails',
				'Seven people were killed when a train derailed on a bend in the Marden Valley late on Thursday.',
				'Among those stranded was Marta Oliveira, a nurse travelling to a wedding in Dublin.',
			].join('\n\n'),
		);
		expect(shortAnswer('where was the train going', 'train derailed').fit).toBe(context.options.placeElsewhereFit);
		const going = shortAnswer('where was oliveira going', 'Marta Oliveira');
		expect(going.phrase.text).toContain('Dublin');
		expect(going.fit).toBe(1);
	});
});
