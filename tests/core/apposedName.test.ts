import { describe, expect, it } from 'vitest';
import { apposedName } from '../../src/core/apposedName.ts';
import { nameGiven } from '../../src/core/askedNameOf.ts';
import { stem } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';
import { shippedDesk } from './shippedModel.ts';

const at = (sentence: string, thing: string) => sentence.indexOf(thing);
const named = (sentence: string, thing: string, question: string[] = []) =>
	apposedName(sentence, sentence, at(sentence, thing), 0, new Set(question))?.text;

describe('apposedName', () => {
	it('gives the name a description of the thing is apposed to', () => {
		expect(named('As of 2015, Solar Impulse, an electric aircraft, is circling the globe.', 'aircraft')).toBe(
			'Solar Impulse',
		);
		expect(named('She recorded Destiny Fulfilled, the final studio album by the group.', 'album')).toBe(
			'Destiny Fulfilled',
		);
		expect(named('Mercy General, the largest hospital in the city, was closed.', 'hospital')).toBe('Mercy General');
	});

	it('gives the name a description with "a" or "an" follows, even after "from", and answers "which <kind>" with it', () => {
		const offer =
			'The only offer came from Harlowe Homes, a developer based in the town of Brackenford, which planned flats.';
		expect(named(offer, 'developer')).toBe('Harlowe Homes');
		expect(nameGiven('developer', offer)?.text).toBe('Harlowe Homes');
		const { shortAnswer } = floodReport(offer);
		expect(shortAnswer('which developer wanted it', 'Harlowe')).toMatchObject({
			phrase: { text: 'Harlowe Homes' },
			fit: 1,
		});
		const officer =
			'In 1701 the French officer Antoine Cadillac founded a settlement, named for the Minister of Marine.';
		expect(floodReport(officer).shortAnswer('which French officer founded it', 'Antoine').phrase.text).not.toBe(
			'French officer',
		);
	});

	it("gives none for a sentence's first word, a month, a place, an abbreviation, the question's name or a name given later", () => {
		expect(named('However, the final album was shelved.', 'album')).toBeUndefined();
		expect(named('In March, the hospital was closed.', 'hospital')).toBeUndefined();
		expect(named('From Wijk bij Duurstede, the old north branch is called Kromme Rijn.', 'branch')).toBeUndefined();
		expect(named('It was financed by Drexel, Morgan & Co., a company founded in 1871.', 'company')).toBeUndefined();
		expect(
			named('Mercy General, the largest hospital, was closed.', 'hospital', ['mercy', 'general'].map(stem)),
		).toBeUndefined();
		expect(named("Dr Anna Berg, the hospital's director, resigned.", 'hospital')).toBeUndefined();
		for (const opening of [
			'Last Tuesday',
			'Since Monday',
			'Unlike Google',
			'Speaking with CNN',
			'Shortly after Easter Sunday',
		])
			expect(named(`${opening}, the company announced a deal.`, 'company')).toBeUndefined();
	});

	it('lets nameGiven answer "What is the name of the aircraft?" rather than call the aircraft unnamed', () => {
		const sentence = 'As of 2015, Solar Impulse, an electric aircraft, is circling the globe.';
		expect(nameGiven('aircraft', sentence, new Set(['aircraft', 'globe']))?.text).toBe('Solar Impulse');
	});

	it('reads past a "The" before the name and figures in the description ("The MV Nordlys Star, a 94-metre ferry")', () => {
		const ferry = 'The MV Nordlys Star, a 94-metre ferry operated by Selvik Line, was carrying 235 passengers.';
		expect(named(ferry, 'ferry')).toBe('MV Nordlys Star');
	});

	it('makes such a name the very fact asked, so it answers "whats the name of the ferry" (learned model)', () => {
		const desk = shippedDesk(
			'ferry',
			'Ferry sinks off Halvoy coast\n\nPORT SELVIK (Reuters) - A passenger ferry sank off the island of Halvoy on Tuesday.\n\nThe MV Nordlys Star, a 94-metre ferry operated by Selvik Line, was carrying 235 passengers.',
		);
		const answer = desk.ask('whats the name of the ferry');
		expect(answer.answer).toBe('MV Nordlys Star');
		expect(answer.answered).toBe(true);
	});
});
