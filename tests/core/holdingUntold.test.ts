import { describe, expect, it } from 'vitest';
import { holdingUntold } from '../../src/core/holdingUntold.ts';
import { floodReport } from './floodReport.ts';

const at = (sentence: string, figure: string) => {
	const start = sentence.indexOf(figure);
	return { start, end: start + figure.length };
};

describe('holdingUntold', () => {
	it('finds a count of what was hired, closed or taken where "how many … does X have" is asked', () => {
		const hired = 'Swiftline said bookings had jumped and that it had hired 300 temporary drivers.';
		expect(holdingUntold('how many drivers does swiftline have', hired, at(hired, '300 temporary drivers'))).toBe(true);
		const shift = 'Around 120 employees were on the night shift at the time.';
		expect(holdingUntold('how many employees does voltacell have', shift, at(shift, 'Around 120 employees'))).toBe(
			true,
		);
		const seals = 'She said five sick seals had been taken to a rescue centre in Bellhaven.';
		expect(holdingUntold('how many seals does the centre hold', seals, at(seals, 'five sick seals'))).toBe(true);
		const using = 'Nine drivers were using vehicles whose insurance did not match.';
		expect(holdingUntold('how many drivers does the firm employ', using, at(using, 'Nine drivers'))).toBe(true);
		const taking = 'Crews lost 19,600 hours, equivalent to taking about 45 ambulances off the road.';
		expect(holdingUntold('how many ambulances does it have', taking, at(taking, '45 ambulances'))).toBe(true);
		const hurt = 'Three people were taken to hospital after the scaffolding collapsed.';
		expect(holdingUntold('how many ppl work there', hurt, at(hurt, 'Three people'))).toBe(true);
		const killing = 'An explosion tore through the plant, killing four workers.';
		expect(holdingUntold('how many people work at the plant', killing, at(killing, 'four workers'))).toBe(true);
		const open = 'Grovemart plans to open 25 smaller convenience stores in city centres.';
		expect(holdingUntold('how many stores does grovemart have', open, at(open, '25 smaller'))).toBe(true);
		const stolen = 'Hackers had stolen the personal records of about 2.3 million customers.';
		expect(holdingUntold('how many customers does it have', stolen, at(stolen, 'about 2.3 million'))).toBe(true);
		const adds = 'The Rowan Wing adds 96 beds, including a 24-bed intensive care unit.';
		expect(holdingUntold('how many beds does the new wing have', adds, at(adds, '96 beds'))).toBe(false);
	});

	it('keeps a figure told as held, a whole inside its phrase, and questions of the past or of events', () => {
		const employs = 'VoltaCell, which employs 1,400 people, said production would halt.';
		expect(holdingUntold('how many employees does voltacell have', employs, at(employs, '1,400 people'))).toBe(false);
		const part = 'It would close 47 of its 610 stores next year.';
		expect(holdingUntold('how many stores does it have in total', part, at(part, '47 of its 610 stores'))).toBe(false);
		const milks = 'Elspeth Marr, 47, who milks 180 cows, said the plant mattered.';
		expect(holdingUntold('how many cows does elspeth have', milks, at(milks, '180 cows'))).toBe(false);
		const lastYear = 'The club closed 40 stores last year.';
		expect(holdingUntold('how many stores did they have last year', lastYear, at(lastYear, '40 stores'))).toBe(false);
		expect(holdingUntold('how many stores were closed', lastYear, at(lastYear, '40 stores'))).toBe(false);
	});

	it('lowers the fit of such a count below the decline floor, so the sentence that gives the whole answers', () => {
		const { context, shortAnswer } = floodReport(
			'Hartwell Cuts\n\nDENVER, Jan. 4 — The company then cut 1,200 jobs and closed 40 stores. Hartwell & Finch operates 386 stores in 31 states.',
		);
		expect(shortAnswer('how many stores do they have', 'closed 40').fit).toBe(context.options.countMismatchFit);
		expect(shortAnswer('how many stores do they have', 'operates').phrase.text).toBe('386 stores');
		expect(shortAnswer('how many stores do they have', 'operates').fit).toBe(1);
	});
});
