import { describe, expect, it } from 'vitest';
import { sumOrSizeMismatch } from '../../src/core/sumOrSizeMismatch.ts';
import { floodReport } from './floodReport.ts';

describe('sumOrSizeMismatch', () => {
	it.each([
		['how high did the song get in the charts', '410,000 euros', true],
		['how high was the fine', '410,000 euros', false],
		['how much will a ticket through the tunnel cost', '8.6 billion euros', true],
		['how much will a ticket through the tunnel cost', '49 euros', false],
		['how much does a raiders season ticket cost', 'about 250,000 pounds', true],
		['how much does a raiders season ticket cost', '480 pounds', false],
		['how much will a ticket on the new line cost', 'about 140,000 pounds', true],
		['how much will the tunnel cost', '8.6 billion euros', false],
		['what does a single fare cost', '1.2 million dollars', true],
		['how big is the fund', '£12 million', false],
		['how big is the site going to be', 'about 2.7 million pounds', true],
		['how much will the property tax hike bring in', '1.5 percent increase', true],
		['how much will the property tax hike bring in', '12 million pounds', false],
		['how big is the painting', 'between 1.5 million and 2.5 million euros', true],
		['how big is the painting', '64 by 91 centimetres', false],
		['how big is the restructuring charge', '640 billion won', false],
		['how big was the jackpot', '184 million euros', false],
		['how far did the river rise', '3 metres', false],
		['how much public subsidy did the resort get', '11 lifts', true],
		['how much public subsidy did the resort get', '2 million euros', false],
		['how much funding was cut', '20 percent', false],
		['how much profit did veeram make this quarter', '27% jump', true],
		['how much profit did veeram make this quarter', '1,184 crore rupees', false],
		['how much did profit rise', '27%', false],
		['how much more profit did it make', '27%', false],
		['how much sales growth did veeram report', '12%', false],
		['how much profit margin did the airline report', '8.5 percent', false],
		['how many lifts are there', '11 lifts', false],
		['how many people attended the closing ceremony', '2,400-seat Palais Marin', true],
		['how many people does the palais hold', '2,400-seat Palais Marin', false],
		['how many seats does the palais have', '2,400-seat Palais Marin', false],
		['how fast was the a320 taxiing', '164 passengers', true],
		['how fast was the a320 taxiing', '30 knots', false],
		['how many km of road does this cover', '70 km/h', true],
		['what is the new speed limit', '70 km/h', false],
		['how fast was the bus going', '90 kilometres an hour', false],
		['how many km of road does this cover', '420 km', false],
		['how fast was the bus going when it crashed', 'several minutes', true],
		['how fast do nerves grow back', 'one millimetre a day', false],
		['how fast did the fire spread', 'two hours', true],
		['how fast was the tram going when it derailed', '14 people injured', true],
		['how fast was the tram going when it derailed', 'about 60 km/h', false],
		['how fast is the ice sheet moving', '2 percent', false],
		['how fast did the tickets sell out', '61,000 tickets', false],
		['how fast was the train travelling', '160 kmh', false],
		['how fast does the drive spin', '7,200 rpm', false],
		['how fast was the coolant leaking', 'one of its', true],
		['how much do tickets at the regal cost', '1.2 million pounds', true],
		['how much will tickets cost at the new arena', '720 million dollars', true],
		['how much does one patient meal cost the trust', '1.3 million pounds', true],
		['how much do tickets at the regal cost', '12 pounds', false],
		['how much did ticket sales bring in', '1.2 million pounds', false],
		['how much water was in the reservoir when it burst', 'six people', true],
		['how much of the workforce is going', 'about 300 workers', false],
		['how many people were evacuated', 'six people', false],
		['how fast was the coolant leaking', 'roughly 40 litres an hour', false],
		['how fast did the rangers respond', 'four rangers', false],
		['how far did the kite drag across the field', 'nine years old', true],
		['how many were hurt', 'a 58-year-old', true],
		['how old was the guy with the allergy', 'a 58-year-old', false],
		['what age was he', 'aged 61', false],
	] as const)('"%s" of "%s": %s', (question, figure, mismatch) => {
		expect(sumOrSizeMismatch(question, figure)).toBe(mismatch);
	});
});

describe('itemPriceMismatch on the sum path', () => {
	it('fits a total in millions low for the price of tickets, and a ticket price fully', () => {
		const { shortAnswer, context } = floodReport(
			[
				'Harbour arena approved',
				'The new arena, which will seat 12,000 people, will cost about 720 million dollars, the council said.',
				'Season tickets will cost 400 dollars.',
			].join('\n\n'),
		);
		const asked = 'how much will tickets cost at the new arena';
		expect(shortAnswer(asked, '720 million').fit).toBe(context.options.countMismatchFit);
		expect(shortAnswer(asked, 'Season tickets').fit).toBe(1);
	});
});
