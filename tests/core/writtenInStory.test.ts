import { describe, expect, it } from 'vitest';
import type { ShortAnswer } from '../../src/core/ShortAnswer.ts';
import { writtenInStory } from '../../src/core/writtenInStory.ts';
import { floodReport } from './floodReport.ts';

/** An invented jailbreak report: a headline, then its story. */
const { context } = floodReport(
	[
		'Nine Inmates Escape From Kelso Jail',
		'Police were hunting for five prisoners still at large after nine inmates broke out of Kelso jail on Sunday.',
		"McLaren's Mateo Salas won the race.",
	].join('\n\n'),
);
const { corpus } = context;
const at = (words: string) =>
	Array.from({ length: corpus.sentenceCount }, (_, s) => corpus.quote(s)).findIndex((q) => q.includes(words));

function answer(text: string, sentence: number, fit = 1): ShortAnswer {
	const start = corpus.quote(sentence).indexOf(text);
	return { phrase: { text, start, end: start + text.length, typed: true }, fit };
}

describe('writtenInStory', () => {
	const headline = at('Nine Inmates');
	const story = at('hunting for five');

	it("finds the headline's figure as the story writes it, whatever the story's own answer", () => {
		const found = writtenInStory(corpus, answer('Nine Inmates', headline), headline, story, answer('five', story));
		expect(found?.phrase.text).toBe('nine inmates');
		expect(corpus.quote(story).slice(found?.phrase.start, found?.phrase.end)).toBe('nine inmates');
	});

	it("takes a story answer that holds the headline's name and says more, at the lower fit of the two", () => {
		const race = at('Mateo Salas');
		const given = answer("McLaren's Mateo Salas", race);
		const found = writtenInStory(corpus, answer('Salas', race, 0.5), race, race, given);
		expect(found?.phrase.text).toBe("McLaren's Mateo Salas");
		expect(found?.fit).toBe(0.5);
		expect(writtenInStory(corpus, answer('Salas', race), race, race, answer('race', race))).toBeUndefined();
	});

	it('takes the same sum written short in the headline and in full in the story, in the same currency only', () => {
		const sums = floodReport(
			[
				'Manager jailed over S$3.8m taken from council',
				'He was jailed for siphoning S$3.8 million from the council.',
				'The council lost US$3.8 million in all.',
			].join('\n\n'),
		).context.corpus;
		const quoteAt = (words: string) =>
			Array.from({ length: sums.sentenceCount }, (_, s) => sums.quote(s)).findIndex((q) => q.includes(words));
		const sum = (text: string, sentence: number): ShortAnswer => {
			const start = sums.quote(sentence).indexOf(text);
			return { phrase: { text, start, end: start + text.length, typed: true }, fit: 1 };
		};
		const top = quoteAt('Manager jailed');
		const story = quoteAt('siphoning');
		const other = quoteAt('lost US$');
		const headline = sum('S$3.8m taken', top);
		expect(writtenInStory(sums, headline, top, story, sum('S$3.8 million', story))?.phrase.text).toBe('S$3.8 million');
		expect(writtenInStory(sums, sum('$3.8m', top), top, other, sum('US$3.8 million', other))?.phrase.text).toBe(
			'US$3.8 million',
		);
		expect(writtenInStory(sums, headline, top, other, sum('3.8 million', other))).toBeUndefined();
	});

	it("takes the story's exact figure within the headline's bound, and the same figure of a synonym", () => {
		const vote = floodReport(
			[
				'Delgado wins governor primary by fewer than 2,000 votes as EU sanctions 23 firms',
				'Delgado edged out Raymond Tso by 1,847 votes.',
				'Tso had won by 2,310 votes in 2018.',
				'The EU froze the assets of 23 companies.',
				'Only 12 votes were ruled invalid.',
				'Police questioned 23 workers at the business.',
			].join('\n\n'),
		).context.corpus;
		const quoteAt = (words: string) =>
			Array.from({ length: vote.sentenceCount }, (_, s) => vote.quote(s)).findIndex((q) => q.includes(words));
		const phrase = (text: string, sentence: number): ShortAnswer => {
			const start = vote.quote(sentence).indexOf(text);
			return { phrase: { text, start, end: start + text.length, typed: true }, fit: 1 };
		};
		const top = quoteAt('Delgado wins');
		const bound = phrase('fewer than 2,000 votes', top);
		const exact = quoteAt('edged out');
		const over = quoteAt('in 2018');
		expect(writtenInStory(vote, bound, top, exact, phrase('1,847 votes', exact))?.phrase.text).toBe('1,847 votes');
		expect(writtenInStory(vote, bound, top, over, phrase('2,310 votes', over))).toBeUndefined();
		const firms = quoteAt('froze');
		const found = writtenInStory(vote, phrase('23 firms', top), top, firms, phrase('23 companies', firms));
		expect(found?.phrase.text).toBe('23 companies');
		const few = quoteAt('Only 12 votes');
		expect(writtenInStory(vote, bound, top, few, phrase('12 votes', few))).toBeUndefined();
		const workers = quoteAt('questioned 23 workers');
		expect(writtenInStory(vote, phrase('23 firms', top), top, workers, phrase('23 workers', workers))).toBeUndefined();
	});
});
