import { describe, expect, it } from 'vitest';
import { askedOpposites, holdsOpposite, parseAntonyms, saysOpposite } from '../../src/core/AntonymTable.ts';
import { analyseQuestion } from '../../src/core/analyseQuestion.ts';
import { buildAnswerContext } from '../../src/core/buildAnswerContext.ts';
import { chooseShortAnswer } from '../../src/core/chooseShortAnswer.ts';
import { indexReports } from '../../src/core/indexReports.ts';
import { stem, tokenize } from '../../src/core/tokenize.ts';
import { parseReport } from '../../src/reports/parseReport.ts';

const TABLE = parseAntonyms('first last\nfirst second\nlarger smaller\nsailed sailing\nbad');

const terms = (sentence: string) => new Set(sentence.toLowerCase().split(/\W+/).map(stem));

describe('parseAntonyms', () => {
	it('reads pairs both ways by stem and drops pairs of one stem and broken lines', () => {
		expect(TABLE.get(stem('first'))).toEqual([stem('last'), stem('second')]);
		expect(TABLE.get(stem('second'))).toEqual([stem('first')]);
		expect(TABLE.get(stem('smaller'))).toEqual([stem('larger')]);
		expect(TABLE.has(stem('sailed'))).toBe(false);
		expect(TABLE.has('bad')).toBe(false);
	});
});

describe('EXTRA_ANTONYMS', () => {
	it('adds the opposites WordNet misses to every table ("prequel" against "sequel")', () => {
		const table = parseAntonyms('first last');
		expect(table.get(stem('prequel'))).toEqual([stem('sequel')]);
		expect(table.get(stem('begin'))).toBeUndefined();
		expect(table.get(stem('first'))).toEqual([stem('last')]);
	});
});

describe('askedOpposites and holdsOpposite', () => {
	const context = { stems: { has: () => true }, correct: () => undefined, synonymWeight: 0.5, maxLength: 500 };
	const asked = askedOpposites(analyseQuestion('Which ferry was the first to sail?', context).terms, TABLE);

	it('finds the question words that have opposites', () => {
		expect(asked.map((a) => a.stem)).toEqual([stem('first')]);
		expect(askedOpposites(analyseQuestion('Which ferry sailed?', context).terms, TABLE)).toEqual([]);
		expect(askedOpposites(analyseQuestion('Which ferry was the first?', context).terms, undefined)).toEqual([]);
	});

	it('flags a sentence with an opposite and without the asked word, not one that holds both or neither', () => {
		expect(holdsOpposite(asked, terms('The Aurora was the second ferry to sail from Kessby.'))).toBe(true);
		expect(holdsOpposite(asked, terms('The Aurora sailed first and the Borea second.'))).toBe(false);
		expect(holdsOpposite(asked, terms('The Aurora sailed from Kessby.'))).toBe(false);
		expect(holdsOpposite(asked, undefined)).toBe(false);
	});

	it('takes the asked word\'s "re-" form for the word: "reopen" answers "open again" whatever closed before', () => {
		const open = askedOpposites(
			analyseQuestion('when does the shop open again', context).terms,
			parseAntonyms('open close'),
		);
		const shop = 'The shop will close for a week and is due to reopen on Monday.';
		expect(holdsOpposite(open, terms(shop))).toBe(false);
		expect(holdsOpposite(open, terms('The shop will close for a week from Monday.'))).toBe(true);
	});
});

describe('saysOpposite', () => {
	const table = parseAntonyms('first last\nold new');
	const question = (text: string) => ({
		text,
		terms: tokenize(text).map((t) => ({ stem: t.stem, weight: 1 })),
	});
	it('flags a sentence holding an opposite of a question word and not the word', () => {
		const sentence = tokenize('Her first album came out in 2003.');
		expect(saysOpposite(question('What was her last album?'), sentence, table)).toBe(true);
		expect(saysOpposite(question('What was her first album?'), sentence, table)).toBe(false);
		expect(saysOpposite(question('What was her last album?'), sentence, undefined)).toBe(false);
	});

	it('reads "mens" as typed in chat as the men\'s, against the women\'s', () => {
		const sexes = parseAntonyms('man woman');
		const race = tokenize("Marina Souza won the women's race in Lisbon.");
		expect(saysOpposite(question('who won the mens race'), race, sexes)).toBe(true);
		expect(saysOpposite(question('who won the womens race'), race, sexes)).toBe(false);
	});

	it('does not flag a sentence holding a synonym of the asked word ("a loss" for "lose") beside its opposite', () => {
		const losing = parseAntonyms('lose profit');
		const asked = question('How much did Brenvik lose in the quarter?');
		expect(saysOpposite(asked, tokenize('Brenvik made a profit of 4 million kronor.'), losing)).toBe(true);
		const loss = tokenize('Brenvik reported a net loss of 9 million kronor, against a profit of 4 million.');
		expect(saysOpposite(asked, loss, losing)).toBe(false);
	});

	it('takes no opposite the question itself uses ("higher or lower", "the Standing Committee … seated")', () => {
		const heights = parseAntonyms('higher lower\nstanding seated');
		const prices = tokenize('Prices at these outlets are generally higher than outside the airport.');
		expect(saysOpposite(question('Are prices at these outlets higher or lower?'), prices, heights)).toBe(false);
		expect(saysOpposite(question('Are prices at these outlets lower?'), prices, heights)).toBe(true);
		const seat = tokenize('Power rests with the Standing Committee in Beijing.');
		expect(saysOpposite(question('The Standing Committee is seated in what city?'), seat, heights)).toBe(false);
	});

	it('leaves out the words of the question\'s frame ("how old", "the last time")', () => {
		expect(saysOpposite(question('How old is the new mayor?'), tokenize('The new mayor, 52, spoke.'), table)).toBe(
			false,
		);
		const since = tokenize('It was the first total eclipse seen there since 1905.');
		expect(saysOpposite(question('When was the last time an eclipse was seen there?'), since, table)).toBe(false);
	});

	it('reads "the first … since" as the last time before, not as the contrary of "last"', () => {
		const rated = tokenize('The agency rated the storm G5, the first time it has done so since October 2003.');
		expect(saysOpposite(question('When did the agency last rate a storm G5?'), rated, table)).toBe(false);
		const link = tokenize(
			'It is the first direct rail link between the two countries since an operator scrapped a service in 2003.',
		);
		expect(saysOpposite(question('When was the last direct train?'), link, table)).toBe(false);
		const strike = tokenize('The first train since the strike began left at 6 a.m.');
		expect(saysOpposite(question('When did the last train leave?'), strike, table)).toBe(true);
		const first = tokenize('The agency rated the storm G5 for the first time in October 2003.');
		expect(saysOpposite(question('When did the agency last rate a storm G5?'), first, table)).toBe(true);
	});

	it('takes a negated word for no opposite: "failed to declare" of "undeclared", "no change" of "unchanged"', () => {
		const pairs = parseAntonyms('undeclared declared\nchange unchanged\nwin lose');
		const declare = tokenize('He had failed to declare a 150,000-euro loan from a developer.');
		expect(saysOpposite(question('how big was the undeclared loan'), declare, pairs)).toBe(false);
		expect(saysOpposite(question('how big was the undeclared loan'), tokenize('He declared a loan.'), pairs)).toBe(
			true,
		);
		const rates = tokenize('Nineteen economists had expected the bank to keep rates unchanged.');
		expect(saysOpposite(question('how many economists expected no change'), rates, pairs)).toBe(false);
		expect(saysOpposite(question('how many economists expected a change'), rates, pairs)).toBe(true);
		expect(saysOpposite(question('how many seats did they lose'), tokenize("They didn't win 12 seats."), pairs)).toBe(
			false,
		);
	});

	it('reads "the first … in 17 years" as the last time before', () => {
		const visit = tokenize("It would have been the orchestra's first visit to North America in 17 years.");
		expect(saysOpposite(question('how long since the orchestra last played in north america'), visit, table)).toBe(
			false,
		);
		expect(
			saysOpposite(question('how long since the title'), tokenize('The title is the first in 31 years.'), table),
		).toBe(false);
		expect(saysOpposite(question('when did the orchestra last play in north america'), visit, table)).toBe(true);
		const season = tokenize('It was the first visit to North America in the new season.');
		expect(saysOpposite(question('when was the last visit to north america'), season, table)).toBe(true);
	});

	it('takes a past form the stemmer leaves unfolded ("left") as the asked verb ("leave")', () => {
		const trips = parseAntonyms('leave arrive');
		const left = tokenize('The first train left Tangier at 6:10 a.m. and arrived in Marrakech at 8:50 a.m.');
		expect(saysOpposite(question('What time did the first train leave Tangier?'), left, trips)).toBe(false);
		const arrived = tokenize('The first train arrived in Marrakech at 8:50 a.m.');
		expect(saysOpposite(question('What time did the first train leave Tangier?'), arrived, trips)).toBe(true);
	});
});

describe('chooseShortAnswer of a sentence saying the opposite', () => {
	it('gives it the fit oppositeFit', () => {
		const parsed = parseReport('lind', 'Singer Ana Lind released her first album in 2003.');
		if (!parsed.ok) throw new Error(parsed.problem);
		const tuning = { antonyms: parseAntonyms('first last') };
		const { context } = buildAnswerContext(indexReports([parsed.report]), tuning);
		const fitOf = (text: string) => chooseShortAnswer(analyseQuestion(text, context.questionContext), 0, context).fit;
		expect(fitOf('When did Lind release her last album?')).toBeCloseTo(context.options.oppositeFit);
		expect(fitOf('When did Lind release her first album?')).toBe(1);
	});
});
