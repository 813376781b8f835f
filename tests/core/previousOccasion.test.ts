import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { earlierYearsFigure, previousOccasion } from '../../src/core/previousOccasion.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { floodReport } from './floodReport.ts';

const at = (sentence: string, figure: string) =>
	[sentence.indexOf(figure), sentence.indexOf(figure) + figure.length] as const;

describe('previousOccasion', () => {
	it('reads a figure of an earlier occasion ("the previous edition", "its last notice, in 2019")', () => {
		const edition = 'In 2022, the previous edition, 290 violinists applied.';
		expect(previousOccasion('how many violinists applied', edition, ...at(edition, '290'))).toBe(true);
		const notice = 'Its last boil-water notice, in 2019, affected 4,500 homes for three days.';
		expect(previousOccasion('how many homes are affected', notice, ...at(notice, '4,500'))).toBe(true);
		// An earlier disaster of the same kind: "its last rail disaster … was in 2012, when 16 people died".
		const crash =
			"The country's last rail disaster of comparable scale was in 2012, when 16 people died in a collision.";
		expect(previousOccasion('how many people died in the train crash', crash, ...at(crash, '16'))).toBe(true);
		const draft = "Last year's draft in Port Esker drew 12,900 people.";
		expect(previousOccasion('how many ppl came to the draft', draft, ...at(draft, '12,900'))).toBe(true);
		expect(previousOccasion('how many came to last years draft', draft, ...at(draft, '12,900'))).toBe(false);
		const banned = "Daniel Kiprop, who won last year's Berlin Marathon, has been banned for four years.";
		expect(previousOccasion('how long is kiprop banned for', banned, ...at(banned, 'four years'))).toBe(false);
	});

	it('leaves a figure of the event itself, and questions that ask of a time', () => {
		const record = 'A record 412 violinists applied, up from 290 at the previous edition.';
		expect(previousOccasion('how many violinists applied', record, ...at(record, '412'))).toBe(false);
		const edition = 'In 2022, the previous edition, 290 violinists applied.';
		expect(previousOccasion('how many violinists applied in 2022', edition, ...at(edition, '290'))).toBe(false);
		expect(previousOccasion('how many applied the previous time', edition, ...at(edition, '290'))).toBe(false);
		const first = 'For the first time, 412 violinists applied.';
		expect(previousOccasion('how many violinists applied', first, ...at(first, '412'))).toBe(false);
		const strike = 'The walkout, the first nationwide strike since 1996, drew 40,000 teachers.';
		expect(previousOccasion('how many teachers walked out', strike, ...at(strike, '40,000'))).toBe(false);
		const quake = 'The earthquake, the strongest since the last major quake in 1999, killed 300 people.';
		expect(previousOccasion('how many people did the earthquake kill', quake, ...at(quake, '300'))).toBe(false);
		const up = 'About 5,000 people attended, up on the last fair.';
		expect(previousOccasion('how many people attended', up, ...at(up, '5,000'))).toBe(false);
	});
});

describe('countFactAnswer of a figure of an earlier occasion', () => {
	it("does not answer with the previous occasion's figure", () => {
		const parsed = parseReport(
			'violin',
			[
				"A record 412 violinists from 48 countries applied to this year's Halloran Competition in Cork.",
				'In 2022, the previous edition, 290 violinists applied.',
			].join('\n\n'),
		);
		if (!parsed.ok) throw new Error(parsed.problem);
		const answer = createFactdesk([parsed.report], {}).ask('how many violinists applied');
		expect(answer.answer).not.toContain('290');
	});
});

describe('earlierYearsFigure', () => {
	const report =
		'Storm Lina hits coast\nDHAKA, May 3 - Storm Lina struck the coast on Monday, killing at least 12 people.';
	const then = 'In 1991, a storm of similar strength killed about 9,000 people in the region.';

	it('reads a figure whose clause opens with a year the report’s opening does not name as an earlier occasion’s', () => {
		expect(earlierYearsFigure('how many people died', then, then.indexOf('about'), () => report)).toBe(true);
		expect(earlierYearsFigure('how many people died in 1991', then, then.indexOf('about'), () => report)).toBe(false);
		expect(
			earlierYearsFigure('how many people died', then, then.indexOf('about'), () =>
				report.replace('Monday', 'Monday in 1991'),
			),
		).toBe(false);
	});

	it('answers "how many died" with the event’s own toll', () => {
		const { shortAnswer } = floodReport(`${report.replace('\n', '\n\n')}\n\n${then}`);
		expect(shortAnswer('how many people died', 'In 1991').fit).toBeLessThan(1);
		expect(shortAnswer('how many people died', 'Storm Lina struck').fit).toBe(1);
	});

	it('reads "was last hit this hard in November 1993, when Typhoon Delfina … killed 37" as the earlier occasion\'s, asked of "the typhoon"', () => {
		const last =
			'The island was last hit this hard in November 1993, when Typhoon Delfina destroyed about 22,000 hectares of crops and killed 37 people.';
		expect(earlierYearsFigure('how many people died in the typhoon', last, last.indexOf('37'), () => report)).toBe(
			true,
		);
		expect(earlierYearsFigure('how many people died in typhoon delfina', last, last.indexOf('37'), () => report)).toBe(
			false,
		);
		const record = "The previous record at St. Aldric's was set in 2015, when surgeons performed 358 transplants.";
		const hospital = "St. Aldric's breaks record\nSt. Aldric's performed 412 transplants. St. Aldric's staff cheered.";
		expect(
			earlierYearsFigure('how many transplants did st aldrics do', record, record.indexOf('358'), () => hospital),
		).toBe(true);
		const began = "The case began in March 2023, when a beekeepers' association sent 24 jars to a laboratory.";
		expect(earlierYearsFigure('how many jars did they send', began, began.indexOf('24'), () => report)).toBe(false);
	});
});

describe('earlierYearsFigure of other openings', () => {
	const report = 'Volcano erupts\nREYKJAVIK - A volcano erupted on Tuesday, sending ash more than 11 kilometres high.';

	it('reads "In December 2014," and "The 2011 eruption, …" as a clause’s year, unless the question names that occasion', () => {
		const month = 'In December 2014, a landslide in the district killed more than 100 people.';
		expect(earlierYearsFigure('how many died', month, month.indexOf('more'), () => report)).toBe(true);
		const subject = 'The 2011 eruption, which was larger than the one in 2010, sent ash 20 kilometres high.';
		expect(earlierYearsFigure('how high did the ash go', subject, subject.indexOf('20 kilometres'), () => report)).toBe(
			true,
		);
		const named = 'In January 2022, the Fern Hollow Bridge collapsed, injuring 10 people.';
		expect(
			earlierYearsFigure('how many were hurt when fern hollow bridge fell', named, named.indexOf('10'), () => report),
		).toBe(false);
		expect(earlierYearsFigure('how many were hurt', named, named.indexOf('10'), () => report)).toBe(true);
	});
});

describe('previousOccasion told by "last" and a past verb', () => {
	it('reads "Vireo last raised prices in October 2023, when the plan climbed by $2" as an earlier occasion', () => {
		const sentence = 'Vireo last raised prices in October 2023, when the standard plan climbed by $2.';
		expect(
			previousOccasion(
				'how much is vireo raising its price',
				sentence,
				sentence.indexOf('$2'),
				sentence.indexOf('$2') + 2,
			),
		).toBe(true);
		expect(
			previousOccasion(
				'how much did vireo raise prices last time',
				sentence,
				sentence.indexOf('$2'),
				sentence.length - 1,
			),
		).toBe(false);
		const { shortAnswer } = floodReport(sentence);
		expect(shortAnswer('how much is vireo raising its price', 'Vireo').fit).toBeLessThan(1);
		expect(shortAnswer('how much did vireo raise prices last time', 'Vireo').fit).toBe(1);
	});
});

describe('earlierYearsFigure of "in 1974, when …"', () => {
	const report =
		'Quake shakes Lorvik\nLORVIK, Norland - An earthquake shook the valley on Sunday, killing three people.';
	const then =
		'The valley last suffered a strong quake in 1974, when a magnitude 5.9 tremor killed more than 40 people.';

	it('reads a figure in a "when" clause after a year the opening does not name as an earlier occasion’s', () => {
		expect(earlierYearsFigure('how many died in the quake', then, then.indexOf('more'), () => report)).toBe(true);
		expect(earlierYearsFigure('how many died in 1974', then, then.indexOf('more'), () => report)).toBe(false);
		// Without the comma the year dates what precedes it ("took over the choir in 2019 when it had 21 members").
		const choir = 'Pryce took over the choir in 2019 when it had just 21 members.';
		expect(earlierYearsFigure('how many members did it have', choir, choir.indexOf('21'), () => report)).toBe(false);
	});

	it('answers "how many died in the quake" with the event’s own toll', () => {
		const { shortAnswer } = floodReport(`${report.replace('\n', '\n\n')}\n\n${then}`);
		expect(shortAnswer('how many people died in the quake', 'The valley').fit).toBeLessThan(1);
	});
});
