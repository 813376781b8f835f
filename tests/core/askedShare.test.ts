import { describe, expect, it } from 'vitest';
import { askedShare } from '../../src/core/askedShare.ts';
import { findMentions } from '../../src/core/findMentions.ts';
import { contentStems, tokenize } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';

function share(question: string, sentence: string) {
	return askedShare(question, sentence, findMentions(sentence), tokenize(sentence), new Set(contentStems(question)));
}

describe('askedShare', () => {
	const trial =
		'In a trial of 1,250 children, 67 percent of those taking the pill could eat two peanuts, against 9 percent of those given a placebo.';
	const runoff = 'Elena Vargas won the runoff, taking 54.6 percent of the vote against 45.4 percent for Rodrigo Paz.';

	it('answers "what percentage" with the share nearest the words asked, not a count the question gives', () => {
		expect(share('what percentage of kids on the pill could eat two peanuts', trial)?.text).toBe('67 percent');
		expect(share('What percentage of those given a placebo could?', trial)?.text).toBe('9 percent');
	});

	it('reads "what is the X share of" as a share asked, and no share price', () => {
		const deal = 'Under the deal, Norway will receive 31.5% of the total allowable catch and EU vessels 22.8%.';
		expect(share("whats the eu's share of the catch", deal)?.text).toBe('22.8%');
		expect(
			share('whats the uk share of the mackerel catch', 'Norway and the EU agreed to share the catch.'),
		).toBeNull();
		expect(share('what is the share price of Vestra', deal)).toBeUndefined();
		expect(share("what's the eu's share of the catch", 'The EU lands about a third of the catch.')?.text).toBe(
			'a third',
		);
		const quote = '"We spend less on research as a share of GDP than almost any other rich country," he said.';
		expect(share("whats the govt's own r&d spending as a share of gdp", quote)).toBeNull();
		expect(share('what is r&d spending as a share of gdp', 'Spending reached 1.7% of GDP.')?.text).toBe('1.7%');
	});

	it('reads "what %" as "what percentage"', () => {
		const ballot = 'Turnout was 61%, and 68% of members who took part in the ballot backed the deal.';
		expect(share('what % of nurses backed the deal', ballot)?.text).toBe('68%');
	});

	it('reads "by what percentage" and "by how much %" as a share asked, over the level the figure fell to', () => {
		const milk = 'Clearbrook cut its base price to 31 cents a litre in September, a drop of about 18 percent.';
		expect(share('by what percentage did the price fall', milk)?.text).toBe('about 18 percent');
		expect(share('by how many percent did the price fall', milk)?.text).toBe('about 18 percent');
		expect(floodReport(milk).shortAnswer('by how much % did the price fall', 'Clearbrook').phrase.text).toBe(
			'about 18 percent',
		);
		expect(share('by how much did the price fall', milk)).toBeUndefined();
	});

	it('weighs whose share is asked over what it is of', () => {
		expect(share('What percentage of the vote did Vargas get?', runoff)?.text).toBe('54.6 percent');
		expect(share('what percentage of the vote did Paz get', runoff)?.text).toBe('45.4 percent');
	});

	it('takes no rise or fall for the part of a whole asked, unless the question asks how far it moved', () => {
		const shares = 'Arclight shares fell 11% on Monday.';
		expect(share("What share of the company's sales came from China?", shares)).toBeNull();
		expect(share('What percentage did Arclight shares fall?', shares)?.text).toBe('11%');
		const sales = 'China accounted for 23% of its sales, up 4% from a year earlier.';
		expect(share("What share of the company's sales came from China?", sales)?.text).toBe('23%');
	});

	it('takes no share that sizes a noun ("an 11% pay deal") for the part of a whole asked', () => {
		const headline = 'Nurses vote to accept 11% pay deal after 68% of members back it';
		expect(share('what % of nurses voted for the deal', headline)?.text).toBe('68%');
		expect(share('what % of nurses voted for the deal', 'Nurses vote to accept 11% pay deal')).toBeNull();
		const tax = 'Earners will pay a 45% tax on income above 150,000 euros.';
		expect(share('what percentage of income above 150,000 euros goes in tax', tax)?.text).toBe('45%');
	});

	it('answers "what fraction/proportion/share" with a fraction when no percentage is given, "what %" not', () => {
		const residents = 'In 2005, three out of five residents were graduates, and one in four had a higher degree.';
		expect(share('What fraction of residents were graduates?', residents)?.text).toBe('three out of five');
		expect(share('what proportion had a higher degree', residents)?.text).toBe('one in four');
		const discharges = 'The hospitals treat nearly one-fifth of all discharges in the city.';
		expect(share('What share of discharges do the hospitals treat?', discharges)?.text).toBe('one-fifth');
		expect(share('What percentage of discharges do they treat?', discharges)).toBeNull();
		expect(share('What fraction did sales rise by?', discharges)).toBeNull();
		expect(share('What share of adults are affected?', 'It affects one in 1,000 adults.')?.text).toBe('one in 1,000');
		expect(share('What portion of adults smoke?', 'About one-in-five adults smoke.')?.text).toBe('one-in-five');
		expect(share('What share of the trips were short?', 'Two in three minutes a bus left.')).toBeNull();
		expect(share('What share price did it reach?', 'It rose in the second half of trading.')).toBeUndefined();
	});

	it('is null for a sentence without a share, undefined for other questions', () => {
		expect(share('What percentage of homes lost power?', 'Power was cut to 400,000 homes.')).toBeNull();
		expect(share('How many children took part?', trial)).toBeUndefined();
	});

	it('answers "what %" (a count, like "what percentage") with the share, and gives a sentence without one a low fit', () => {
		const { shortAnswer } = floodReport(
			'Two-thirds of the reefs bleached.\n\nDivers found bleaching at 73 of 112 sites, or 65 percent.',
		);
		expect(shortAnswer('what % of the reefs were bleached', 'Two-thirds').fit).toBeLessThan(0.5);
		expect(shortAnswer('what % of the reefs were bleached', '65 percent').phrase.text).toBe('65 percent');
	});

	it('reads "made up 29%" as a part, not a change, and a relative clause as its name\'s', () => {
		const made = 'Women made up 31% of the staff, down from 36% a decade earlier.';
		expect(share('what share of the staff were women', made)?.text).toBe('31%');
		const vote =
			'Ruiz, 52, a lawyer, won 55.2 percent of the vote, ahead of the mayor, Ana Sola, 61, who took 38.9 percent.';
		expect(share('what share of the vote went to sola', vote)?.text).toBe('38.9 percent');
		expect(share('what share of the vote did ruiz win', vote)?.text).toBe('55.2 percent');
	});
});
