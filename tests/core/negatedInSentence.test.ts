import { describe, expect, it } from 'vitest';
import { negatedInSentence } from '../../src/core/negatedInSentence.ts';
import { tokenize } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';

const negated = (question: string, sentence: string) => negatedInSentence(question, sentence, tokenize(sentence));

describe('negatedInSentence', () => {
	it('finds a word of the question that the sentence writes only negated', () => {
		expect(negated('Who will coach the side next season?', 'Lund said he will not coach the side next season.')).toBe(
			'coach',
		);
		expect(negated('Who is a member of the board?', 'Ana Berg is not a member of the board.')).toBe('member');
	});

	it.each([
		['the word also said plainly', 'Who coached the side?', 'Lund coached the side, not Berg.'],
		['a hedge', 'Which rulings are binding?', 'The rulings are not necessarily binding.'],
		['"not only"', 'What did the band record?', 'The band not only recorded a song but also filmed it.'],
		['"not until"', 'When did the plant open?', 'The plant did not open until 2009.'],
		['"not … before"', 'When will the plant reopen?', 'The plant would not reopen before 2026.'],
		['a negated question', "Who won't coach the side?", 'Lund said he will not coach the side.'],
		['a yes-or-no question', 'does he have to pay tax on the win', 'Lottery wins are not taxed in Canada.'],
		['a refusal asked', 'why is the insurer refusing to pay the ransom', 'It said it would not pay the ransom.'],
	])('leaves alone %s', (_, question, sentence) => {
		expect(negated(question, sentence)).toBeUndefined();
	});

	it('lowers the answer of a sentence that says the contrary', () => {
		const text = 'Coach\n\nErik Lund said on Monday he will not coach the side next season.';
		const { shortAnswer, context } = floodReport(text);
		expect(shortAnswer('Who will coach the side next season?', 'Erik Lund').fit).toBeLessThanOrEqual(
			context.options.oppositeFit,
		);
	});
});

describe('negatedInSentence of a deed hoped for', () => {
	it('reads what someone "had hoped to", "failed to" or "was unable to" do as not done', () => {
		const hoped = 'A community group, Friends of Harrow Point, had hoped to buy the lighthouse.';
		expect(negated('who bought the lighthouse', hoped)).toBe('buy');
		expect(negated('who won the seat', 'Okafor failed to win the seat by 40 votes.')).toBe('win');
		expect(negated('who bought the lighthouse', 'The lighthouse was bought by Oren Vale, who had hoped to.')).toBe(
			undefined,
		);
		expect(negated('who hoped to buy it', 'Friends of Harrow Point hoped to buy it.')).toBe(undefined);
	});

	it('answers "who bought it" with the buyer, not the group that hoped to', () => {
		const { shortAnswer } = floodReport(
			'The lighthouse was sold on Friday. It was bought by Oren Vale, 42, after a bidding war. A community group, Friends of Harrow Point, had hoped to buy the lighthouse.',
		);
		expect(shortAnswer('who bought the lighthouse', 'A community group').fit).toBeLessThan(1);
	});
});
