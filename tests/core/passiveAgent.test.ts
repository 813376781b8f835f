import { describe, expect, it } from 'vitest';
import { deedUntold, passiveAgent } from '../../src/core/passiveAgent.ts';
import { tokenize } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';

const agent = (question: string, sentence: string) => passiveAgent(question, sentence, tokenize(sentence));

describe('passiveAgent', () => {
	it('gives the named agent of the deed asked, past the words that describe it', () => {
		expect(
			agent('who spotted the bird', 'The bird was spotted on Monday by retired postman Ian Flett, 71.')?.text,
		).toBe('Ian Flett');
		expect(
			agent('who bought the club', 'The club was bought by a US consortium led by Texas banker Carl Dean.')?.text,
		).toBe('Carl Dean');
		expect(
			agent('who founded the town', 'The town was founded in 1824 by settlers John Allen and Ada Rumsey.')?.text,
		).toBe('John Allen and Ada Rumsey');
		expect(agent('who replaced him', 'He was replaced by Pedro Hidalgo de Cisneros.')?.text).toBe(
			'Pedro Hidalgo de Cisneros',
		);
		const beside = 'The bacterium was found in 2022 by a doctoral student, Amira Tessaly, 31.';
		const named = agent('who found the bacterium', beside);
		expect(named?.text).toBe('Amira Tessaly');
		expect(beside.slice(named?.start, named?.end)).toBe('Amira Tessaly');
		const apart =
			'It was first found in 2022 in soil samples collected near Ulvik, about 60 km south, by a student, Amira Tessaly.';
		expect(agent('who found it', apart)?.text).toBe('Amira Tessaly');
	});

	it('gives both agents joined by "and", past the words that describe the second, or named beside their kind', () => {
		const founded = 'CodeForge was founded in 2017 by analyst Tobias Wren and software engineer Priya Castellano.';
		expect(agent('who founded codeforge', founded)?.text).toBe('Tobias Wren and software engineer Priya Castellano');
		const pair = 'The firm was founded in 1871 by two brothers-in-law, Arthur Halberd and Josiah Finch.';
		const both = agent('who founded the firm', pair);
		expect(both?.text).toBe('Arthur Halberd and Josiah Finch');
		expect(pair.slice(both?.start, both?.end)).toBe('Arthur Halberd and Josiah Finch');
		expect(agent('who found the body', 'The body was found by John Allen and the National Police.')?.text).toBe(
			'John Allen',
		);
	});

	it('is null for an agent of a kind with no name, undefined where the deed is not told so', () => {
		expect(
			agent('who found the body', 'Tests on the body, found by a digger driver cutting peat, were run.'),
		).toBeNull();
		expect(agent('who found the body', 'Police found the body on Monday.')).toBeUndefined();
		expect(agent('who said it', 'It was said by Ian Flett.')).toBeUndefined();
	});
});

describe('whoAnswer for "who <did> X" of a passive', () => {
	it('answers with the named agent, and gives the unnamed one the fit unnamedAgentFit', () => {
		const { context, shortAnswer } = floodReport(
			[
				'Tests on the body, found by a digger driver cutting peat near Vejle, suggest the man grew up in Norway.',
				'The body was found in May 2023 by Lars Holm, 52, a digger driver cutting peat for garden soil.',
			].join('\n\n'),
		);
		const unnamed = shortAnswer('who found the body', 'near Vejle');
		expect(unnamed.phrase.text).toBe('a digger driver cutting peat');
		expect(unnamed.fit).toBe(context.options.unnamedAgentFit);
		const named = shortAnswer('who found the body', 'Lars Holm');
		expect(named.phrase.text).toBe('Lars Holm');
		expect(named.matched).toBe(true);
	});
});

describe('passiveAgent in the active voice', () => {
	it('reads no agent of another participle after an object ("opened the museum in a ceremony attended by")', () => {
		const opened = 'King Olav opened the museum in a ceremony attended by Prime Minister Ada Berg.';
		expect(agent('who opened the museum', opened)).toBeUndefined();
		expect(agent('who led the inquiry', 'The inquiry was led by the law firm Carver & Lowe.')?.text).toBe(
			'Carver & Lowe',
		);
	});
});

describe('deedUntold', () => {
	it('is true where the sentence never tells the deed a "who did" question asks, nor a synonym of it', () => {
		const soldiers = 'Soldiers detained after failed coup attempt in Maravia';
		expect(deedUntold('who led the coup attempt', tokenize(soldiers))).toBe(true);
		const plotters = 'The plotters were led by Colonel Ibrahim Sesay, 44.';
		expect(deedUntold('who led the coup attempt', tokenize(plotters))).toBe(false);
		expect(deedUntold('who is the colonel', tokenize(soldiers))).toBe(false);
	});

	it('takes the doer\'s noun ("winner", "founder") and "founded" for "started" as the deed told', () => {
		const winner = "The men's winner, Samuel Kiprono of Kenya, crossed the line in 2 hours and 6 minutes.";
		expect(deedUntold('who won the mens race', tokenize(winner))).toBe(false);
		expect(deedUntold('who organised the mens race', tokenize(winner))).toBe(true);
		const founded = 'Zentaro, founded in 2006 by engineer Tomas Ferrand, employs about 41,000 people.';
		expect(deedUntold('who started zentaro', tokenize(founded))).toBe(false);
		expect(deedUntold('who bought zentaro', tokenize(founded))).toBe(true);
	});

	it('lowers the fit of a "who did" answer from a sentence that does not tell the deed', () => {
		const { context, shortAnswer } = floodReport(
			'Soldiers detained after failed Maravia coup attempt\n\nThe plotters were led by Colonel Ibrahim Sesay, 44.',
		);
		expect(shortAnswer('who led the coup attempt', 'Soldiers detained').fit).toBe(context.options.untypedFit);
		expect(shortAnswer('who led the coup attempt', 'plotters were led').fit).toBe(1);
	});

	it('gives who gave the means a deed was done by: a grant, a loan or a donation from a body', () => {
		const sentence = 'The clinic was built by a loan of 4.5 million dollars from the Westmark Development Bank.';
		const given = agent('who built the clinic', sentence);
		expect(given?.text).toBe('Westmark Development Bank');
		expect(sentence.slice(given?.start, given?.end)).toBe('Westmark Development Bank');
		expect(agent('who built the clinic', 'The clinic was built by a local charity with help from Ben Ross.')).toBe(
			null,
		);
	});

	it("reads past the full stop of a title or an initial in the agent's name", () => {
		expect(agent('who led the survey', 'The survey was led by Dr. Ilse Varga, a geologist.')?.text).toBe(
			'Dr. Ilse Varga',
		);
		expect(agent('who founded the bank', 'The bank was founded by Tomas K. Ruud in 1901.')?.text).toBe('Tomas K. Ruud');
		expect(agent('who built it', 'It was built by local farmers. Prof. Lind said so.')).toBe(null);
	});

	it('answers with the agent told of without a name when no sentence below names them', () => {
		const sentence = 'She was pulled from the rubble by two neighbours and is in a stable condition.';
		let told = '';
		expect(agent('who pulled her from the rubble', sentence)).toBe(null);
		passiveAgent('who pulled her from the rubble', sentence, tokenize(sentence), (p) => {
			told = sentence.slice(p.start, p.end);
		});
		expect(told).toBe('two neighbours');
		const { shortAnswer, context } = floodReport(`Ola Berg was hurt in the collapse. ${sentence}`);
		const short = shortAnswer('who pulled ola berg from the rubble', 'pulled from');
		expect(short.phrase.text).toBe('two neighbours');
		expect(short.fit).toBe(context.options.unnamedAgentFit);
	});
});

describe('passiveAgent of means with a sum', () => {
	it('answers who gave a grant of "$48,000", never the sum cut at its comma', () => {
		const sentence = 'The expedition was funded by a $48,000 grant from the Rainforest Trust, a U.S.-based group.';
		const { shortAnswer } = floodReport(sentence);
		expect(shortAnswer('who funded the expedition', 'expedition').phrase.text).toBe('Rainforest Trust');
		const { shortAnswer: paid } = floodReport('The dig was paid for by a $12,500 donation, the museum said.');
		expect(paid('who paid for the dig', 'dig').phrase.text).not.toBe('a $12');
	});
});

describe('deedUntold of a placing', () => {
	it('reads "Third place went to X" as telling who came third', () => {
		const third = 'Third place went to 14-year-old Marguerite Oyelaran of Stonebridge.';
		expect(deedUntold('Who came third?', tokenize(third))).toBe(false);
		expect(deedUntold('who finished second', tokenize(third))).toBe(true);
		expect(deedUntold('who came third', tokenize('Marguerite Oyelaran won the junior title.'))).toBe(true);
	});
});

describe('passiveAgent past a date written with a month abbreviation', () => {
	it('reads the agent after "spotted on Aug. 13 by", and answers "who" with the crew told of', () => {
		const seals = 'The first carcasses were spotted on Aug. 13 by a ferry crew near the north wall.';
		let told: string | undefined;
		expect(passiveAgent('who spotted the first dead seals', seals, tokenize(seals), (p) => (told = p.text))).toBeNull();
		expect(told).toBe('a ferry crew');
		const { shortAnswer, context } = floodReport(seals);
		const answer = shortAnswer('who spotted the first dead seals', 'carcasses');
		expect(answer.phrase.text).toBe('a ferry crew');
		expect(answer.fit).toBe(context.options.unnamedAgentFit);
	});
});

describe('passiveAgent of a deed to come', () => {
	it('answers "who will chair" and "who\'s gonna chair" with the agent of "would be chaired by"', () => {
		const inquiry = 'She said the inquiry would be chaired by a retired judge, Sir Anthony Brace, from next month.';
		expect(passiveAgent("who's gonna chair the inquiry", inquiry, tokenize(inquiry))?.text).toBe('Sir Anthony Brace');
		expect(passiveAgent('who will chair the inquiry', inquiry, tokenize(inquiry))?.text).toBe('Sir Anthony Brace');
		expect(passiveAgent('who will be the judge', inquiry, tokenize(inquiry))).toBeUndefined();
	});
});
