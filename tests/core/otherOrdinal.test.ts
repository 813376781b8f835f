import { describe, expect, it } from 'vitest';
import { otherOrdinal, rankUnsaid, sameOrdinal } from '../../src/core/otherOrdinal.ts';
import { floodReport } from './floodReport.ts';

describe('otherOrdinal', () => {
	it.each([
		['Who finished third?', 'Varga finished fifth after a slow pit stop.', true],
		['What was her first solo album?', "Her second album, B'Day, came out in 2006.", true],
		['Who finished 3rd?', 'Ito was third and Varga fifth.', false],
		['Who finished third?', 'Ito crossed the line ahead of Varga.', false],
		['Who won the race?', 'Varga finished fifth.', true],
		['Who won the race?', 'Ito won, and Varga finished fifth.', false],
		['What did the winner say?', 'Varga finished fifth.', false],
		['how far was his second round jump', 'It came in the first round, in a wind of 2.1 metres per second.', true],
		['who scored a second goal', 'Ito scored a second goal.', false],
		['who won the race', 'Huntington, who has won the race three times, was gracious in defeat.', true],
		['who won the race', 'Solvik won the race; Huntington has won it three times.', false],
		['who came second', 'Huntington was gracious in defeat after finishing second.', false],
		['who came second', 'Huntington was gracious in defeat after finishing fourth.', true],
	] as const)('"%s" of "%s": %s', (question, sentence, other) => {
		expect(otherOrdinal(question, sentence)).toBe(other);
	});

	it('reads a superlative asked without a rank as the first, which "fourth- and sixth-largest" is not', () => {
		const chains =
			"Britain's fourth- and sixth-largest supermarket chains, Harvest Foods and Greenway, agreed to merge.";
		expect(otherOrdinal('what is the biggest supermarket chain in britain', chains)).toBe(true);
		expect(otherOrdinal('what is the biggest city', "It is the country's second-biggest city.")).toBe(true);
		expect(
			otherOrdinal('what is the biggest chain', 'Tesco is the largest chain, ahead of the second-largest, Asda.'),
		).toBe(false);
		expect(
			otherOrdinal("what is pakistan's largest province", 'Punjab is the second largest, after Balochistan.'),
		).toBe(false);
		expect(otherOrdinal('where is GE ranked among the largest polluters', 'GE was the fourth-largest polluter.')).toBe(
			false,
		);
		const grove =
			"Grovemart, the country's third-largest chain, will close 47 stores after annual profit fell 18 percent.";
		expect(otherOrdinal('which is the biggest supermarket chain in the country', grove)).toBe(true);
	});

	it('takes no century or day of a month for a rank', () => {
		expect(otherOrdinal('What did he study in the late 19th century?', 'In the 20th century he studied heat.')).toBe(
			false,
		);
		expect(otherOrdinal('What happened on June 14th?', 'On June 3rd the river rose.')).toBe(false);
		expect(otherOrdinal('What happened on the 14th of May?', 'On the 3rd of May the river rose.')).toBe(false);
	});
});

describe('chooseShortAnswer of a sentence giving another rank', () => {
	it('lowers the fit of "finished fifth" for "who finished third"', () => {
		const text =
			'Race Report\n\nVarga finished fifth after a slow pit stop.\n\nMercedes driver Kenji Ito finished third.';
		const { shortAnswer, context } = floodReport(text);
		expect(shortAnswer('who finished third', 'finished fifth').fit).toBeCloseTo(context.options.otherOrdinalFit);
		expect(shortAnswer('who finished third', 'finished third').fit).toBe(1);
	});

	it('reads "who won" as asking of the first, which "came second" or a runner-up is not', () => {
		expect(otherOrdinal('who won the union vote', 'Pryce, 59, came second with 39,870 votes.')).toBe(true);
		expect(otherOrdinal('who won the final', 'Carver, the runner-up, receives 100,000 pounds.')).toBe(true);
		expect(otherOrdinal('who won the vote', 'Okafor won 48,312 votes and Pryce came second.')).toBe(false);
		expect(otherOrdinal('who won the vote', 'Turnout was low.')).toBe(false);
		expect(otherOrdinal('who came second', 'Pryce came second.')).toBe(false);
		const { shortAnswer, context } = floodReport('Pryce, 59, came second with 39,870 votes in the union vote.');
		expect(shortAnswer('who won the union vote', 'Pryce').fit).toBeLessThanOrEqual(context.options.otherOrdinalFit);
	});

	it('takes a rank of a thing ("his second novel") for no placing when "who won" asks of the first', () => {
		const novel = 'The Sankofa Prize went to novelist Chinedu Okafor, 36, for his second novel.';
		expect(otherOrdinal('who won the sankofa prize', novel)).toBe(false);
		expect(otherOrdinal('who won the prize', 'Okafor came second, behind Asante.')).toBe(true);
		expect(otherOrdinal('who won the prize', 'Okafor took third place.')).toBe(true);
		expect(otherOrdinal('Who won the marathon?', 'Kipchoge finished second yesterday in 2:03.')).toBe(true);
		expect(otherOrdinal('Who won the marathon?', 'Kipchoge came second despite a late surge.')).toBe(true);
		expect(otherOrdinal('What was her first novel?', novel)).toBe(true);
	});

	it('counts the rank asked, written right by the person, as the fact asked, and one elsewhere not', () => {
		const text =
			'Race Report\n\nSalas won ahead of Oliver Brandt, with Mercedes driver Kenji Ito third.\n\nA third defendant, Mara Holt, was acquitted after a long trial in the city of Lund.';
		const { shortAnswer } = floodReport(text);
		expect(shortAnswer('who finished third', 'Ito third').matched).toBe(true);
		const trial = 'A third defendant was cleared; Holt was jailed.';
		const holt = trial.indexOf('Holt');
		expect(sameOrdinal('whats the name of the third defendant', trial, [holt, holt + 4])).toBe(false);
	});

	it("counts a rank later in the person's own clause, no other name between, as the fact asked", () => {
		const chess = "Georgia's Nino Beridze, 34, was the best-placed woman, finishing second on nine points.";
		const at = chess.indexOf('Nino');
		expect(sameOrdinal('who came second', chess, [at, at + 'Nino Beridze'.length])).toBe(true);
		const race = 'Ito won the race in a sprint, with Varga second.';
		expect(sameOrdinal('who came second', race, [0, 3])).toBe(false);
		const split = 'Ito won the sprint. Varga was second.';
		expect(sameOrdinal('who came second', split, [0, 3])).toBe(false);
	});

	it('asks the second of "the runner-up" and a stage of "the final"', () => {
		expect(otherOrdinal('how many votes did the runner up get', 'Okafor won 48,312 votes.')).toBe(true);
		expect(otherOrdinal('how many votes did the runner-up get', 'Pryce came second with 39,870 votes.')).toBe(false);
		expect(otherOrdinal('what was the final score', 'He won his semi-final 6-3 on Saturday.')).toBe(true);
		expect(otherOrdinal('what was the final score', 'He won the final 7-5 after beating Reid in the semi-final.')).toBe(
			false,
		);
		expect(otherOrdinal('what was the semi final score', 'He won his semi-final 6-3.')).toBe(false);
		expect(otherOrdinal('what was the final score', 'He won 7-5.')).toBe(false);
	});
});

describe('rankUnsaid', () => {
	it('tells a sentence with no placing at all for "who came third"', () => {
		const station = '"I stood at the station for 25 minutes and not one bike came back," said Sofie Lund.';
		expect(rankUnsaid('who came third', station)).toBe(true);
		expect(rankUnsaid('who finished 2nd in the womens race', station)).toBe(true);
		expect(rankUnsaid('who came third', 'He finished second, ahead of grandmaster Lúcia Varela.')).toBe(false);
		expect(rankUnsaid('who came third', 'Ito was 3rd.')).toBe(false);
		expect(rankUnsaid('who won', station)).toBe(false);
	});

	it('fits such a sentence as one of another placing', () => {
		const { shortAnswer, context } = floodReport(
			'"Not one bike came back," said Sofie Lund, a nursing student.\n\nJordan Whitfield of the United States was third.',
		);
		expect(shortAnswer('who came third', 'Sofie Lund').fit).toBe(context.options.otherOrdinalFit);
		expect(shortAnswer('who came third', 'Whitfield').fit).toBeGreaterThan(context.options.otherOrdinalFit);
	});
});
