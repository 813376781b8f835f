import { describe, expect, it } from 'vitest';
import {
	distanceForSize,
	distanceUnsaid,
	measureUnsaid,
	sizeMeasureUnsaid,
	thingSizeUnsaid,
} from '../../src/core/measureUnsaid.ts';
import { floodReport } from './floodReport.ts';
import { newUserDesk, shippedDesk } from './shippedModel.ts';

describe('measureUnsaid', () => {
	it('tells a sentence without a figure in the unit a "how deep/wide/heavy" question asks for', () => {
		expect(measureUnsaid('how deep is the lake', 'The lake holds about 1.9 million cubic metres of water.')).toBe(true);
		expect(measureUnsaid('how deep is the lake', 'The lake is now 212 metres deep.')).toBe(false);
		const finland = "Deep under Finland, a detector takes the temperature of the Earth's interior";
		expect(measureUnsaid('how deep underground is the finnish detector', finland)).toBe(true);
		expect(measureUnsaid('how deep underground is the detector', 'It sits 1,400 metres underground.')).toBe(false);
		expect(measureUnsaid('How wide is the gorge?', 'The gorge, a 40-metre gap, was bridged in 1911.')).toBe(false);
		expect(measureUnsaid('how heavy was the bell', 'The bell, cast in 1702, weighs 3.5 tonnes.')).toBe(false);
		expect(measureUnsaid('how heavy was the bell', 'The bell was cast in 1702 by 12 men.')).toBe(true);
		expect(measureUnsaid('how far did it fly', 'It flew at 95 kilometres per hour.')).toBe(true);
	});

	it('takes a length "away" for how far off a thing is, no depth or height', () => {
		const site = 'A second team is drilling at a separate site about 400 kilometres away.';
		expect(measureUnsaid('how deep has the japanese team drilled so far', site)).toBe(true);
		expect(measureUnsaid('how far is the second site', site)).toBe(false);
		expect(measureUnsaid('how deep has the team drilled', 'It has drilled 2,740 metres so far.')).toBe(false);
	});

	it('asks "how fast" of a figure in a unit of speed, unless a pace of change is asked', () => {
		const crash = 'The car, driven by a retired surgeon, was travelling at an estimated 58 miles per hour.';
		const barrier = 'After that crash, the club moved the spectator line back by 15 metres.';
		expect(measureUnsaid('how fast was the car going when it crashed?', crash)).toBe(false);
		expect(measureUnsaid('how fast was the car going when it crashed?', barrier)).toBe(true);
		expect(measureUnsaid('How fast were the winds?', 'Gusts reached 120 km/h on the coast.')).toBe(false);
		expect(measureUnsaid('how fast are prices rising', 'Prices rose 4% in a year.')).toBe(false);
	});

	it('asks "how loud" of a figure in decibels', () => {
		expect(measureUnsaid('how loud are the bells', 'Villagers signed a petition in support of the bells.')).toBe(true);
		expect(measureUnsaid('how loud are the bells', 'The bells reach 85 decibels at the nearest house.')).toBe(false);
	});

	it('says nothing of other questions', () => {
		expect(measureUnsaid('how many people live by the lake', 'The lake holds 1.9 million cubic metres.')).toBe(false);
		expect(measureUnsaid('how deep in debt is the club', 'The club owes £40m.')).toBe(false);
	});
});

describe('measureUnsaid, asked with "will" and told in floors', () => {
	it('reads "how tall will X be" and takes floors for a height', () => {
		const vote = 'The council voted 7 to 4 in favour of the Meridian Point tower.';
		expect(measureUnsaid('How tall will Meridian Point be?', vote)).toBe(true);
		expect(measureUnsaid('How tall will the tower be?', 'It will stand 248 metres tall.')).toBe(false);
		expect(measureUnsaid('how tall is the building', 'The 18-storey building was evacuated.')).toBe(false);
		expect(measureUnsaid('how tall is the hotel', 'The hotel has forty floors.')).toBe(false);
	});

	it('gives a count of no height, weight or depth a low fit for "how tall"', () => {
		const { shortAnswer, context } = floodReport(
			'The council voted 7 to 4 in favour of the Meridian Point tower after a five-hour meeting.',
		);
		expect(shortAnswer('How tall will Meridian Point be?', 'voted').fit).toBe(context.options.missingFigureFit);
		const tall = floodReport('The Meridian Point tower will stand 248 metres tall.');
		expect(tall.shortAnswer('How tall will Meridian Point be?', 'stand')).toMatchObject({ fit: 1 });
	});

	it('reads a length spelled in words ("six feet") and takes no area for a depth', () => {
		expect(measureUnsaid('how deep is the mud', 'The mud is up to six metres deep in places.')).toBe(false);
		expect(measureUnsaid('how wide was the gap', 'Thieves cut a gap roughly six feet wide.')).toBe(false);
		const pit = 'Opponents say the pit, which would cover about 340 hectares, threatens the river.';
		expect(sizeMeasureUnsaid('how deep would the pit be', pit)).toBe(true);
		expect(sizeMeasureUnsaid('how big would the pit be', pit)).toBe(false);
		const { shortAnswer, context } = floodReport(pit);
		expect(shortAnswer('how deep would the pit be', 'hectares')).toMatchObject({
			phrase: { text: 'about 340 hectares' },
			fit: context.options.missingFigureFit,
		});
		const deep = floodReport('The pit would be about 240 metres deep and cover about 340 hectares.');
		expect(deep.shortAnswer('how deep would the pit be', 'hectares')).toMatchObject({ fit: 1 });
	});
});

const POST_OFFICE = `Village loses its last post office

KELBY, March 3 - The post office in the village of Kelby will close at the end of the month after its owner retired, the operator said on Tuesday.

A survey found that 83 percent of households used the village's post office at least once a week, more than any other shop.

Residents will instead have to travel to Marlow Cross, nine miles away, where there is one bus a day.

Councillor Ruth Penn said older residents would be hit hardest.`;

describe('distanceUnsaid', () => {
	it('tells a "how far" question of a sentence with no length nor travel time in it', () => {
		const share = 'A survey found that 83 percent of households used the post office.';
		expect(distanceUnsaid('how far is the next post office', share)).toBe(true);
		expect(distanceUnsaid('how far is the next post office', 'The next one is nine miles away.')).toBe(false);
		expect(distanceUnsaid('how far is the hospital', 'The hospital is a 40-minute drive away.')).toBe(false);
		expect(distanceUnsaid('how far away is the planet', 'It lies about 41 light-years from Earth.')).toBe(false);
		expect(distanceUnsaid('how far did the probe travel', 'It ended a 2.9-billion-kilometre journey.')).toBe(false);
		expect(distanceUnsaid('how far is the wreck from chora', 'inside a 2-nautical-mile exclusion zone')).toBe(false);
		const cold = 'Temperatures at the summit dropped to 4 degrees Celsius.';
		expect(distanceUnsaid('how far from the summit did quintero attack', cold)).toBe(true);
		const attack = 'Quintero attacked 14 kilometres from the summit.';
		expect(distanceUnsaid('how far from the summit did quintero attack', attack)).toBe(false);
	});

	it('leaves a change, a gap and a time to any figure', () => {
		const share = 'Ticket sales are about 18 percent below 2019.';
		expect(distanceUnsaid('how far did prices fall', 'Prices fell 12 percent.')).toBe(false);
		expect(distanceUnsaid('how far are ticket sales below 2019', share)).toBe(false);
		expect(distanceUnsaid('how far ahead is she', 'She leads by 38 seconds.')).toBe(false);
		expect(distanceUnsaid('how far back does the record go', 'Records began in 1884.')).toBe(false);
	});

	it('lets the sentence with the distance answer "how far" over one with a share', () => {
		const answer = shippedDesk('post-office', POST_OFFICE).ask('how far is the post office people will use instead');
		expect(answer.answered).toBe(true);
		expect(answer.answer).toBe('nine miles away');
	});
});

describe('thingSizeUnsaid', () => {
	it('asks the size of a thing of a sentence with a length, an area, a volume or a weight', () => {
		const board = 'A park authority with 18 board members will be set up before then.';
		expect(thingSizeUnsaid('how big is the park', board)).toBe(true);
		expect(thingSizeUnsaid('how big is the park', 'The park covers 1,130 square kilometres of heath.')).toBe(false);
		expect(thingSizeUnsaid('how big is the galaxy', 'It formed about 260 million years after the Big Bang.')).toBe(
			true,
		);
		expect(thingSizeUnsaid('how big is the galaxy', 'The galaxy is about 1,200 light-years across.')).toBe(false);
		expect(thingSizeUnsaid('how large was the meteorite', 'The rock weighed 7.2 kilograms.')).toBe(false);
		expect(thingSizeUnsaid('how big is the tower', 'The 18-storey tower was approved.')).toBe(false);
	});

	it('leaves sums, counts and bodies told by a count to any figure', () => {
		expect(thingSizeUnsaid('how big is the pay rise', 'Pay will rise by 4 percent.')).toBe(false);
		expect(thingSizeUnsaid('how big was the crowd', 'There were 2,140 people in the audience.')).toBe(false);
		expect(thingSizeUnsaid('how big is the new stadium', 'The club will build a 6,500-seat stadium.')).toBe(false);
	});

	it('answers the size of the panels from the sentence with their area, not the households they serve', () => {
		// The new-user report where "a commitment to put solar panels on … 2,000 local households" was the answer.
		const answer = newUserDesk('nu62-').ask('how big r the solar panels');
		expect(answer.answered).toBe(true);
		expect(answer.answer).toContain('6,800 square metres');
	});
});

describe('distanceForSize', () => {
	const at = (quote: string, figure: string) => [quote.indexOf(figure), quote.indexOf(figure) + figure.length] as const;
	const river = 'It spent three days trapped in the River Elbe, about 110 kilometres from the coast.';

	it('reads a length from somewhere as no size of the thing asked', () => {
		expect(distanceForSize('How big is the whale?', river, ...at(river, 'about 110 kilometres'))).toBe(true);
		const park = 'The park lies about 64 kilometres north of the city.';
		expect(distanceForSize('how big is the park', park, ...at(park, 'about 64 kilometres'))).toBe(true);
	});

	it('keeps a length of the thing, and a distance asked', () => {
		const whale = 'The whale, about 8 metres long, was guided back.';
		expect(distanceForSize('How big is the whale?', whale, ...at(whale, 'about 8 metres'))).toBe(false);
		expect(distanceForSize('how far is the whale from the sea', river, ...at(river, 'about 110 kilometres'))).toBe(
			false,
		);
	});
});
