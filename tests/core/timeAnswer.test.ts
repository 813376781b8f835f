import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { floodReport } from './floodReport.ts';

const TEXT = [
	'Junior doctors walked out at 7 a.m. on Monday and will return at 7 a.m. on Saturday, June 21.',
	'The truce will take effect at midnight on Sunday, August 10, the envoy said.',
	'The lander touched down on Tuesday at 6:40 p.m. local time.',
].join('\n\n');

const parsed = parseReport('times', TEXT);
if (!parsed.ok) throw new Error(parsed.problem);
const desk = createFactdesk([parsed.report], {});

describe('timeAnswer', () => {
	it('takes a weekday of a habit ("every Monday") for no date, unless the question asks of the habit', () => {
		const { shortAnswer, context } = floodReport(
			'Clock strikes again\n\nAlbert Fenn, 84, who wound the town hall clock by hand every Monday, watched the first strike.',
		);
		expect(shortAnswer('when was the clock first put up', 'wound the town hall').fit).toBe(
			context.options.missingFigureFit,
		);
		expect(shortAnswer('when did fenn usually wind the clock', 'wound the town hall').fit).toBe(1);
	});

	it('answers "when" with every part of the time written together ("at midnight on Sunday, August 10")', () => {
		expect(desk.ask('When does the truce take effect?').answer).toBe('at midnight on Sunday, August 10');
		expect(desk.ask('When did the lander touch down?').answer).toBe('on Tuesday at 6:40 p.m.');
		expect(desk.ask('When will the junior doctors return?').answer).toBe('7 a.m. on Saturday, June 21');
	});
});

describe('timeAnswer for "how long did it take"', () => {
	it('takes no time of day for when something was built, but the year the sentence writes', () => {
		const { context, shortAnswer } = floodReport(
			'Dog Medal\n\nPORT, Oct. 3 — A dog got a medal. Juno found the survivors beneath the seven-storey Marisol building, which collapsed when a quake struck at 3:14 a.m. on March 9. The tower, built in 1979 by a local firm, fell at 3:15 a.m. as well.',
		);
		const clock = shortAnswer('when was the marisol building built', 'quake struck');
		expect(clock.fit).toBe(context.options.missingFigureFit);
		expect(shortAnswer('when was the tower built', 'built in 1979').phrase.text).toBe('1979');
		expect(shortAnswer('when did the quake strike', 'quake struck').fit).toBe(1);
	});

	it('takes no length for a length of time ("70 centimetres wide")', () => {
		const shaft = parseReport('shaft', 'Rescuers drilled a shaft 70 centimetres wide to reach the miners.');
		if (!shaft.ok) throw new Error(shaft.problem);
		const answer = createFactdesk([shaft.report], {}).ask('how long did it take to drill the shaft');
		expect(answer.answered).toBe(false);
	});

	it('takes no length held for ("could be held for up to 96 hours") as when something happens', () => {
		const { context, shortAnswer } = floodReport(
			'Police said the seven suspects could be held for up to 96 hours before being charged. They appear in court on Friday.',
		);
		expect(shortAnswer('when do the suspects appear in court', 'held for').fit).toBe(context.options.otherDurationFit);
		expect(shortAnswer('when do the suspects appear in court', 'appear in court').phrase.text).toBe('on Friday');
		expect(shortAnswer('how long can the suspects be held', 'held for').fit).toBe(1);
	});

	it('takes no date of a sentence that tells of nothing to come for "when is the next…"', () => {
		const { shortAnswer, context } = floodReport(
			'The bank raised its main rate by 1.5 points to 13.5% on Thursday.\n\nThe committee will next meet on December 12.',
		);
		expect(shortAnswer("when is the bank's next rate meeting", 'on Thursday').fit).toBe(
			context.options.missingFigureFit,
		);
		expect(shortAnswer("when is the bank's next rate meeting", 'December 12').fit).toBe(1);
		const again = floodReport('The rate-setting committee meets again on March 20.');
		expect(again.shortAnswer('when is the next rate meeting', 'March 20').fit).toBe(1);
	});

	it('takes no day of this week\'s event for "when was the last time…"', () => {
		const { shortAnswer, context } = floodReport(
			'Serra Azul won the title for the first time on Sunday.\n\nThe club last reached the final in 1993.',
		);
		const asked = 'when was the last time serra azul made the final';
		expect(shortAnswer(asked, 'on Sunday').fit).toBe(context.options.missingFigureFit);
		expect(shortAnswer(asked, '1993').fit).toBe(1);
		expect(shortAnswer('when did serra azul win the title', 'on Sunday').fit).toBe(1);
	});

	it('takes no bare number for "how long ago" ("a four-legged whale")', () => {
		const { shortAnswer } = floodReport(
			'Fossil reveals four-legged whale\n\nThe whale lived about 41 million years ago.',
		);
		expect(shortAnswer('how long ago did the walking whale live', 'four-legged').fit).toBeLessThan(0.5);
		expect(shortAnswer('how long ago did the walking whale live', '41 million').phrase.text).toBe(
			'about 41 million years',
		);
	});
});

describe('timeAnswer for "how long" of a sum or a share', () => {
	it('takes no sum of money or share for a length of time', () => {
		const club = parseReport('club', 'The Hollis family sold the club for £165m, and Hollis kept 6% of its shares.');
		if (!club.ok) throw new Error(club.problem);
		const answer = createFactdesk([club.report], {}).ask('how long did the hollis family own the club');
		expect(answer.answered).toBe(false);
		const years = parseReport('club', 'The Hollis family sold the club for £165m after owning it for 31 years.');
		if (!years.ok) throw new Error(years.problem);
		expect(createFactdesk([years.report], {}).ask('how long did the hollis family own the club').answer).toBe(
			'31 years',
		);
	});
});

describe('timeAnswer for a past "when"', () => {
	it('takes a length of time alone for no answer ("within 28 days" for "when was it built"), a century still', () => {
		const text =
			'Tower\n\nHouseholds must leave within 28 days after cracks were found.\n\nSuch towers were built in the 16th century.';
		const { shortAnswer, context } = floodReport(text);
		expect(shortAnswer('when was the tower built', 'Households').fit).toBe(context.options.otherDurationFit);
		expect(shortAnswer('when will the households leave', 'Households').fit).toBe(1);
		expect(shortAnswer('when were such towers built', '16th century').fit).toBe(1);
		const single = floodReport('Single\n\nOn February 6, 2016, one day before the Super Bowl, she released a single.');
		expect(single.shortAnswer('when did she release the single', 'released').phrase.text).toBe('February 6, 2016');
		const filed = floodReport(
			'Station\n\nCADDLETON, North Venmoor, Wed. 8 — The fire station would close within two years under plans published on Tuesday.',
		);
		expect(filed.shortAnswer('when did the town first get a fire station', 'two years').phrase.text).toBe('on Tuesday');
	});
});

describe('timeAnswer for "what day"', () => {
	it('takes a day, and no month, year or day of another deed alone', () => {
		const text =
			'Officers\n\nSix officers were hired last year and start on Monday, April 28.\n\nA larger trial is due to begin next May.\n\nThe pilot ends in 2027.';
		const { shortAnswer, context } = floodReport(text);
		const hired = shortAnswer('what day do the officers start', 'hired last year');
		expect(hired.phrase.text).toBe('on Monday, April 28');
		expect(hired.fit).toBe(1);
		expect(shortAnswer('what day does the trial start', 'next May').fit).toBe(context.options.missingFigureFit);
		expect(shortAnswer('which day does the pilot end', 'in 2027').fit).toBe(context.options.missingFigureFit);
		expect(shortAnswer('until what date does the pilot run', 'in 2027').fit).toBe(1);
		expect(shortAnswer('when does the trial start', 'next May').fit).toBe(1);
		const said = floodReport('Plant\n\nThe carmaker said on Monday that its plant would close in March.');
		const close = said.shortAnswer('what day will the plant close', 'carmaker');
		expect(close.phrase.text).not.toBe('on Monday');
		expect(close.fit).toBe(said.context.options.missingFigureFit);
		const single = floodReport(
			'Single\n\nOn February 6, 2016, one day before the Super Bowl, she released a new single.',
		);
		expect(single.shortAnswer('what day did she release the single', 'released').phrase.text).toBe('February 6, 2016');
	});

	it('takes the day beside the words asked, not a length in days nearer them ("on the run for four days after escaping")', () => {
		const { shortAnswer } = floodReport(
			'Manhunt\n\nPolice on Sunday caught a man who had been on the run for four days after escaping from a prison van.',
		);
		const caught = shortAnswer('what day did police catch the escaped man', 'four days');
		expect(caught.phrase.text).toBe('on Sunday');
		expect(caught.fit).toBe(1);
	});
});

describe('timeAnswer for "how long … now" of a length that changed', () => {
	it('answers with the length it changed to, unless an earlier time is asked', () => {
		const { shortAnswer } = floodReport(
			'Visas\n\nThe embassy will cut the standard processing time for business visas from 15 working days to five.',
		);
		expect(shortAnswer('how long will business visas take now', 'embassy').phrase.text).toBe('five');
		expect(shortAnswer('how long did business visas take before', 'embassy').phrase.text).toContain('15 working days');
	});

	it('gives no full fit to the sum a pay rose to ("from $41,200 to $46,000") for "how long is the contract"', () => {
		const { shortAnswer } = floodReport(
			"Pay\n\nStarting pay for a new teacher with a bachelor's degree will climb from $41,200 to $46,000 by 2027.",
		);
		const short = shortAnswer('how long is the new teacher contract', 'Starting pay');
		expect(short.fit).toBeLessThan(1);
	});
});

describe('timeAnswer for "how long … each day"', () => {
	it('gives a length in the unit the question measures by a low fit, and a length within it a full one', () => {
		const { shortAnswer, context } = floodReport(
			'Play\n\nThe festival ran over five days. Doctors say children should play outside for two hours each day.',
		);
		const asked = 'how long should children play outside each day';
		expect(shortAnswer(asked, 'five days').fit).toBe(context.options.otherDurationFit);
		expect(shortAnswer(asked, 'two hours').phrase.text).toContain('two hours');
		expect(shortAnswer(asked, 'two hours').fit).toBe(1);
		expect(shortAnswer('how long did the festival run', 'five days').fit).toBe(1);
		const venus = floodReport(
			'Planets\n\nA day on Venus lasts about 243 days. The month-long strike lasted two months.',
		);
		expect(venus.shortAnswer('How long is a day on Venus?', 'Venus').fit).toBe(1);
		expect(venus.shortAnswer('How long did the month-long strike last?', 'strike').fit).toBe(1);
		const staff = floodReport('Rota\n\nStaff work eight hours a day, five days a week.');
		expect(staff.shortAnswer('How many hours do staff work each day?', 'Staff').phrase.text).toBe('eight hours');
	});
});

describe('timeAnswer for "what time"', () => {
	it('takes no length of time or year alone for a time of day, but a part of the day still answers', () => {
		const text =
			'Slide\n\nThe area had received 312 millimetres of rain in the 72 hours before the collapse.\n\nIt was the worst slide since 2013.\n\nThe hillside gave way late on Sunday night.';
		const { shortAnswer, context } = floodReport(text);
		expect(shortAnswer('what time did the hillside collapse', '72 hours').fit).toBe(context.options.otherDurationFit);
		expect(shortAnswer('what time did the hillside collapse', 'since 2013').fit).toBe(context.options.otherDurationFit);
		expect(shortAnswer('what time did the hillside collapse', 'Sunday night').fit).toBe(
			context.options.missingFigureFit,
		);
		const days = floodReport(
			"Storm\n\nThe storm made landfall on Saturday.\n\nThe quake struck at 10 o'clock on Tuesday.",
		);
		expect(days.shortAnswer('what time did the storm make landfall', 'on Saturday').fit).toBe(
			days.context.options.missingFigureFit,
		);
	});

	it('counts a time of day (a length of time for "how long") as the fact asked, from the sentence that gives it', () => {
		const { shortAnswer } = floodReport(
			'Crews reached the slide on Friday.\n\nThe hillside gave way at 3:40 a.m. on Friday.',
		);
		const clock = shortAnswer('what time did the hillside collapse', 'gave way');
		expect(clock.phrase.text).toContain('3:40 a.m.');
		expect(clock.matched).toBe(true);
		expect(shortAnswer('what time did the hillside collapse', 'Crews reached').matched).not.toBe(true);
		// Likewise a length of time for "how long".
		expect(shortAnswer('how long did the crews search', 'Crews reached').matched).not.toBe(true);
		const { shortAnswer: search } = floodReport('Crews searched the slide for 52 hours before they found the miners.');
		expect(search('how long did the crews search', 'Crews searched').matched).toBe(true);
	});
});

describe('timeAnswer for "how long is the line"', () => {
	it("answers a thing's length with the length its sentence gives, hyphened or not, not the years it took", () => {
		const tram = parseReport(
			'tram',
			'Trams returned to the city for the first time in 71 years, on a new 11.4-kilometre line to the campus.',
		);
		if (!tram.ok) throw new Error(tram.problem);
		expect(createFactdesk([tram.report], {}).ask('how long is the new tram line').answer).toBe('11.4 kilometres');
		const metro = parseReport('metro', 'After nine years of work, the 14.2 km (8.8 miles) metro line opened.');
		if (!metro.ok) throw new Error(metro.problem);
		expect(createFactdesk([metro.report], {}).ask('How long is the metro line?').answer).toBe('14.2 km (8.8 miles)');
		// A speed is no length: the road's sentence gives its days open, not "95 kilometres".
		const { shortAnswer } = floodReport(
			'The road was open 19 days. The airship flew 900 kilometres at 95 kilometres per hour.',
		);
		expect(shortAnswer('how long was the airship road', 'airship flew').phrase.text).toBe('900 kilometres');
		const { shortAnswer: speedOnly } = floodReport(
			'The road was open 19 days. The airship flew at 95 kilometres per hour.',
		);
		expect(speedOnly('how long was the airship road', 'airship flew').fit).toBeLessThan(1);
	});
});

describe('timeAnswer for "how long was the steamship"', () => {
	it('asks a length of a ship of any make, which "since 2000" is not, but not of a championship', () => {
		const { shortAnswer } = floodReport(
			'It is the 18th wreck found in these waters since 2000. The SS Aldine, a 68-metre steamship, sank in 1893. The championship ran for 16 days.',
		);
		expect(shortAnswer('how long was the steamship', 'since 2000').fit).toBeLessThan(1);
		expect(shortAnswer('how long was the steamship', 'SS Aldine').phrase.text).toBe('68 metres');
		expect(shortAnswer('how long was the championship', 'championship ran').fit).toBe(1);
	});
});

describe('timeAnswer for "how long was the train stuck"', () => {
	it('reads a thing followed by its state ("stuck", "grounded") as a length of time asked', () => {
		const { shortAnswer } = floodReport(
			'A train carrying 300 passengers was stuck for nearly 9 hours in deep snow near Otaru. The jets were grounded for two weeks.',
		);
		expect(shortAnswer('how long was the train stuck in the snow', 'was stuck').phrase.text).toBe('nearly 9 hours');
		expect(shortAnswer('how long was the train stuck in the snow', 'was stuck').fit).toBe(1);
		expect(shortAnswer('how long were the planes grounded', 'were grounded').fit).toBe(1);
		expect(shortAnswer('how long is the train', 'was stuck').fit).toBeLessThan(1);
	});
});

describe('expected mentions for "how many days"', () => {
	it('counts the days a length of time gives ("shut on 23 days"), not a day that places it', () => {
		const { shortAnswer } = floodReport('The bath was shut on 23 days last summer. It reopened on Monday.');
		const days = shortAnswer('how many days was the bath closed last summer', 'shut on 23 days');
		expect(days.phrase.text).toBe('23 days');
		expect(days.fit).toBe(1);
		expect(shortAnswer('how many days was the bath closed last summer', 'reopened on Monday').fit).toBeLessThan(1);
	});
});

describe('timeAnswer for the day a statement was made', () => {
	it('gives "said on Tuesday" a low fit for "when" of the event, not for "when did they say"', () => {
		const { shortAnswer } = floodReport(
			'About 48,000 students will have to resit a maths paper after it was leaked, the exam board said on Tuesday.',
		);
		const leaked = shortAnswer('when did the paper get leaked', 'resit');
		expect(leaked.phrase.text).toBe('on Tuesday');
		expect(leaked.fit).toBeLessThan(1);
		expect(shortAnswer('when did the exam board say the paper was leaked', 'resit').fit).toBe(1);
	});
});

describe('timeAnswer for "how long" of an age', () => {
	it('gives an age ("two or three years old") a low fit for "how long did it take"', () => {
		const { shortAnswer } = floodReport(
			'The whale, estimated to be two or three years old, was seen near the ferry pier.',
		);
		expect(shortAnswer('how long did the old ferry take', 'years old').fit).toBeLessThan(1);
	});
});

describe('timeAnswer for a length of time measured from the event asked', () => {
	it('takes no "six months after the collapse" for when it collapsed, but the date that says it', () => {
		const { shortAnswer, context } = floodReport(
			'Collapse\n\nThe stand collapsed during a match on April 14.\n\nNine fans remain in hospital six months after the collapse.',
		);
		expect(shortAnswer('when did the stand collapse', 'six months').fit).toBe(context.options.otherDurationFit);
		expect(shortAnswer('when did the stand collapse', 'April 14').fit).toBe(1);
	});
});

describe('timeAnswer for "how long is <a thing>"', () => {
	it('leaves a sentence that gives no length to another, and answers with the length of the one that does', () => {
		const { shortAnswer, context } = floodReport(
			'Cable car\n\nThousands of people queued for hours on Saturday to ride the new cable car line.\n\nThe 4.2-kilometre line has five stations.',
		);
		expect(shortAnswer('how long is the new cable car line', 'Thousands of people').fit).toBe(
			context.options.missingFigureFit,
		);
		const line = shortAnswer('how long is the new cable car line', 'five stations');
		expect(line.phrase.text).toBe('4.2 kilometres');
		expect(line.fit).toBe(1);
	});
});

describe('timeAnswer for a race time', () => {
	it('answers "what was her time" with the time the race took, and leaves a sentence without one to another', () => {
		const { shortAnswer, context } = floodReport(
			'Swim\n\nBenjelloun finished on Sunday evening in 7 hours, 48 minutes and 12 seconds.\n\nShe set off at 6 a.m. on Sunday.',
		);
		const time = shortAnswer('what was her time', 'Benjelloun finished');
		expect(time.phrase.text).toBe('7 hours, 48 minutes and 12 seconds');
		expect(time.fit).toBe(1);
		expect(shortAnswer('what was her time', 'She set off').fit).toBe(context.options.missingFigureFit);
		expect(shortAnswer('what time did she set off', 'She set off').phrase.text).toContain('6 a.m.');
	});

	it('answers "when" or "what era" with a named period of history ("the Low Middle Ages", "the Romantic era")', () => {
		const { shortAnswer } = floodReport(
			'During the Low Middle Ages it was the main language of the court.\n\nKarel Vos (1 March 1810 – 17 October 1849) was a pianist of the Romantic era.',
		);
		expect(shortAnswer('when was it the main language of the court', 'court').phrase.text).toBe('Low Middle Ages');
		expect(shortAnswer('in what era was karel vos active', 'pianist').phrase.text).toBe('Romantic era');
		expect(shortAnswer('when was karel vos born', 'pianist').phrase.text).toBe('1 March 1810');
	});
});

describe('timeAnswer for "when will" of a date told as past', () => {
	const report = (text: string) => {
		const parsed = parseReport('tram', text);
		if (!parsed.ok) throw new Error(parsed.problem);
		return createFactdesk([parsed.report], {});
	};

	it('answers with the date to come of the same sentence ("suspended on Friday and will resume on Sunday")', () => {
		const desk = report(
			'Ferry services from Split to Vis and Hvar were suspended on Friday and will resume on Sunday, the port authority said.',
		);
		expect(desk.ask('when will the ferries to vis resume?').answer).toBe('on Sunday');
	});

	it('takes no past date for a time to come ("the first of which opened in 2010")', () => {
		const past = 'The tram line to Bystrc is the fifth in the Brno network, the first of which opened in 2010.';
		expect(report(past).ask('when will the next tram line in brno open').answered).toBe(false);
		const toCome = 'The tram line to Bystrc is the fifth in the Brno network and will open in 2027.';
		expect(report(toCome).ask('when will the tram line to bystrc open').answer).toBe('2027');
	});
});

describe('timeAnswer for "how long are the <things>" of a count of them', () => {
	it('gives the length after the count, not the count nor an earlier length', () => {
		const { shortAnswer } = floodReport(
			'Bridge shut\n\nThe 1,240-meter Aller Bridge, which opened in 1972, was closed after an inspection found three cracks up to 40 centimeters long in welds beneath the deck.',
		);
		expect(shortAnswer('how long are the cracks', 'Aller Bridge').phrase.text).toBe('up to 40 centimeters');
		expect(shortAnswer('How long will the inspection go on?', 'Aller Bridge').phrase.text).not.toMatch(
			/40 centimeters/,
		);
	});
});

describe('timeAnswer for seasons and the length of a core', () => {
	it('takes seasons for a length of time, and a length for the core', () => {
		const { shortAnswer } = floodReport(
			'Curling\n\nThe four have played together for six seasons and won two titles.\n\nThe drillers took three summer seasons to pull up the ice core, which is 2,780 metres long.',
		);
		const together = shortAnswer("How long has Brunner's team played together", 'played together');
		expect([together.phrase.text, together.fit]).toEqual(['six seasons', 1]);
		expect(shortAnswer('How long is the core?', 'ice core').phrase.text).toBe('2,780 metres');
	});
});

describe('timeAnswer for a time before the present', () => {
	const sentence = 'The basin filled with seawater about 40 million years ago, the survey found.';
	const { shortAnswer } = floodReport(`Basin\n\n${sentence}`);

	it('answers "when" with the time ago, "how many years ago" with its count', () => {
		expect(shortAnswer('When did the basin fill with seawater?', 'seawater')).toMatchObject({
			phrase: { text: 'about 40 million years ago' },
			fit: 1,
		});
		expect(shortAnswer('how many years ago did the basin fill', 'seawater')).toMatchObject({
			phrase: { text: 'about 40 million years' },
			fit: 1,
		});
	});
});

describe('timeAnswer for "how long" of a gap between events', () => {
	const text =
		'Tram line opens\n\nThe new tram line opened on Monday, two years late. Trams reach the harbour in 18 minutes. The line was approved five years ago. Its manager took charge 18 months ago.';
	const { shortAnswer, context } = floodReport(text);

	it('takes no "two years late" or "five years ago" for how long a trip takes', () => {
		expect(shortAnswer('how long does it take to get to the harbour', 'two years late').fit).toBe(
			context.options.otherDurationFit,
		);
		expect(shortAnswer('how long does the trip take', 'approved').fit).toBe(context.options.otherDurationFit);
		expect(shortAnswer('how long does it take to get to the harbour', '18 minutes').fit).toBe(1);
		const talks = floodReport('Talks\n\nNegotiators met for 14 hours late into Tuesday night.');
		expect(talks.shortAnswer('how long did the negotiators meet', '14 hours').fit).toBe(1);
		const late = floodReport('Bridge\n\nThe bridge opened three years late in 2019.');
		expect(late.shortAnswer('how long did the bridge take to build', 'three years').fit).toBe(
			late.context.options.otherDurationFit,
		);
	});

	it('takes them for how late, how long ago, and how long someone has been doing something', () => {
		expect(shortAnswer('how late was the tram line', 'two years late').fit).toBe(1);
		expect(shortAnswer('how long ago was the line approved', 'approved').fit).toBe(1);
		expect(shortAnswer('how long has the manager been in charge', 'took charge')).toMatchObject({
			phrase: { text: '18 months' },
			fit: 1,
		});
	});
});

describe('timeAnswer for "when will X reopen" of a closure that goes on', () => {
	it('takes no day a place stays shut for the day it reopens', () => {
		const { shortAnswer, context } = floodReport(
			'Orvik flood\n\nSchools in Orvik will remain closed on Monday, the council said. The bridge stays shut until Friday.',
		);
		expect(shortAnswer('when will schools reopen', 'remain closed').fit).toBe(context.options.missingFigureFit);
		expect(shortAnswer('when will schools close', 'remain closed')).toMatchObject({ phrase: { text: 'on Monday' } });
	});

	it('takes the day a place stays shut until for the day it reopens', () => {
		const { shortAnswer, context } = floodReport(
			'Orvik flood\n\nThe museum was closed on Monday and will remain shut at least until Thursday, a spokesman said.',
		);
		expect(shortAnswer('when will the museum reopen', 'remain shut')).toMatchObject({
			phrase: { text: 'Thursday' },
			fit: 1,
		});
		expect(shortAnswer('when will the museum be repainted', 'remain shut').fit).toBe(context.options.untypedFit);
	});

	it('takes no qualified length of time ("almost two years") for when something happened', () => {
		const { shortAnswer } = floodReport(
			'The frog was found during an expedition in 2023, but it took almost two years of testing to confirm it.',
		);
		expect(shortAnswer('what month in 2023 was the expedition', 'frog').phrase.text).not.toBe('almost two years');
	});

	it('answers "what time" with a time of the 24-hour clock, unless it is of another day than the one asked', () => {
		const { shortAnswer, context } = floodReport(
			'The train derailed at about 21:15 near Holt. The cloud, thrown out on Wednesday, struck at 11:40 EDT on Friday.',
		);
		expect(shortAnswer('what time did the derailment happen', 'derailed')).toMatchObject({
			phrase: { text: 'about 21:15' },
			fit: 1,
		});
		expect(shortAnswer('what time on wednesday was the cloud thrown out', 'struck').fit).toBe(
			context.options.missingFigureFit,
		);
		expect(shortAnswer('what time on friday did the cloud strike', 'struck').fit).toBe(1);
	});

	it('answers "when" with a length of time that says when ("after 14 minutes", "within 30 days")', () => {
		const { shortAnswer } = floodReport(
			'Carvalho opened the scoring after 14 minutes. A first report will be published within 30 days.',
		);
		expect(shortAnswer('when did carvalho open the scoring', 'scoring')).toMatchObject({
			phrase: { text: 'after 14 minutes' },
			fit: 1,
		});
		expect(shortAnswer('when will the first report come out', 'published').phrase.text).toBe('within 30 days');
	});

	it('keeps the part of a date asked ("the end of April", "the second half of next year")', () => {
		const { shortAnswer } = floodReport(
			'Lindahl expects parliament to vote by the end of April. The plant will open in the second half of next year.',
		);
		expect(shortAnswer('when does lindahl expect the vote', 'Lindahl').phrase.text).toBe('the end of April');
		expect(shortAnswer('when will the plant open', 'plant').phrase.text).toBe('the second half of next year');
	});

	it('gives a date told as the time before ("last erupted in 1987") no fit for "when did it erupt", but for "last"', () => {
		const { shortAnswer, context } = floodReport(
			'Mount Velka, which rises 1,900 metres above the sea, last erupted in 1962, when ash covered Orvik.',
		);
		expect(shortAnswer('when did mount velka erupt', 'last erupted').fit).toBe(context.options.missingFigureFit);
		const last = shortAnswer('when did mount velka last erupt', 'last erupted');
		expect(last.phrase.text).toMatch(/1962/);
		expect(last.fit).toBe(1);
	});

	it('gives a date told as the first plan ("originally due by 2022") no fit, unless the first plan is asked', () => {
		const { shortAnswer, context } = floodReport(
			'The bypass, begun in 2015, was originally due to be completed by 2022. It is now expected to open in 2029.',
		);
		expect(shortAnswer('when will the bypass be finished now', 'originally due').fit).toBe(
			context.options.missingFigureFit,
		);
		const first = shortAnswer('when was the bypass originally due to be finished', 'originally due');
		expect(first.phrase.text).toMatch(/2022/);
		expect(first.fit).toBe(1);
	});
});

describe('timeAnswer joining the parts of one time', () => {
	it('joins a day to its date, not a length of time that measures from another event', () => {
		const { shortAnswer } = floodReport(
			'The federation said a sample taken on Jan. 16, two days before a title defence, had shown traces of a steroid. The fire started at 7 a.m. on Saturday, June 21, officials said.',
		);
		expect(shortAnswer('when was the sample taken', 'sample').phrase.text).toBe('Jan. 16');
		expect(shortAnswer('when did the fire start', 'fire').phrase.text).toBe('7 a.m. on Saturday, June 21');
	});
});
