import { describe, expect, it } from 'vitest';
import { distanceFromAsked } from '../../src/core/distanceFromAsked.ts';
import { floodReport } from './floodReport.ts';

const at = (sentence: string, text: string) => {
	const start = sentence.indexOf(text);
	return { text, start, end: start + text.length, typed: true };
};

describe('distanceFromAsked', () => {
	it('tells a distance given from the very place asked', () => {
		const vault = 'The vault, about 40 kilometres south of Bishkek, flooded on Tuesday.';
		expect(distanceFromAsked('how far is the vault from bishkek', vault, at(vault, 'about 40 kilometres'))).toBe(true);
		expect(distanceFromAsked('how far is the vault from osh', vault, at(vault, 'about 40 kilometres'))).toBe(false);
		const home = 'The house, 12 kilometres from Bishkek, was searched.';
		expect(distanceFromAsked('how far is the home of the suspect from bishkek', home, at(home, '12 kilometres'))).toBe(
			true,
		);
		expect(distanceFromAsked('how big is the vault', vault, at(vault, 'about 40 kilometres'))).toBe(false);
		const tunnel = 'The 90-metre tunnel of the vault flooded near Bishkek.';
		expect(distanceFromAsked('how far is the vault from bishkek', tunnel, at(tunnel, '90-metre'))).toBe(false);
	});

	it('finds the place among the words after "from the" ("the village school"), in yards too', () => {
		const farm = 'It wants to build 22 turbines on the ridge, about 1.5 kilometres from the village school.';
		expect(distanceFromAsked('how far is the wind farm from the school', farm, at(farm, 'about 1.5 kilometres'))).toBe(
			true,
		);
		expect(distanceFromAsked('how far is the wind farm from the road', farm, at(farm, 'about 1.5 kilometres'))).toBe(
			false,
		);
		const hall = 'Children will be taught at the parish hall, about 400 yards from the old school.';
		expect(distanceFromAsked('how far is the hall from the school', hall, at(hall, 'about 400 yards'))).toBe(true);
	});

	it('counts such a distance as the fact asked', () => {
		const { shortAnswer } = floodReport(
			'Water flooded the seed vault, about 40 kilometres south of Bishkek, on Tuesday.',
		);
		expect(shortAnswer('how far is the seed vault from bishkek', 'Bishkek').matched).toBe(true);
	});
});

describe('sizeForDistance', () => {
	it('answers "how far" asked of a size with the distance beside it, or gives the size a low fit', () => {
		const { shortAnswer, context } = floodReport(
			[
				'Comet\n\nThe comet is now about 410 million kilometres from Earth, and its nucleus is 4 kilometres across.',
				'The turbines, each with a rotor 20 metres across, sit on the seabed at a depth of about 38 metres.',
				'The crater is 3 kilometres across.',
			].join('\n\n'),
		);
		expect(shortAnswer('how far away is the nucleus', 'nucleus').phrase.text).toBe('about 410 million kilometres');
		expect(shortAnswer('how far down are the turbines', 'turbines').phrase.text).toBe('about 38 metres');
		expect(shortAnswer('how far is the crater', 'crater').fit).toBe(context.options.countMismatchFit);
		expect(shortAnswer('how wide is the crater', 'crater').phrase.text).toContain('3 kilometres');
		expect(shortAnswer('how far across is the crater', 'crater').fit).toBe(1);
		const wreck = floodReport(
			'Wreck\n\nThe wreck, a 54-metre steam trawler, lies at a depth of 40 metres about 6 kilometres west of the island of Ustica.',
		);
		expect(wreck.shortAnswer('how far from ustica is the wreck', 'wreck').phrase.text).toBe('about 6 kilometres');
		const lake = floodReport('Lake\n\nThe new lake will stretch 5 kilometres across the valley.');
		expect(lake.shortAnswer('How far will the lake stretch?', 'lake').fit).toBe(1);
	});
});

describe('sizeForLength', () => {
	it('answers a size asked of a depth with the size beside it, and leaves a size as it is', () => {
		const { shortAnswer } = floodReport(
			[
				'Dive\n\nThe deepest dive reached 2,870 metres, where the team filmed an octopus about 40 centimetres long.',
				'The 2,000-year-old bell is 2 metres tall.',
			].join('\n\n'),
		);
		expect(shortAnswer('how big was the octopus', 'deepest dive').phrase.text).toBe('about 40 centimetres long');
		expect(shortAnswer('how deep was the dive', 'deepest dive').phrase.text).toContain('2,870 metres');
		expect(shortAnswer('how tall is the bell', 'bell').phrase.text).toContain('2 metres');
		const statue = floodReport('Statue\n\nThe statue rises 30 metres above a granite plinth 5 metres high.');
		expect(statue.shortAnswer('How tall is the statue?', 'statue').phrase.text).toContain('30 metres');
	});
});
