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
		expect(byCopula('What is the oldest bridge?', 'The oldest bridge is the oldest.')).toBeUndefined();
		expect(askedThingHead('What is the town famous for?')).toBeUndefined();
		expect(thingByCopula(stem('export'), 'Timber prices rose in March.')).toBeUndefined();
	});

	it('keep a number whole, stop at a new clause, and take the subject a clause gives', () => {
		expect(byCopula('What was the prize?', 'The prize was $1,250,000 in cash, the organisers said.')?.text).toBe(
			'$1,250,000 in cash',
		);
		const farm = 'The main export of the farm is wheat and the main export of the mill is flour.';
		expect(byCopula('What is the main export of the farm?', farm)?.text).toBe('wheat');
		expect(byCopula('What was stolen from the museum?', 'Police said nothing was stolen from the museum.')?.text).toBe(
			'nothing',
		);
		expect(byCopula('What was built on the hill?', 'In 1850 a church was built on the hill.')?.text).toBe('a church');
	});

	it('give none for a noun inside what follows, or a state rather than a thing', () => {
		const mayor = 'Smith is the mayor of the biggest city in the state, officials said.';
		expect(byCopula('What is the biggest city in the state?', mayor)).toBeUndefined();
		expect(
			byCopula('What was the cause of the crash?', 'The cause of the crash was under investigation.'),
		).toBeUndefined();
	});

	it("give none for the linking verb of a relative clause's own subject ('a deal that the union was willing to sign')", () => {
		const deal = 'Talks went on as the board offered a pay deal that the union was willing to sign.';
		expect(thingByCopula(stem('deal'), deal)).toBeUndefined();
		const named = 'The board offered a pay deal that Unite was keen to accept.';
		expect(byCopula('What was the pay deal?', named)).toBeUndefined();
		const approved = 'The plan that the council approved is a bypass around the town.';
		expect(thingByCopula(stem('plan'), approved)?.text).toBe('a bypass around the town');
		const own = 'The deal that ended the strike was a rise of 6% over two years.';
		expect(thingByCopula(stem('deal'), own)?.text).toBe('a rise of 6% over two years');
	});

	it('lets a definition run longer, and takes no clause for a subject', () => {
		const alloy = 'A brazing alloy is a mixture of two or more metals that melts below the metals it joins.';
		expect(byCopula('What is a brazing alloy?', alloy)?.text).toBe(
			'a mixture of two or more metals that melts below the metals it joins',
		);
		const limited = 'The tools are few, but these functions are limited to what is required by law.';
		expect(byCopula('What is required by law?', limited)).toBeUndefined();
	});

	it('answers "who was done" with the subject of the deed, not a people\'s word beside it', () => {
		expect(askedDeed('Who was stationed along the border?', true)?.stem).toBe(stem('stationed'));
		const parsed = parseReport(
			'border',
			'Finnish border guards were stationed along the Karelian frontier until 1995.',
		);
		if (!parsed.ok) throw new Error(parsed.problem);
		const desk = createFactdesk([parsed.report], { ...shippedModelTuning(), minConfidence: -1 });
		expect(desk.ask('Who was stationed along the frontier?').answer).toBe('Finnish border guards');
	});

	it('reads a long run of capitals before a comma at once', () => {
		const sentence = `${'GATTACA'.repeat(75)}1, the main export of the lab is this sequence.`;
		expect(byCopula('What is the main export of the lab?', sentence)?.text).toBe('this sequence');
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
