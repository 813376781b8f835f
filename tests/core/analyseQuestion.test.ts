import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/core/analyseQuestion.ts';
import { namesMissingFromParagraph } from '../../src/core/scoreConfidence.ts';
import { stem } from '../../src/core/tokenize.ts';
import { withReportTopic } from '../../src/core/withReportTopic.ts';
import { floodReport } from './floodReport.ts';

describe('analyseQuestion', () => {
	it('reads a contraction typed without its apostrophe ("cant", "hes") as the contraction, not an unknown word', () => {
		const { ask } = floodReport('Hannah Ries said she could not reopen the bakery until the insurer paid out.');
		for (const question of [
			'why cant she reopen the bakery',
			'when will shes reopen the bakery',
			'why wont it reopen',
		]) {
			expect(ask(question).unknown).toEqual([]);
		}
		expect(ask('why cant she reopen the bakry').unknown.map((u) => u.word)).toEqual([]);
		expect(ask('why cant she reopen the flat').unknown.map((u) => u.word)).toEqual(['flat']);
	});

	it('also looks up a compound the reports hyphenate when the question writes its words apart', () => {
		const { ask } = floodReport(
			'The city recorded 47 freeze-thaw cycles this winter, after a brutal thaw and a hard freeze.',
		);
		const terms = ask('how many freeze thaw cycles this winter').terms;
		expect(terms.map((t) => t.word)).toContain('freeze-thaw');
		expect(terms.find((t) => t.word === 'freeze-thaw')?.weight).toBeLessThan(1);
		expect(ask('how many cycles this winter').terms.map((t) => t.word)).not.toContain('freeze-thaw');
		const boats = floodReport('Two lifeboats reached the ferry. Life on board was hard, and the boats were old.').ask(
			'how many life boats reached the ferry',
		);
		expect(boats.terms.map((t) => t.word)).toContain('lifeboats');
	});

	it('reads "what do they earn" and "what did it cost" as asking a sum, as "how much" does', () => {
		const { ask, shortAnswer } = floodReport(
			'Starting salaries for teachers in Westmarch are 41,500 dollars a year, paid to some 2,300 teachers.',
		);
		expect(ask('what do new teachers earn in westmarch').type).toBe('count');
		expect(ask('what will the repairs cost').type).toBe('count');
		expect(ask('what did the painting sell for').type).toBe('count');
		expect(ask('what did the council pay for the land').type).toBe('count');
		expect(ask('what did management offer on pay').type).not.toBe('count');
		expect(ask('what did she say about the teachers').type).not.toBe('count');
		expect(shortAnswer('what do new teachers earn in westmarch', 'Starting salaries').phrase.text).toBe(
			'41,500 dollars a year',
		);
	});

	it('reads "hows much" and "hows long" typed in chat as "how much" and "how long"', () => {
		const { ask, shortAnswer } = floodReport(
			'Any trader who loses a licence will be refunded 910 pounds, the council said.',
		);
		expect(ask('hows much is the licence gonna be').type).toBe('count');
		expect(ask("how's long does it take").text).toBe('how long does it take');
		expect(ask('hows the market doing').text).toBe('hows the market doing');
		expect(shortAnswer('hows much is the licence gonna be', 'refunded').phrase.text).toBe('910 pounds');
	});

	it('looks a population up as the people, residents or inhabitants a report counts, only when one is asked', () => {
		const { ask } = floodReport(
			'Brackwater, a town of about 5,800 people, has one sawmill. Its population is growing, and 40 residents were hurt.',
		);
		const slotOf = (question: string, word: string) => {
			const terms = ask(question).terms;
			const own = terms.find((t) => t.word === word);
			return terms.filter((t) => t.slot === own?.slot && t.weight < 1).map((t) => t.word);
		};
		expect(slotOf('whats the population of brackwater', 'population')).toEqual(
			expect.arrayContaining(['peopl', 'resid']),
		);
		expect(slotOf('how many people live in brackwater', 'live')).toContain('popul');
		expect(slotOf('how many people were hurt', 'people')).not.toContain('popul');
		expect(slotOf('why is the population growing', 'population')).not.toContain('peopl');
	});

	it('reads chat shorthands of units and nouns as their words ("how many yrs"), for the rules that read the wording', () => {
		const { ask, shortAnswer } = floodReport('The Sankt Veit tunnel, 28.1 kilometres long, took 11 years to build.');
		expect(ask('how many yrs did sankt veit take to build').text).toBe('how many years did sankt veit take to build');
		expect(shortAnswer('how many yrs did sankt veit take to build', 'Veit').phrase.text).toBe('11 years');
		expect(ask('how many hrs of ppl').text).toBe('how many hours of people');
	});

	it('weighs the word of a measure the answer seldom holds ("how heavy") as a synonym, "how long" in full', () => {
		const { ask, context } = floodReport(
			'The grain was heavy and the road was long. Each machine weighs 2,800 tonnes.',
		);
		const weight = (question: string, word: string) => ask(question).terms.find((t) => t.stem === stem(word))?.weight;
		expect(weight('how heavy is each machine', 'heavy')).toBe(context.questionContext.synonymWeight);
		expect(weight('how heavy is each machine', 'machine')).toBe(1);
		expect(weight('how long is the road', 'long')).toBe(1);
		expect(weight('was the grain heavy', 'heavy')).toBe(1);
		expect(weight('in what year did the road open', 'year')).toBe(context.questionContext.synonymWeight);
		expect(weight('how many years did the road take', 'years')).toBe(1);
	});

	it('asks a deed done "again" by its "re-" verb too, where the reports write one ("open again": "reopen")', () => {
		const { ask } = floodReport('The shop will close for a week and is due to reopen on Monday, Oct. 13.');
		const stems = (question: string) => ask(question).terms.map((t) => t.stem);
		expect(stems('when does the shop open again')).toContain(stem('reopen'));
		expect(stems('when does the shop open')).not.toContain(stem('reopen'));
		expect(stems('when does the shop close again')).not.toContain(stem('reclose'));
	});

	it('asks a verb and its particle by the one word reports write for them ("set up": "founded", "went up": "rose")', () => {
		const { ask } = floodReport(
			'The bakery was founded in 2016 and invested 2 million pounds. Its prices rose by 9 percent, and 12 staff were made redundant. Staff learned of it by text. Ann Lowe led it; 30 staff joined. The strike lasted a week after a pay error. A dam collapsed. It currently has 12 staff.',
		);
		const stems = (question: string) => ask(question).terms.map((t) => t.stem);
		expect(stems('when was the bakery set up')).toContain(stem('founded'));
		expect(stems('when was the table set')).not.toContain(stem('founded'));
		expect(stems('how much did prices go up')).toContain(stem('rose'));
		expect(stems('how much have prices gone up')).toContain(stem('rose'));
		expect(stems('how many staff were laid off')).toContain(stem('redundant'));
		expect(stems('how far did prices go')).not.toContain(stem('rose'));
		expect(stems('how much did the bakery put in')).toContain(stem('invested'));
		expect(stems('how did staff find out')).toContain(stem('learned'));
		expect(stems('who was in charge of the bakery')).toContain(stem('led'));
		expect(stems('how many staff took part')).toContain(stem('joined'));
		expect(stems('how long did the strike go on')).toContain(stem('lasted'));
		expect(stems('which company messed up')).toContain(stem('error'));
		expect(stems('what time did the dam give way')).toContain(stem('collapsed'));
		expect(stems('how many staff work there now')).toContain(stem('currently'));
		expect(stems('how many staff work there')).not.toContain(stem('currently'));
	});

	it('writes out an officer\'s initials the reports never write ("cto"), and keeps those they do ("CEO")', () => {
		const { ask } = floodReport('Samuel Oduya, who serves as chief technology officer, said the CEO would stay.');
		expect(ask("who's the cto").text).toBe("who's the chief technology officer");
		expect(ask('what is the european avg').text).toBe('what is the european average');
		expect(ask('who is the chief exec').text).toBe('who is the chief executive');
		expect(floodReport('The CTO, Samuel Oduya, left.').ask('who is the CTO').text).toBe('who is the CTO');
	});

	it('reads a question without the chat that ends it ("whats the yacht called lol"), keeping its own words', () => {
		const { ask, shortAnswer } = floodReport('He paid 310,000 dollars for a 12-meter yacht named Second Wind.');
		expect(ask('whats the yacht called lol').text).toBe('whats the yacht called');
		expect(ask('how many ppl were there, pls thx?').text).toBe('how many people were there?');
		expect(ask('what did the guys say').text).toBe('what did the guys say');
		expect(shortAnswer('whats the yacht called lol', 'yacht').phrase.text).toBe('Second Wind');
	});

	it('splits an English compound the reports never write into the two words they do ("ringleader"), not a name', () => {
		const { context } = floodReport(
			'Police said the leader of the ring, Warren Hale, was arrested. The kings met at the bridge.',
		);
		const words = ['ringleader', 'leader', 'ring'];
		const withWords = { ...context.questionContext, isWord: (word: string) => words.includes(word) };
		const asked = analyseQuestion("who's the ringleader", withWords);
		expect(asked.terms.map((t) => t.word)).toEqual(expect.arrayContaining(['ring', 'leader']));
		expect(asked.unknown).toEqual([]);
		expect(analyseQuestion('who is the kingsbridge mayor', withWords).unknown.map((u) => u.word)).toContain(
			'kingsbridge',
		);
		const plain = analyseQuestion("who's the ringleader", context.questionContext);
		expect(plain.terms.map((t) => t.word)).not.toContain('leader');
	});

	it('looks up a small number in digits as the reports spell it, alone or in a compound ("8 min" as "eight-minute")', () => {
		const { ask, context } = floodReport(
			'Crews met the eight-minute target in 47 percent of 8,000 calls.\n\nThree of the 9 stations closed.',
		);
		const asked = ask('what % of calls met the 8 min target');
		expect(asked.terms.map((t) => t.word)).toContain('eight-minute');
		const paragraph = withReportTopic(context.corpus, 0);
		expect(namesMissingFromParagraph(asked, paragraph)).toBe(0);
		expect(namesMissingFromParagraph(ask('what % of calls met the 9 min target'), paragraph)).toBe(1);
		expect(ask('how many of the nine stations closed').terms.map((t) => t.word)).toContain('9');
	});

	it('joins a name and its number the reports hyphenate ("tessera 1" as "Tessera-1"), not a known word and a number', () => {
		const { ask } = floodReport('The lander Tessera-1 carried nine payloads. Stage 2 failed.');
		expect(ask('how many payloads were on tessera 1').unknown).toEqual([]);
		expect(ask('how many payloads were on tessera 1').terms.map((t) => t.word)).toContain('tessera-1');
		expect(ask('what happened at stage 2').terms.map((t) => t.word)).not.toContain('stage-2');
	});

	it('reads a percent sign written alone ("what % did they get") as the word, and one after a figure as it is', () => {
		const { ask } = floodReport('The party won 34.2 percent of the vote in Orvik.');
		const asked = ask('what % did the party get');
		expect(asked.text).toBe('what percent did the party get');
		expect(asked.terms.map((t) => t.word)).toContain('percent');
		expect(ask('did the party win 34.2% of the vote').text).toBe('did the party win 34.2% of the vote');
	});

	it('looks up the noun for whoever does the deed a "who" question asks, and the deed for its noun', () => {
		const { ask } = floodReport("The mill's owner, Harlow Milling, said the founder of the firm had died. Sales grew.");
		const stems = (question: string) => ask(question).terms.map((t) => t.stem);
		const owns = ask('who owns the mill').terms.find((t) => t.stem === 'owner');
		expect(owns?.weight).toBeLessThan(1);
		expect(stems('who founded the firm')).toContain('founder');
		expect(stems('who is the owner of the mill')).not.toContain('own');
		// Only the deed asked, and only a word the reports write: "grew" has no "grower" there.
		expect(stems('who grew the sales')).not.toContain('grower');
		expect(stems('how many owns the mill')).not.toContain('owner');
		expect(stems('who sold the mill to the owner')).toContain('owner');
		expect(stems('who sold the mill')).not.toContain('owner');
	});
});
