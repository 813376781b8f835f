import { describe, expect, it } from 'vitest';
import { notPopulation, populationForOther, populationUnfigured } from '../../src/core/populationAsked.ts';
import { floodReport } from './floodReport.ts';

/** The phrase `text` where the sentence writes it. */
function at(sentence: string, text: string) {
	const start = sentence.indexOf(text);
	return { text, start, end: start + text.length };
}

describe('notPopulation', () => {
	it('takes a count of the dead, the missing or the evacuated for no population', () => {
		const killed = 'Two workers were killed in Harlow Creek on Monday.';
		expect(notPopulation('How many people live in Harlow Creek?', killed, at(killed, 'Two workers'))).toBe(true);
		const moved = 'About 3,200 residents were evacuated from Ashford Mills.';
		expect(notPopulation('how many people live in ashford mills', moved, at(moved, 'About 3,200 residents'))).toBe(
			true,
		);
		expect(notPopulation('what is the population of ashford mills', moved, at(moved, 'About 3,200 residents'))).toBe(
			true,
		);
	});

	it('takes the ways reports write a population for one', () => {
		const cases: [string, string][] = [
			['The village has a population of 420.', '420'],
			['Cervara is a village of 410 people at the foot of the slopes.', '410 people'],
			['The island is home to about 14,000 people.', '14,000 people'],
			["The town's 3,200 residents were told to leave.", '3,200 residents'],
			['The old town had about 1,100 permanent residents, down from 5,000.', 'about 1,100 permanent residents'],
			['Harlow has 14,000 inhabitants.', '14,000 inhabitants'],
			['About 900 people live in the valley.', 'About 900'],
			['Some 42,000 people live inside that zone.', 'Some 42,000 people live inside'],
			['A fifth island, Skarra, with 84 residents, is next.', '84 residents'],
			['The roughly 1,900 residents of the old town may apply for permits.', '1,900 residents'],
			['Buses will carry about 1,800 students who live east of the river.', 'about 1,800 students'],
		];
		for (const [sentence, figure] of cases)
			expect(notPopulation('how many people live there', sentence, at(sentence, figure)), sentence).toBe(false);
	});

	it('leaves questions of a change in a population, and other questions, alone', () => {
		const fell = 'The frog population fell 62 percent in a decade.';
		expect(notPopulation('how much did the frog population fall', fell, at(fell, '62 percent'))).toBe(false);
		const killed = 'Two workers were killed in Harlow Creek on Monday.';
		expect(notPopulation('how many people died in harlow creek', killed, at(killed, 'Two workers'))).toBe(false);
		const budget = 'The city budget is 1.2 billion kroner.';
		expect(notPopulation('How large is the city budget?', budget, at(budget, '1.2 billion kroner'))).toBe(false);
		expect(notPopulation('How large is the city?', budget, at(budget, '1.2 billion kroner'))).toBe(true);
		const ferry = 'A ferry with 212 passengers ran aground off Skarra.';
		expect(notPopulation('how many people live on skarra', ferry, at(ferry, '212 passengers'))).toBe(true);
		const some = 'About 3,200 residents of Ashford Mills were ordered to leave.';
		expect(notPopulation('how many people live in ashford mills', some, at(some, 'About 3,200 residents'))).toBe(true);
		const visitors = 'About 600 visitors of the old town were evacuated.';
		expect(notPopulation('how many people live in the old town', visitors, at(visitors, 'About 600 visitors'))).toBe(
			true,
		);
	});

	it('gives a population asked of a count of the dead a low fit', () => {
		const { shortAnswer, context } = floodReport(
			'Two workers were killed when a grain silo collapsed in Harlow Creek on Monday.',
		);
		expect(shortAnswer('How many people live in Harlow Creek?', 'Two workers').fit).toBe(
			context.options.countMismatchFit,
		);
		expect(shortAnswer('How many people died in Harlow Creek?', 'Two workers').fit).toBe(1);
	});

	it('answers "what is the population of X" with the figure a sentence gives as how many live there', () => {
		const town = floodReport('Greymoor, a former mill town of about 48,000 people, lies at the end of a road.');
		expect(town.shortAnswer('whats the population of greymoor', 'Greymoor').phrase.text).toBe('about 48,000 people');
		const fare = floodReport('Greymoor, where a ticket costs 4 euros a day, lies at the end of a road.');
		expect(fare.shortAnswer('whats the population of greymoor', 'Greymoor').phrase.typed).toBe(false);
		const tornado = floodReport(
			'A tornado tore through the town of Greenfield on Wednesday, killing four people, officials said.',
		);
		expect(tornado.shortAnswer('whats the population of greenfield', 'Greenfield').phrase.typed).toBe(false);
		const killed = 'A tornado tore through Greenfield, killing four people, officials said.';
		expect(notPopulation('how many people live in greenfield', killed, at(killed, 'four people'))).toBe(true);
	});
});

describe('populationForOther', () => {
	const village = 'Residents of this hill village of 340 people voted on Sunday to oppose a wind farm.';

	it("reads a place's population as no count of those who did something there", () => {
		expect(populationForOther('how many voted against the wind farm', village, at(village, '340 people'))).toBe(true);
		const city = 'The strike shut most public transport in the city of 1.3 million people.';
		expect(populationForOther('how many tram drivers went on strike', city, at(city, '1.3 million people'))).toBe(true);
	});

	it('keeps it for how many live there, for everyone there, and for other counts', () => {
		expect(populationForOther('how many people live in llandewi fach', village, at(village, '340 people'))).toBe(false);
		expect(populationForOther('how big is the village', village, at(village, '340 people'))).toBe(false);
		const whole = 'The entire village of 410 people was evacuated on Monday.';
		expect(populationForOther('how many people were evacuated', whole, at(whole, '410 people'))).toBe(false);
		const islands = 'Tavuana, a nation of 85 islands, declared an emergency.';
		expect(populationForOther('how many islands were hit', islands, at(islands, '85 islands'))).toBe(false);
	});

	it('lets the engine decline how many voted when only the village is sized', () => {
		const { shortAnswer, context } = floodReport(village);
		expect(shortAnswer('how many voted against the wind farm', 'village').fit).toBeLessThanOrEqual(
			context.options.countMismatchFit,
		);
	});
});

describe('populationUnfigured', () => {
	it('takes a whole sentence for no population, unless an earlier figure is asked', () => {
		const sentence = { typed: false };
		expect(populationUnfigured('what is the population of grelvik', sentence)).toBe(true);
		expect(populationUnfigured('what is the population of grelvik', { typed: true })).toBe(false);
		expect(populationUnfigured('what was the population ten years ago', sentence)).toBe(false);
		expect(populationUnfigured('how many people were evacuated', sentence)).toBe(false);
	});

	it('lowers the fit of a sentence that tells an event, not how many live there', () => {
		const { shortAnswer, context } = floodReport(
			[
				'Volcano erupts',
				'Mount Oraku on the island of Tavina erupted on Tuesday, forcing about 12,000 people to leave their homes.',
			].join('\n\n'),
		);
		const answer = shortAnswer('what is the population of tavina', 'Mount Oraku');
		expect(answer.phrase.typed).toBe(false);
		expect(answer.fit).toBeLessThanOrEqual(context.options.missingFigureFit);
	});
});
