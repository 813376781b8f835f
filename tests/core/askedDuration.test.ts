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

	it('takes the words of the asked thing written elsewhere in the sentence as the same thing', () => {
		const deal = 'Kazakhstan and Kyrgyzstan signed a 10-year agreement to release more water in summer.';
		const asked = analysed('how long does the kazakh kyrgyz water deal run for');
		expect(measuresOtherThing(asked, deal, phrase(deal, '10-year'))).toBe(false);
		const other = 'Kazakhstan signed a 10-year agreement on gas.';
		expect(measuresOtherThing(asked, other, phrase(other, '10-year'))).toBe(true);
		// Only between the commas around the duration.
		const truce = 'While the White House pushed for a 30-day truce, Putin refused to commit beyond the energy pause.';
		const energy = analysed('How long will the energy truce last?');
		expect(measuresOtherThing(energy, truce, phrase(truce, '30-day'))).toBe(true);
		const school = 'The council ordered a 10-day closure of the bridge, and the school will reopen on Monday.';
		expect(measuresOtherThing(analysed('How long is the school closure?'), school, phrase(school, '10-day'))).toBe(
			true,
		);
	});

	it('says a length written before another noun, in a clause without the thing asked, measures another thing', () => {
		const kite = 'A kite shaped like an octopus flew on Saturday, as the festival ended its nine-day run.';
		expect(measuresOtherThing(analysed('how long did the octopus stay up'), kite, phrase(kite, 'nine-day'))).toBe(true);
		expect(measuresOtherThing(analysed('how long was the festival'), kite, phrase(kite, 'nine-day'))).toBe(false);
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

	it('takes no length of how often something recurs, unless the question asks what it takes', () => {
		const commission = floodReport('A commission will monitor the water deal, meeting every three months.');
		const often = commission.shortAnswer('how long does the water deal run for', 'every three months');
		expect(often.fit).toBe(commission.context.options.otherDurationFit);
		const orbit = floodReport('The planet circles its star once every 23 days.');
		expect(orbit.shortAnswer('how long does the planet take to orbit its star', '23 days').fit).toBe(1);
		const sessions = floodReport('Volunteers attend 12 therapy sessions, each 90 minutes long, over six weeks.');
		expect(sessions.shortAnswer('how long is each therapy session', '90 minutes').fit).toBe(1);
	});

	it('keeps the rest of a length given in two units, not a length beside it', () => {
		const jailed = floodReport('Ola Berg, 52, was jailed for six years and eight months at Orvik Crown Court.');
		expect(jailed.shortAnswer('how long did berg get', 'jailed for six years').phrase.text).toBe(
			'six years and eight months',
		);
		const flight = floodReport('The flight took two hours and 40 minutes, the airline said.');
		expect(flight.shortAnswer('how long was the flight', 'The flight took').phrase.text).toBe(
			'two hours and 40 minutes',
		);
		const resumed = floodReport('The ceasefire held for five days and two days later fighting resumed.');
		expect(resumed.shortAnswer('how long did the ceasefire hold', 'ceasefire held').phrase.text).toBe('five days');
		const lunch = floodReport('The talks lasted 40 minutes and two hours were spent on lunch.');
		expect(lunch.shortAnswer('how long did the talks last', 'talks lasted').phrase.text).toBe('40 minutes');
		const served = floodReport('He served two years and was released in May.');
		expect(served.shortAnswer('how long did he serve', 'He served two years').phrase.text).toBe('two years');
	});

	it('takes a bound with its event ("since a 2020 inspection"), not a count', () => {
		const known = floodReport('The council had both known about the damage since a 2020 inspection, the report found.');
		expect(known.shortAnswer('how long has the council known about the damage', 'both known').phrase.text).toBe(
			'since a 2020 inspection',
		);
		const led = floodReport('She has led the club since 2016.');
		expect(led.shortAnswer('how long has she led the club', 'led the club').phrase.text).toBe('since 2016');
	});
});
