import { describe, expect, it } from 'vitest';
import {
	otherPeriod,
	otherRate,
	otherSpan,
	pastFigure,
	pastPeriodUntold,
	rateForTotal,
} from '../../src/core/otherPeriod.ts';
import { floodReport } from './floodReport.ts';

describe('otherPeriod', () => {
	it('tells a figure of this period given for a question about the one before', () => {
		const glacier = 'The glacier lost 6.1 percent of its ice volume this summer, the largest loss on record.';
		expect(otherPeriod('how much ice did the glacier lose the year before', glacier)).toBe(true);
		expect(otherPeriod('how much was last year’s apple crop worth', 'This year’s crop fell by half.')).toBe(true);
		expect(otherPeriod('how much was last year’s crop worth', 'The crop this year is worth half of it.')).toBe(true);
		// A running count "since the start of August" or "since March" is this year's; "since May 2019" is not.
		const running = 'Hospitals have treated 218 people since the start of August, and four have died.';
		expect(otherPeriod('how many people died last year', running)).toBe(true);
		expect(otherPeriod('how many people died last year', 'Since March, four people have died.')).toBe(true);
		expect(otherPeriod('how many people died last year', 'Since May 2019, 40 people have died.')).toBe(false);
		expect(otherPeriod('how many people died last year', 'Since March 3, 2019, 40 people have died.')).toBe(false);
	});

	it('reads no mismatch where the sentence gives both periods, or the question asks of this one', () => {
		const both = 'It lost 6.1 percent this summer, after 4.2 percent the year before.';
		expect(otherPeriod('how much ice did it lose the year before', both)).toBe(false);
		const cases = 'Clinics recorded 1,340 cases in the first nine months, against 720 in the same period last year.';
		expect(otherPeriod('how many snakebites have there been this year', cases)).toBe(false);
		expect(otherPeriod('how much ice did it lose', 'It lost 6.1 percent this summer.')).toBe(false);
	});
});

describe('otherSpan', () => {
	it('tells a figure of a span of another unit than the one asked', () => {
		const ships = 'About 190 container ships were rerouted in the past month, compared with 62 in the month before.';
		expect(otherSpan('how many new container ships were delivered last year', ships)).toBe(true);
		expect(otherSpan('how many ships were rerouted this week', ships)).toBe(true);
		expect(otherSpan('how many ships were rerouted last month', ships)).toBe(false);
		expect(otherSpan('how many ships were rerouted', ships)).toBe(false);
		expect(otherSpan('how many ships were rerouted last year', 'About 190 ships were rerouted.')).toBe(false);
	});

	it('takes a season for a year', () => {
		const maize = 'Farmers harvested 1.4 million tonnes of maize, down from 3.3 million tonnes a year earlier.';
		expect(otherSpan('how much maize did zambia harvest this season', maize)).toBe(false);
	});

	it('lowers the fit of such a figure as the answer', () => {
		const { shortAnswer } = floodReport('About 190 ships were rerouted in the past month, the consultancy said.');
		expect(shortAnswer('how many ships were delivered last year', '190 ships').fit).toBeLessThan(1);
		expect(shortAnswer('how many ships were rerouted in the past month', '190 ships').fit).toBe(1);
	});
});

describe('pastFigure', () => {
	it('tells a figure given for last year or season from the one the question asks of this year', () => {
		const festival = 'The festival, which organisers say attracted about 180,000 visitors last year, opened.';
		const end = festival.indexOf('visitors') + 'visitors'.length;
		expect(pastFigure('how many visitors came to the festival this year', festival, end)).toBe(true);
		expect(pastFigure('how many visitors came last year', festival, end)).toBe(false);
		const crop = 'Growers picked 240 million boxes this season, less than the 291 million boxes picked last season.';
		expect(pastFigure('how many boxes this season', crop, crop.indexOf('240 million boxes') + 17)).toBe(false);
		expect(pastFigure('how many boxes this season', crop, crop.indexOf('291 million boxes') + 17)).toBe(true);
	});

	it('tells a figure of a past year from the one a question asks "now"', () => {
		const lynx = 'By 2017 scientists estimated only about 130 adult lynx remained in the Alps.';
		const at = lynx.indexOf('about 130');
		expect(pastFigure('how many adult lynx are there now', lynx, at + 20, at)).toBe(true);
		expect(pastFigure('how many adult lynx were there in 2017', lynx, at + 20, at)).toBe(false);
		const now = 'By 2017 the herd had grown, and it now stands at about 170 animals.';
		const herd = now.indexOf('about 170');
		expect(pastFigure('how many are there now', now, herd + 17, herd)).toBe(false);
		const ago = '"Five years ago I would land 40 kilos of cod on a good night," said Jon Aas.';
		const cod = ago.indexOf('40 kilos');
		expect(pastFigure('how much cod does aas land now', ago, cod + 8, cod)).toBe(true);
		expect(pastFigure('how much cod did aas land five years ago', ago, cod + 8, cod)).toBe(false);
		const { shortAnswer, context } = floodReport(ago);
		const asked = shortAnswer('how much cod does aas land now', 'Five years ago');
		expect(asked.phrase.text).toMatch(/^40 kilos/);
		expect(asked.fit).toBe(context.options.missingFigureFit);
	});

	it('tells a figure given for last year from one aimed at or to come', () => {
		const carried = 'Sahra, which operates 54 aircraft, carried 9.6 million passengers last year.';
		const end = carried.indexOf('passengers') + 'passengers'.length;
		expect(pastFigure('how many passengers a year is sahra aiming for', carried, end)).toBe(true);
		expect(pastFigure('how many passengers will sahra carry', carried, end)).toBe(true);
		expect(pastFigure('how many passengers did sahra carry', carried, end)).toBe(false);
	});

	it("reads the past period further along the figure's words, or opening its clause", () => {
		const paid = 'Saxony paid out 1.1 million euros in compensation and fencing subsidies last year.';
		const at = paid.indexOf('1.1 million euros');
		expect(pastFigure('how much has saxony paid out this year', paid, at + 17, at)).toBe(true);
		const whole = 'In the whole of last year it paid $212,000.';
		const sum = whole.indexOf('$212,000');
		expect(pastFigure('how much has the city paid so far this year', whole, sum + 8, sum)).toBe(true);
		const now = 'In the whole of last year it paid $212,000; this year it has paid $386,000.';
		const current = now.indexOf('$386,000');
		expect(pastFigure('how much has the city paid so far this year', now, current + 8, current)).toBe(false);
		// Only the sentence's start opens a clause, not where a 60-character window happens to start.
		const long = 'Fans who cheered throughout the whole of last year and who then go on to pay 212 euros.';
		const fee = long.indexOf('212 euros');
		expect(pastFigure('how much do fans pay this year', long, fee + 9, fee)).toBe(false);
		const died = "Last year, 512 people died on Hungary's roads.";
		expect(pastFigure('how many people died this year', died, died.indexOf('512') + 3, died.indexOf('512'))).toBe(true);
		const cases =
			'It recorded 1,340 cases in the first nine months of the year, compared with 720 in the same period last year.';
		const first = cases.indexOf('1,340 cases');
		expect(pastFigure('how many cases this year', cases, first + 11, first)).toBe(false);
	});
});

describe("a count asked of this year beside last year's", () => {
	it("answers with this year's figure of the same thing", () => {
		const { shortAnswer } = floodReport(
			'The ministry recorded 1,340 snakebite cases in the first nine months of the year, compared with 720 in the same period last year.',
		);
		expect(shortAnswer('how many snakebites have there been this year', '1,340').phrase.text).toBe(
			'1,340 snakebite cases',
		);
	});
});

describe('otherRate', () => {
	it('finds a figure per no period where the question asks one per week, day or year', () => {
		expect(otherRate('how much will okafor earn a week', 'Kvarnby sold her for a fee of 1.4 million euros.')).toBe(
			true,
		);
		expect(otherRate('how many passengers a day will it carry', 'The flight had 276 passengers.')).toBe(true);
		expect(otherRate('how many passengers a day will it carry', 'It would carry 38,000 passengers a day.')).toBe(false);
		expect(
			otherRate('how much does the city pay every year', 'The council pays about 48 million euros annually.'),
		).toBe(false);
	});

	it("takes one year's or season's figure for a yearly one, and asks nothing of a question without a rate", () => {
		expect(otherRate('How many tourists visit annually?', 'It drew over 39 million tourists in 2013.')).toBe(false);
		expect(otherRate('how many goals does she score a season', 'She scored 31 goals last season.')).toBe(false);
		expect(otherRate('how much was the fee', 'Kvarnby sold her for a fee of 1.4 million euros.')).toBe(false);
		// "a day ticket", "a season pass": things named by a period, no rate asked.
		expect(otherRate('how much is a day ticket at the resort?', 'Day passes cost 62 euros.')).toBe(false);
		expect(otherRate('how much is a season pass', 'A pass for the winter costs 540 euros.')).toBe(false);
	});

	it('reads a period told with describing words ("in a typical summer season", "on a normal weekday")', () => {
		const coaster = 'It carries around 310,000 riders in a typical summer season.';
		expect(otherRate('how many ppl ride it each season', coaster)).toBe(false);
		expect(otherRate('how many ppl ride it a week', coaster)).toBe(true);
		const metro = 'On a normal weekday the metro carries about 560,000 passengers.';
		expect(otherRate('how many ppl ride the metro on a normal day', metro)).toBe(false);
	});
});

describe('rateForTotal', () => {
	const crews = 'He said crews were filling an average of 480 potholes a day, working six days a week.';
	const at = crews.indexOf('480');

	it('tells a figure per day from the total a question asks', () => {
		expect(rateForTotal('how many potholes did they fill in total last year', crews, at)).toBe(true);
		expect(rateForTotal('how many potholes did they fill so far', crews, at)).toBe(true);
		expect(rateForTotal('how many potholes do they fill a day', crews, at)).toBe(false);
		expect(rateForTotal('how many potholes do they fill', crews, at)).toBe(false);
		expect(rateForTotal('how many did they fill in total', 'They filled 480 potholes in March.', 12)).toBe(false);
	});

	it('tells a figure per day from the count of one day asked ("on the first day")', () => {
		const line = 'The line is expected to carry 85,000 passengers a day.';
		expect(rateForTotal('how many people rode it on the first day', line, line.indexOf('85,000'))).toBe(true);
		expect(rateForTotal('how many people ride it', line, line.indexOf('85,000'))).toBe(false);
	});

	it('tells a yearly figure from the count of one trip asked ("on the first ferry")', () => {
		const ferries = 'Caldera Ferries carries about 1.8 million passengers a year on the route.';
		const from = ferries.indexOf('about');
		expect(rateForTotal('how many passengers were on the first ferry', ferries, from)).toBe(true);
		expect(rateForTotal('how many passengers does it carry', ferries, from)).toBe(false);
		expect(rateForTotal('how fast did she go on the final glide', 'She reached 68 kilometres per hour.', 12)).toBe(
			false,
		);
		const { context, shortAnswer } = floodReport(
			`${ferries} The first sailing left on Thursday with 212 passengers on board.`,
		);
		expect(shortAnswer('how many passengers were on the first ferry', 'Caldera').fit).toBe(
			context.options.missingFigureFit,
		);
		expect(shortAnswer('how many passengers were on the first ferry', 'first sailing').phrase.text).toMatch(/^212/);
	});

	it('lowers the fit of such a figure as the answer', () => {
		const { shortAnswer } = floodReport('Crews were filling an average of 480 potholes a day, the council said.');
		expect(shortAnswer('how many potholes did they fill in total last year', '480 potholes').fit).toBeLessThan(1);
		expect(shortAnswer('how many potholes do they fill a day', '480 potholes').fit).toBe(1);
	});
});

describe('a count asked of last year beside this year’s', () => {
	it('answers with the figure compared with, given for the past period, and leaves other figures alone', () => {
		const { shortAnswer } = floodReport(
			[
				'Dengue',
				'The ministry has registered 148,600 suspected cases since January, compared with 81,200 in the same period last year.',
				'Okafor scored 31 goals in 26 league games last season.',
			].join('\n\n'),
		);
		expect(shortAnswer('How many cases were there by this point last year?', 'ministry').phrase.text).toBe('81,200');
		expect(shortAnswer('How many cases have there been this year?', 'ministry').phrase.text).toContain('148,600');
		expect(shortAnswer('How many goals did Okafor score last season?', 'Okafor').phrase.text).toContain('31');
		const { shortAnswer: crimes } = floodReport(
			'Crime\n\nPolice recorded 1,200 burglaries this year, up from 950 last year, and 300 car thefts, down from 410 last year.',
		);
		expect(crimes('How many car thefts were there last year?', 'Police').phrase.text).toBe('410');
	});

	it('answers "how many did X have before" with the figure a change started from', () => {
		const { shortAnswer } = floodReport('The Farmers Party fell to 22 seats from 31, its worst result in decades.');
		expect(shortAnswer('how many seats did the farmers party have before', 'Farmers Party').phrase.text).toBe('31');
		expect(shortAnswer('how many seats did the farmers party have last time', 'Farmers Party').phrase.text).toBe('31');
		expect(shortAnswer('how many seats did the farmers party win', 'Farmers Party').phrase.text).toBe('22 seats');
	});
});

describe('pastPeriodUntold', () => {
	it('tells a sentence that places its figure in no past as no answer to "last year"', () => {
		const next = 'Grovemart said it would close 47 of its 610 stores over the next 12 months.';
		expect(pastPeriodUntold('how many stores did grovemart close last year', next)).toBe(true);
		expect(pastPeriodUntold('how many teachers left the year before', 'About 1,412 teachers work there.')).toBe(true);
		const past = 'He said the hospital had hired 190 nurses in the past year.';
		expect(pastPeriodUntold('how many nurses did the hospital hire last year', past)).toBe(false);
		expect(pastPeriodUntold('how many stores closed last year', 'It closed 24 stores in 2024.')).toBe(false);
		expect(pastPeriodUntold('how many stores will close', next)).toBe(false);
		expect(pastPeriodUntold('how much did they sell last week', next)).toBe(false);
	});

	it('reads "last years" without its apostrophe and "last time" as a past asked', () => {
		const cheese = 'The winning cheese, called Brindle Tor, is made by Kettlewick Dairy.';
		expect(pastPeriodUntold('what was last years winning cheese called', cheese)).toBe(true);
		const seats = 'The liberal Free Citizens, who won 17 seats, are seen as likely partners.';
		expect(pastPeriodUntold('how many seats did the free citizens win last time', seats)).toBe(true);
		expect(pastPeriodUntold('how many seats did the free citizens win', seats)).toBe(false);
	});

	it('lowers the fit of someone who did a deed in no past for "who … last year"', () => {
		const { shortAnswer, context } = floodReport('The mayor, Dana Pruitt, opened the fair, which drew 4,000 visitors.');
		expect(shortAnswer('who opened the fair last year', 'Dana Pruitt').fit).toBe(context.options.otherOrdinalFit);
		expect(shortAnswer('who opened the fair', 'Dana Pruitt').fit).toBe(1);
	});

	it('lowers the fit of such a figure for "what was … last year" too', () => {
		const { shortAnswer, context } = floodReport('Valmora Terminals expects profits of about 12 million euros.');
		const fit = shortAnswer('what were valmora terminals profits last year', '12 million').fit;
		expect(fit).toBe(context.options.otherOrdinalFit);
		expect(shortAnswer('what were valmora terminals profits', '12 million').fit).toBe(1);
	});

	it('lowers the fit of a sentence of no past for "what was last year\'s …" and "where … last year"', () => {
		const { shortAnswer, context } = floodReport(
			'A nursing student from Sligo won the poetry slam on Saturday with a poem about her grandmother.',
		);
		expect(shortAnswer("what was last year's winning poem", 'Sligo').fit).toBeLessThan(1);
		expect(shortAnswer('what was the winning poem', 'Sligo').fit).toBe(1);
		expect(shortAnswer('where did the winner come from last year', 'Sligo').fit).toBeLessThanOrEqual(
			context.options.otherOrdinalFit,
		);
	});
});
