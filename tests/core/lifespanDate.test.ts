import { describe, expect, it } from 'vitest';
import { lifeEventUnsaid, lifespanDate, originUnsaid } from '../../src/core/lifespanDate.ts';
import { floodReport } from './floodReport.ts';

describe('lifespanDate', () => {
	const chopin = 'Frédéric Chopin (/ˈʃoʊpæn/; 1 March 1810 – 17 October 1849) was a Polish composer.';

	it('answers "born" with the first date of a life’s span, and "die" with the second', () => {
		expect(lifespanDate('What year was Chopin born?', chopin)?.text).toBe('1 March 1810');
		expect(lifespanDate('When did Chopin die?', chopin)?.text).toBe('17 October 1849');
		expect(lifespanDate('When was she born?', 'Ann Lee (born 1961) is a writer.')?.text).toBe('1961');
	});

	it('gives nothing for other questions, or a sentence without a span', () => {
		expect(lifespanDate('When did Chopin move to Paris?', chopin)).toBeUndefined();
		expect(lifespanDate('When did he die?', 'He died in Paris in 1849.')).toBeUndefined();
	});
});

describe('lifeEventUnsaid', () => {
	it("says a sentence tells of no birth or death asked about, unless it gives a life's span", () => {
		const runoff = 'Former finance minister Elena Vargas won the runoff on Sunday.';
		expect(lifeEventUnsaid('When was Elena Vargas born?', runoff)).toBe(true);
		expect(lifeEventUnsaid('When was Calder born?', 'Born in Memphis in 1936, Calder began playing piano.')).toBe(
			false,
		);
		expect(lifeEventUnsaid('When did Calder die?', 'Ruth Calder died on Saturday at her home.')).toBe(false);
		expect(lifeEventUnsaid('When did Chopin die?', 'Chopin (1 March 1810 – 17 October 1849) was a composer.')).toBe(
			false,
		);
		expect(lifeEventUnsaid('When did Vargas win?', runoff)).toBe(false);
	});
});

describe('originUnsaid', () => {
	it('tells a sentence that gives no start of the thing asked when it was founded or built', () => {
		const sale = 'BRUSSELS - Brouwerij De Klaproos has agreed to be bought by Hanamori on Monday.';
		expect(originUnsaid('when was de klaproos founded', sale)).toBe(true);
		expect(originUnsaid('when was de klaproos founded', 'The brewery, founded in 1873, makes ale.')).toBe(false);
		expect(originUnsaid('when was the block built', 'The building was built in 1962.')).toBe(false);
		expect(originUnsaid('when was the block built', 'A blast destroyed one side of the building on Tuesday.')).toBe(
			true,
		);
		expect(originUnsaid('When was the Ashby Consort set up?', 'The Ashby Consort will cut 10 jobs on Friday.')).toBe(
			true,
		);
		expect(originUnsaid('When was the Ashby Consort set up?', 'The consort, founded in 1911, plays on.')).toBe(false);
		expect(originUnsaid('when was the band formed', 'The band split up on Friday.')).toBe(true);
		expect(originUnsaid('when was the brewery sold', sale)).toBe(false);
		expect(originUnsaid('when did the census start to allow a second box on the form', sale)).toBe(false);
	});

	it('reads a thing that "was started" or "first opened" as its start asked', () => {
		const rounds = 'More than 140 choirs entered the regional rounds, which began in October.';
		expect(originUnsaid('when was the choir started', rounds)).toBe(true);
		expect(originUnsaid('when was the choir started', 'Rowntree founded the choir in 2017.')).toBe(false);
		expect(originUnsaid('when was the firm started', 'His grandfather started the business in 1962.')).toBe(false);
		const tour = 'The orchestra will tour, starting with an open-air concert on Tuesday evening.';
		expect(originUnsaid('when was the orchestra started', tour)).toBe(true);
		expect(originUnsaid('when did the pier first open', '"I proposed to my wife on that pier in 1969," he said.')).toBe(
			true,
		);
		expect(originUnsaid('when was the pier first opened', 'The pier opened in 1898.')).toBe(false);
		expect(originUnsaid('when was the road opened', 'The road reopened on Friday.')).toBe(false);
		expect(originUnsaid('when did the fire start', rounds)).toBe(false);
	});

	it('lowers the fit of such a date as the answer', () => {
		const { shortAnswer, context } = floodReport('The brewery agreed to be sold on Monday.\n\nIt was founded in 1873.');
		expect(shortAnswer('when was the brewery founded', 'Monday').fit).toBeCloseTo(context.options.missingFigureFit);
		expect(shortAnswer('when was the brewery founded', '1873').fit).toBe(1);
	});

	it("makes the span of the person asked the very fact asked, and another's span not", () => {
		const { shortAnswer } = floodReport('Ardani (1838-1901) painted fewer than 200 oil paintings in Orvik.');
		const born = shortAnswer('when was emil ardani born', 'Ardani (');
		expect(born.phrase.text).toBe('1838');
		expect(born.matched).toBe(true);
		expect(shortAnswer('when was berg born', 'Ardani (').matched).toBe(false);
	});
});
