import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/core/findMentions.ts';
import { measureInUnit, measureOfAsked, measuresOther } from '../../src/core/measureOfAsked.ts';
import { floodReport } from './floodReport.ts';

function phrase(sentence: string, text: string) {
	const start = sentence.indexOf(text);
	return { text, start, end: start + text.length, typed: true };
}

describe('measureOfAsked', () => {
	const trains = 'The trains reach a top speed of 320 kilometres an hour, the operator said.';
	const well = 'Engineers drilled the new well to a depth of 2.1 kilometres over six weeks.';

	it('is true of a figure in the unit asked, given of the thing the question names', () => {
		expect(measureOfAsked('how fast do the trains go', trains, phrase(trains, '320 kilometres an hour'))).toBe(true);
		expect(measureOfAsked('How deep is the new well?', well, phrase(well, '2.1 kilometres'))).toBe(true);
	});

	it('is false of another unit, another thing, or a question that asks no measure', () => {
		expect(measureOfAsked('how deep is the well', well, phrase(well, 'six weeks'))).toBe(false);
		expect(measureOfAsked('how fast do the buses go', trains, phrase(trains, '320 kilometres an hour'))).toBe(false);
		expect(measureOfAsked('how fast is the new well', well, phrase(well, '2.1 kilometres'))).toBe(false);
		expect(measureOfAsked('how many trains run', trains, phrase(trains, '320 kilometres an hour'))).toBe(false);
		const bolt = 'Usain Bolt can run at 44 km/h.';
		expect(measureOfAsked('How fast can a cheetah run?', bolt, phrase(bolt, '44 km/h'))).toBe(false);
		const moved = 'The tower was moved 20 metres to the east.';
		expect(measureOfAsked('How tall is the tower?', moved, phrase(moved, '20 metres'))).toBe(false);
		const cost = 'The tower cost $5 m to build.';
		expect(measureOfAsked('How tall is the tower?', cost, phrase(cost, '$5 m'))).toBe(false);
		const km = 'The trains reach 320 km an hour.';
		expect(measureOfAsked('how fast do the trains go', km, phrase(km, '320 km an hour'))).toBe(true);
	});

	it('makes the measure the very fact asked (ShortAnswer.matched) in the count answer', () => {
		const { shortAnswer } = floodReport(trains);
		const short = shortAnswer('how fast do the trains go', 'top speed');
		expect(short.phrase.text).toBe('320 kilometres an hour');
		expect(short.matched).toBe(true);
	});

	it("reads a measure written as its thing's adjective, and not one of another thing named after the one asked", () => {
		const probe = 'The 820-kilogram probe landed near a crater.';
		expect(measureOfAsked('how heavy is the probe', probe, phrase(probe, '820-kilogram probe landed'))).toBe(true);
		const rover = 'The probe also carries a small rover, named Kip, weighing 6 kilograms.';
		expect(measureOfAsked('how heavy is the probe', rover, phrase(rover, '6 kilograms'))).toBe(false);
		expect(measuresOther('how heavy is the probe', rover, phrase(rover, '6 kilograms'))).toBe(true);
		expect(measuresOther('how heavy is the rover', rover, phrase(rover, '6 kilograms'))).toBe(false);
		const { shortAnswer, context } = floodReport(`Probe\n\n${probe} ${rover}`);
		expect(shortAnswer('how heavy is the probe', 'probe landed').phrase.text).toBe('820-kilogram');
		expect(shortAnswer('how heavy is the probe', 'small rover').fit).toBe(context.options.countOtherThingFit);
	});
});

describe('measureInUnit', () => {
	const storm =
		'Cyclone Rana struck on Monday with winds of 160 kilometres per hour and a storm surge of up to 2.8 metres, officials said.';
	const scale = 'A fruit weighing 1,112.5 kilograms (2,453 pounds) won the show.';

	it('gives the figure in the asked measure’s unit, of the thing asked, for an answer in another unit', () => {
		const mentions = findMentions(storm);
		expect(
			measureInUnit('how high was the storm surge', storm, phrase(storm, '160 kilometres per hour'), mentions)?.text,
		).toBe('up to 2.8 metres');
		expect(
			measureInUnit('how fast were the winds', storm, phrase(storm, '160 kilometres per hour'), mentions),
		).toBeUndefined();
		expect(
			measureInUnit('how high was the flood wall', storm, phrase(storm, '160 kilometres per hour'), mentions),
		).toBeUndefined();
		expect(
			measureInUnit('how heavy was the fruit', scale, phrase(scale, '1,112.5'), findMentions(scale)),
		).toBeUndefined();
	});

	it('answers "how high" with the height, not the wind speed the same sentence gives first', () => {
		const { shortAnswer } = floodReport(storm);
		expect(shortAnswer('how high was the storm surge', 'storm surge').phrase.text).toBe('up to 2.8 metres');
	});
});

describe('measuresOther of a size written as an adjective', () => {
	it('reads "a two-storey keeper’s cottage" as another thing’s size, "the 340-kilogram spacecraft" as maybe the one asked', () => {
		const lot = "The lot includes the tower, a two-storey keeper's cottage and a coal store.";
		expect(measuresOther('how tall is the tower', lot, phrase(lot, 'two-storey keeper'))).toBe(true);
		expect(measuresOther('how tall is the cottage', lot, phrase(lot, 'two-storey keeper'))).toBe(false);
		const launch = 'Kenya launched its first satellite, sending the 340-kilogram spacecraft into orbit.';
		expect(measuresOther('how heavy is the satellite', launch, phrase(launch, '340-kilogram spacecraft'))).toBe(false);
	});

	it('reads a height in storeys as the height asked', () => {
		const tower = 'The 40-storey tower opened in May.';
		expect(measureOfAsked('how tall is the tower', tower, phrase(tower, '40-storey tower'))).toBe(true);
	});
});
