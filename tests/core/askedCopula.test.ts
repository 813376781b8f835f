import { describe, expect, it } from 'vitest';
import { askedDeed, askedThingHead, byCopula, thingByCopula } from '../../src/core/askedCopula.ts';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { stem } from '../../src/core/tokenize.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { shippedModelTuning } from './shippedModel.ts';

/** An invented report: things said to be what the questions ask, on either side of a linking verb. */
const VALLEY = [
	'Tarnbeck is used for the storage of grain in the winter months.',
	'The capital and largest city is Valdor, which lies on the river.',
	'Boiled barley water, which farmers drank for centuries, is the remedy of choice for colds in the valley.',
	'The main export of the region is timber, most of it sold to Germany.',
	'Salt was used to preserve the fish before refrigerators came.',
	'Korvik, the highest village in the valley, is located above the pass.',
].join('\n\n');

describe('askedThingHead and askedDeed', () => {
	it('read the noun a "what is" question asks by, or the deed a "what was done" question asks by', () => {
		expect(askedThingHead('What is the main export of the region?')).toBe(stem('export'));
		expect(askedThingHead("What is the region's biggest city?")).toBe(stem('city'));
		expect(askedThingHead('What is the name of the town?')).toBeUndefined();
		expect(askedDeed('What was used to preserve the fish?')?.stem).toBe(stem('used'));
		expect(askedDeed('What is the capital?')).toBeUndefined();
	});
});

describe('thingByCopula and byCopula', () => {
	it('take the thing after the linking verb, or before it when the noun asked follows it', () => {
		expect(thingByCopula(stem('export'), 'The main export of the region is timber, most of it sold.')?.text).toBe(
			'timber',
		);
		expect(thingByCopula(stem('remedy'), 'Barley water, which farmers drank, is the remedy of choice.')?.text).toBe(
			'Barley water',
		);
	});

	it('take the name a noun in apposition stands beside, not what the sentence goes on to say', () => {
		expect(byCopula('What is the highest village in the valley?', VALLEY.split('\n\n')[5] ?? '')?.text).toBe('Korvik');
	});

	it('give none when the sentence says the thing is only what the question says', () => {
		expect(byCopula('What is the valley most famous for?', 'The valley is most famous.')).toBeUndefined();
		expect(thingByCopula(stem('export'), 'Timber prices rose in March.')).toBeUndefined();
	});

	it('answer the questions with the thing, not the whole sentence', () => {
		const parsed = parseReport('valley', VALLEY);
		if (!parsed.ok) throw new Error(parsed.problem);
		const desk = createFactdesk([parsed.report], { ...shippedModelTuning(), minConfidence: -1 });
		expect(desk.ask('What is the main export of the region?').answer).toBe('timber');
		expect(desk.ask('What is the remedy of choice for colds?').answer).toBe('Boiled barley water');
		expect(desk.ask('What was used to preserve the fish?').answer).toBe('Salt');
		expect(desk.ask('What is used to store grain in winter?').answer).toBe('Tarnbeck');
	});
});
