import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/core/analyseQuestion.ts';
import { askedDurationOf, measuresOtherThing } from '../../src/core/askedDuration.ts';
import type { AnswerPhrase } from '../../src/core/pickAnswerPhrase.ts';
import { floodReport } from './floodReport.ts';

const every = { stems: { has: () => true }, correct: () => undefined, synonymWeight: 0.6, maxLength: 500 };
const analysed = (question: string) => analyseQuestion(question, every);
const words = (question: string) => {
	const a = analysed(question);
	return askedDurationOf(a).map((slot) => a.terms.find((t) => t.slot === slot)?.word);
};
const phrase = (sentence: string, text: string): AnswerPhrase => {
	const start = sentence.indexOf(text);
	return { text, start, end: start + text.length, typed: true };
};

describe('askedDurationOf', () => {
	it('finds the thing a "how long" question measures', () => {
		expect(words('How long will the flood barrier hold?')).toEqual(['flood', 'barrier']);
		expect(words('How long was the closure the council ordered?')).toEqual(['closure']);
		expect(words('How long did the crews work?')).toEqual([]);
		expect(words("How long is Ferreira's contract?")).toEqual(['contract']);
		expect(words('How many crews worked?')).toEqual([]);
	});
});

describe('measuresOtherThing', () => {
	const sentence = 'The council ordered a 10-day closure of the bridge.';

	it('says a duration before the noun measures another thing when a word of the asked thing is missing', () => {
		expect(measuresOtherThing(analysed('How long is the school closure?'), sentence, phrase(sentence, '10-day'))).toBe(
			true,
		);
		expect(measuresOtherThing(analysed('How long is the closure?'), sentence, phrase(sentence, '10-day'))).toBe(false);
	});

	it('leaves a duration away from the noun to the ranking', () => {
		const far = 'The old bridge, which opened in 1990, is 40 metres long.';
		expect(measuresOtherThing(analysed('How long is the old bridge?'), far, phrase(far, '40 metres'))).toBe(false);
	});
});

describe('chooseShortAnswer for "how long" on the flood report', () => {
	const { context, shortAnswer } = floodReport();

	it('lowers the fit of a duration of another thing', () => {
		const short = shortAnswer('How long is the emergency repair plan?', 'approved a 90-day repair plan');
		expect(short.fit).toBe(context.options.otherDurationFit);
		expect(shortAnswer('How long is the repair plan?', 'approved a 90-day repair plan').fit).toBe(1);
	});
});
