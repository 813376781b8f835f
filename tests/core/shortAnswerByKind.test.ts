import { describe, expect, it } from 'vitest';
import { floodReport } from './floodReport.ts';
import { newUserDesk, shippedDesk } from './shippedModel.ts';

describe('shortAnswerByKind', () => {
	it('gives a name asked in so many words no figure or other lowercase words, but a term asked may be one', () => {
		const text =
			'Fines\n\nEarlier this year the bank fined a money transfer company €2.8 million.\n\nThe head of a heresy is called a heresiarch.';
		const { shortAnswer, context } = floodReport(text);
		const fined = shortAnswer("what's the name of the money transfer firm that got fined", 'fined a money');
		expect(fined.fit).toBe(context.options.unnamedFit);
		expect(shortAnswer('what is the head of a heresy called', 'heresiarch').fit).toBe(1);
	});

	it('fits a sentence that names nothing less for "whats the X called", and gives the name of one that does', () => {
		const { shortAnswer, context } = floodReport(
			[
				'"A repair ship is on its way, but weather will decide how quickly we can fix it," the operator said.',
				'The repair vessel, the Northern Splice, left the mainland port of Caldmere on Tuesday evening.',
			].join('\n\n'),
		);
		expect(shortAnswer('whats the repair ship called', 'on its way').fit).toBe(context.options.unnamedFit);
		expect(shortAnswer('whats the repair ship called', 'Northern Splice').phrase.text).toContain('Northern Splice');
	});

	it('answers "where is X" with where X lies, not where a story was filed nor a sentence that only names X', () => {
		const { shortAnswer, context } = floodReport(
			[
				'Two nations end "steel war" at Halvik summit',
				'HALVIK, Feb 19 (Wire) - The leaders of Veldmark and Sorrenia agreed on Wednesday to phase out tariffs.',
				'They met at a retreat in Halvik, a small town about 90 km north of the Veldmark capital, Strand.',
			].join('\n\n'),
		);
		expect(shortAnswer("where's halvik", 'retreat').phrase.text).toContain(
			'a small town about 90 km north of the Veldmark capital',
		);
		expect(shortAnswer('where is halvik located', 'leaders').fit).toBe(context.options.unnamedFit);
		expect(shortAnswer('where is halvik', 'summit').fit).toBeLessThanOrEqual(context.options.placeElsewhereFit);
	});

	it('answers "where is X based" with where its headquarters are', () => {
		const { shortAnswer } = floodReport(
			[
				'Chirpwave fined',
				'Chirpwave, which is headquartered in Dublin and has about 2,300 employees, said it would appeal.',
				'Lottery operator National Games confirmed the claim after checking the ticket at its headquarters in Castelbridge.',
				'Chirpwave said the fine was unfair.',
			].join('\n\n'),
		);
		expect(shortAnswer('where is chirpwave based', 'headquartered')).toMatchObject({
			phrase: { text: 'Dublin' },
			fit: 1,
		});
		expect(shortAnswer('where is national games based', 'Lottery operator').phrase.text).toBe('Castelbridge');
		expect(shortAnswer('where is national games based', 'Lottery operator').fit).toBe(1);
		expect(shortAnswer('where is chirpwave based', 'was unfair').fit).toBeLessThan(1);
	});

	it('gives "where" a low fit for a person\'s name ("challenger Dana Whitfield"), which is no place', () => {
		const { context, shortAnswer } = floodReport(
			'Debate Ratings\n\nPORT, Oct. 3 — A record audience watched. The previous record was set in 2018, when a debate between then-Governor Louis Harcourt and challenger Dana Whitfield averaged 2.9 million viewers.',
		);
		const found = shortAnswer('where was the 2018 debate', 'previous record');
		expect(found.fit).toBe(context.options.placeForWhoFit);
		expect(shortAnswer('who was the challenger in 2018', 'previous record').phrase.text).toBe('Dana Whitfield');
	});

	it('answers "what did X say" from a sentence whose "he said" stands for X, named in the sentence before', () => {
		const { shortAnswer } = floodReport(
			'The ruling party, led by prime minister Ola Varga, lost 14 seats.\n\nVarga conceded defeat shortly after midnight. He said the result was "hard but fair."',
		);
		const said = shortAnswer('what did varga say about the result', 'He said');
		expect(said.phrase.text).toBe('hard but fair');
		expect(said.fit).toBe(1);
		expect(shortAnswer('what did ruiz say about the result', 'He said').fit).toBeLessThan(1);
	});
});

const HACKING = `Boy held over school hacking

HALDEN, May 2 (Wire) - A 15-year-old boy has been arrested in Sorby on suspicion of hacking into his school's exam system, police said on Tuesday.

The school said no marks had been changed.`;

describe('a "where" answer in the dateline', () => {
	it('takes the place the sentence names after its dateline, not where the story was filed', () => {
		const answer = shippedDesk('hacking', HACKING).ask('where was the boy arrested');
		expect(answer.answer).toBe('Sorby');
	});

	it('does not give where the story was filed as where it happened', () => {
		// The new-user report where "MANCHESTER" (its dateline) was the answer, at 0.918.
		const answer = newUserDesk('nu24-').ask('where was the boy arrested');
		expect(answer.answered && answer.answer === 'MANCHESTER').toBe(false);
	});
});
