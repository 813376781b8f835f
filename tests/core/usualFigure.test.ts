import { describe, expect, it } from 'vitest';
import { usualFigure } from '../../src/core/usualFigure.ts';
import { floodReport } from './floodReport.ts';

const at = (sentence: string, figure: string) => sentence.indexOf(figure);

describe('usualFigure', () => {
	it('reads a figure told as what usually happens, where the event reported is asked', () => {
		const usual = 'The hospital normally admits around 120 patients a day.';
		expect(usualFigure('how many patients were admitted on monday', usual, at(usual, 'around'))).toBe(true);
		expect(usualFigure('how many patients does it normally admit', usual, at(usual, 'around'))).toBe(false);
	});

	it('leaves the figure of now after the usual one, and averages of a study', () => {
		const barges = 'Barges that normally carry 1,500 tonnes are now loaded with about 900 tonnes.';
		expect(usualFigure('how much are the barges carrying now', barges, at(barges, 'about 900'))).toBe(false);
		// A usual word in another clause, and a question for the usual figure itself.
		const market = 'The market, normally busy, was hit by a bomb that killed 40 people.';
		expect(usualFigure('how many people were killed', market, at(market, '40'))).toBe(false);
		const museum = 'The museum typically attracts 2 million visitors a year.';
		expect(usualFigure('how many visitors does the museum get each year', museum, at(museum, '2 million'))).toBe(false);
		const study = 'Patients using the spray had on average 4.1 fewer migraine days a month.';
		expect(usualFigure('how many fewer migraine days did they get', study, at(study, '4.1'))).toBe(false);
		// A measure of the thing as it is: its usual weight answers "how heavy is it".
		const bird = 'The bird normally spends the winter in North Africa and weighs about 9 grams.';
		expect(usualFigure('how heavy is the bird', bird, at(bird, 'about 9'))).toBe(false);
		expect(usualFigure('how much does the bird weigh', bird, at(bird, 'about 9'))).toBe(false);
	});

	it('gives such a figure a low fit, so the day reported can answer', () => {
		const { shortAnswer, context } = floodReport(
			'The hospital normally admits around 120 patients a day. On Monday only 31 patients were admitted.',
		);
		const asked = 'how many patients got admitted on the first day of the strike';
		expect(shortAnswer(asked, 'normally').fit).toBe(context.options.missingFigureFit);
		expect(shortAnswer(asked, 'On Monday').phrase.text).toContain('31');
	});
});
