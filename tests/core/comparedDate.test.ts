import { describe, expect, it } from 'vitest';
import { comparedDate, comparedFigure } from '../../src/core/comparedDate.ts';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { loadReports } from '../../src/reports/loadReports.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { floodReport } from './floodReport.ts';
import { shippedModelTuning } from './shippedModel.ts';

function phrase(sentence: string, text: string) {
	const start = sentence.indexOf(text);
	return { text, start, end: start + text.length, typed: true };
}

describe('comparedDate', () => {
	it('tells the benchmark of a comparison from the time of the event', () => {
		const largest = 'It was the largest bank robbery in France since 2019.';
		expect(comparedDate('When did the robbery happen?', largest, phrase(largest, '2019'))).toBe(true);
		const worst = 'The floods were the worst to hit the region since March 1998, officials said.';
		expect(comparedDate('when did the floods hit', worst, phrase(worst, 'March 1998'))).toBe(true);
		const strike = 'Workers have been on strike since March 3.';
		expect(comparedDate('When did the strike begin?', strike, phrase(strike, 'March 3'))).toBe(false);
	});

	it('keeps the benchmark when the question asks for it', () => {
		const first = 'It was their first title since 1998.';
		expect(comparedDate('When did they last win the title?', first, phrase(first, '1998'))).toBe(false);
		expect(comparedDate('When was the last title before this one?', first, phrase(first, '1998'))).toBe(false);
	});

	it('reads "since 2004" picked whole, and "last" the verb asks no benchmark', () => {
		const worst = 'It was the worst blackout in Greece since 2004, when a heatwave cut power to Athens.';
		expect(comparedDate('How long did the blackout last?', worst, phrase(worst, 'since 2004'))).toBe(true);
		expect(comparedDate('how long did the blackout last in Athens', worst, phrase(worst, 'since 2004'))).toBe(true);
		const strike = 'Dockers have been on strike since 2004.';
		expect(comparedDate('How long has the strike lasted?', strike, phrase(strike, 'since 2004'))).toBe(false);
		const west = 'Dockers have been on strike at the West Gate terminal since 2004.';
		expect(comparedDate('How long have the dockers been on strike?', west, phrase(west, 'since 2004'))).toBe(false);
		const costly = 'The strike, which has cost the port more than $1bn, has run since 2004.';
		expect(comparedDate('How long has the strike run?', costly, phrase(costly, 'since 2004'))).toBe(false);
	});

	it('makes "how long did the blackout last" decline rather than answer "since 2004"', () => {
		const text =
			'It was the worst blackout in Greece since 2004, when a heatwave knocked out power to Athens for several hours.\n\nThe grid operator said it was investigating.';
		const parsed = parseReport('blackout', text);
		if (!parsed.ok) throw new Error(parsed.problem);
		const answer = createFactdesk([parsed.report], shippedModelTuning()).ask('how long did the blackout last');
		expect(answer.answered).toBe(false);
	});

	it('makes "When did the robbery happen?" of a report decline rather than answer "2019"', () => {
		const robbery = loadReports('tests/fixtures/news-reports').reports.filter((r) => r.id === 'robbery');
		const answer = createFactdesk(robbery, shippedModelTuning()).ask('When did the robbery happen?');
		expect(answer.answer).not.toBe('2019');
	});
});

describe('comparedFigure', () => {
	const sentence = "It was the index's biggest drop since October 1987, when a crash knocked 14.9 percent off it.";
	const at = sentence.indexOf('14.9');

	it('tells the benchmark event\'s figure, in the "since …, when" clause, from the one asked about', () => {
		expect(comparedFigure('How much did the index drop on Monday?', sentence, at)).toBe(true);
		expect(comparedFigure('How much did the index drop in 1987?', sentence, at)).toBe(false);
		expect(comparedFigure('How much did it fall the last time?', sentence, at)).toBe(false);
		expect(comparedFigure('How much did the index drop?', 'The index dropped 9.4 percent.', 25)).toBe(false);
	});

	it("keeps the benchmark event's figure for a question that names that event", () => {
		const bridge =
			"The Varnak disaster was the country's deadliest bridge failure since 1974, when the Orrefjord bridge collapsed and killed 23 people.";
		const dead = bridge.indexOf('23');
		expect(comparedFigure('how many were killed in the orrefjord bridge disaster?', bridge, dead)).toBe(false);
		expect(comparedFigure('how many were killed in the varnak disaster', bridge, dead)).toBe(true);
	});

	it("tells an earlier, similar event's figure and date from the one asked about", () => {
		const similar = 'In 2019, a similar error at an Australian bank duplicated about 12,000 payments.';
		const figure = similar.indexOf('12,000');
		expect(comparedFigure('how many payments were duplicated', similar, figure)).toBe(true);
		expect(comparedFigure('how many payments did the similar error duplicate', similar, figure)).toBe(false);
		// Asked of that event by the year it opens with.
		expect(comparedFigure('how many payments were duplicated in 2019', similar, figure)).toBe(false);
		expect(comparedFigure('how many payments did the 2019 error duplicate', similar, figure)).toBe(false);
		expect(comparedFigure('how many payments were duplicated in 2020', similar, figure)).toBe(true);
		expect(comparedDate('when did the error happen', similar, phrase(similar, '2019'))).toBe(true);
		const own = 'The error duplicated about 64,000 payments on Friday.';
		expect(comparedFigure('how many payments were duplicated', own, own.indexOf('64,000'))).toBe(false);
	});

	it("tells an earlier one's figure and the record beaten from the one asked about", () => {
		const earlier = 'An earlier shaft at Vessby struck water in 2011 at a depth of 640 metres.';
		expect(comparedFigure('how deep did they dig to hit water', earlier, earlier.indexOf('640'))).toBe(true);
		expect(comparedFigure('how deep was the earlier shaft', earlier, earlier.indexOf('640'))).toBe(false);
		const record = 'It was the biggest crowd at the ground, beating the 4,210 who watched the 2017 final.';
		expect(comparedFigure('how many people were in the crowd', record, record.indexOf('4,210'))).toBe(true);
		expect(comparedFigure('what was the old record crowd', record, record.indexOf('4,210'))).toBe(false);
		const before = 'The shop had been robbed once before, in 1998, when thieves took watches worth about $90,000.';
		expect(comparedFigure('how much were the stolen watches worth', before, before.indexOf('$90,000'))).toBe(true);
		expect(comparedFigure('how much was taken in 1998', before, before.indexOf('$90,000'))).toBe(false);
		const milestone = 'The death toll surpassed 10,000 on Monday, and attendance at the vigil eclipsed 50,000.';
		expect(comparedFigure('how many people have died', milestone, milestone.indexOf('10,000'))).toBe(false);
		expect(comparedFigure('how many people came to the vigil', milestone, milestone.indexOf('50,000'))).toBe(false);
		const surpassed = 'The crowd of 7,200 surpassed the previous record of 6,150 set in 2019.';
		expect(comparedFigure('how many people were in the crowd', surpassed, surpassed.indexOf('6,150'))).toBe(true);
		const overturned = 'Overturning an earlier ruling, the court awarded $2 million in damages.';
		expect(comparedFigure('how much did the court award', overturned, overturned.indexOf('$2'))).toBe(false);
		const thisTime =
			'It had been robbed once before, in 1998, when thieves took watches worth $90,000, but this time the gang escaped with $2 million.';
		expect(comparedFigure('how much did the gang steal', thisTime, thisTime.indexOf('$2 million'))).toBe(false);
		expect(comparedFigure('how much did the gang steal', thisTime, thisTime.indexOf('$90,000'))).toBe(true);
		const beaten = 'The home side won, beating Norland 31-27 in front of 5,000 fans.';
		expect(comparedFigure('how many fans were there', beaten, beaten.indexOf('5,000'))).toBe(false);
	});

	it('lowers the fit of such a figure when it is the short answer, counted or measured', () => {
		const { shortAnswer } = floodReport(
			'An earlier shaft at Vessby struck water at a depth of 640 metres. The new shaft struck water at a depth of 910 metres. It was the biggest crowd at the ground, beating the 4,210 who watched the 2017 final.',
		);
		const deep = 'how deep did they dig to hit water';
		expect(shortAnswer(deep, 'An earlier shaft').fit).toBeLessThan(1);
		expect(shortAnswer(deep, 'The new shaft').phrase.text).toContain('910 metres');
		expect(shortAnswer(deep, 'The new shaft').fit).toBe(1);
		expect(shortAnswer('how many people were in the crowd', 'beating the 4,210').fit).toBeLessThan(1);
	});

	it('answers "how much did it drop on Monday" with the day\'s figure, not the benchmark\'s (learned ranking)', () => {
		const text =
			"Korvia Shares Plunge\n\nKORVIA CITY (Reuters) — Korvian stocks suffered their steepest one-day fall in decades on Monday, with the Vesta index plunging 9.4 percent.\n\nIt was the Vesta index's biggest percentage drop since October 1987, when the Black Monday crash knocked 14.9 percent off the index in a single session.";
		const parsed = parseReport('vesta', text);
		if (!parsed.ok) throw new Error(parsed.problem);
		const answer = createFactdesk([parsed.report], shippedModelTuning()).ask(
			'how much did the vesta index drop on monday',
		);
		expect(answer.answer).toBe('9.4 percent');
	});
});
