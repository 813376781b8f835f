import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/core/findMentions.ts';
import { coordinatedEnd, coordinatedStart, namedByAskedWord } from '../../src/core/namedByAskedWord.ts';
import { FLOOD_REPORT, floodReport } from './floodReport.ts';

const { ask } = floodReport();

/** The names of `sentence` that namedByAskedWord ties to the question. */
function tied(question: string, sentence: string): string[] {
	const analysed = ask(question);
	const asked = new Set(analysed.terms.map((t) => t.stem));
	return findMentions(sentence)
		.filter((m) => m.type === 'name' && namedByAskedWord(analysed, sentence, m, asked))
		.map((m) => m.text);
}

describe('namedByAskedWord', () => {
	it('ties a "who" question to the name after its noun or before its relative verb', () => {
		expect(tied('Who was the surveyor at the dam?', 'In Orvik the surveyor Ola Berg met Anna Holm.')).toEqual([
			'Ola Berg',
		]);
		expect(tied('Who leads the crews?', 'Anna Holm thanked Ola Berg, who leads the crews.')).toEqual(['Ola Berg']);
	});

	it('ties a "who" question to the subject of its verb, or to the agent after "by"', () => {
		const sentence = 'Anna Holm, the mayor, thanked the crews and Ola Berg declared an emergency in Orvik.';
		expect(tied('Who declared an emergency?', sentence)).toEqual(['Ola Berg']);
		expect(tied('Who thanked the crews?', sentence)).toEqual(['Anna Holm']);
		expect(tied('Who was thanked?', 'The crews were thanked by Anna Holm on Friday.')).toEqual(['Anna Holm']);
		expect(tied('Who was the mayor?', sentence)).toEqual([]);
		expect(tied('Who did Anna Holm thank?', sentence)).toEqual([]);
	});

	it('ties the subject of a sentence to the verb of its purpose ("… to win her title") or participle', () => {
		const final = 'MELBOURNE — Anna Holm beat the champion Ola Berg 6-3, 7-5 on Saturday to win her 25th title.';
		expect(tied('Who won the title?', final)).toEqual(['Anna Holm']);
		expect(tied('who won', 'On Sunday, Anna Holm beat Ola Berg in Orvik, winning the cup.')).toEqual(['Anna Holm']);
		expect(tied('Who won the title?', 'The crews asked Anna Holm to win the title.')).toEqual([]);
	});

	it('ties the name a relative clause gives the verb to, not the name after the verb ("NASA, which paid Lunara")', () => {
		const sentence = 'The mission carries six instruments for NASA, which paid Lunara $118 million.';
		expect(tied('Who paid for the mission?', sentence)).toEqual(['NASA']);
	});

	it('ties the subject of a "which countries…" question\'s verb', () => {
		const sentence = 'Norway and Latvia sent pumps to Orvik, and the army sent boats.';
		expect(tied('Which countries sent pumps?', sentence)).toEqual(['Latvia']);
		const { shortAnswer } = floodReport(`${FLOOD_REPORT}\n\n${sentence}`);
		expect(shortAnswer('Which countries sent pumps?', 'Latvia').phrase.text).toBe('Norway and Latvia');
	});

	it('ties "what river" to a name that is a river', () => {
		expect(tied('What river flooded Orvik?', 'The Lerwick River flooded Orvik and Brenn.')).toEqual(['Lerwick River']);
	});

	it('ties nothing for other questions', () => {
		expect(tied('When did Ola Berg arrive?', 'The surveyor Ola Berg arrived.')).toEqual([]);
	});

	it('widens a name to the names joined to it by "and" or commas', () => {
		const sentence = 'In Orvik, Ola Berg, Anna Holm and Per Lund signed the plan with Kari Dahl.';
		const names = findMentions(sentence).filter((m) => m.type === 'name');
		const lund = names.find((m) => m.text === 'Per Lund');
		const dahl = names.find((m) => m.text === 'Kari Dahl');
		if (!lund || !dahl) throw new Error('names not found');
		expect(sentence.slice(coordinatedStart(sentence, names, lund), lund.end)).toBe('Ola Berg, Anna Holm and Per Lund');
		expect(coordinatedStart(sentence, names, dahl)).toBe(dahl.start);
	});
});

describe('coordinatedEnd', () => {
	it('ends a list of names at the one after "and"', () => {
		const sentence =
			'The strikes targeted several regions, including Sumy, Odesa, Kyiv, and Chernihiv, and Lviv was spared.';
		const names = findMentions(sentence).filter((m) => m.type === 'name');
		const sumy = names.find((m) => m.text === 'Sumy');
		expect(sumy && sentence.slice(sumy.start, coordinatedEnd(sentence, names, sumy))).toBe(
			'Sumy, Odesa, Kyiv, and Chernihiv',
		);
	});
});
