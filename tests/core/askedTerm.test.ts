import { describe, expect, it } from 'vitest';
import { asksTerm, termGiven } from '../../src/core/askedTerm.ts';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { stem } from '../../src/core/tokenize.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { shippedModelTuning } from './shippedModel.ts';

/** An invented report: things given names quoted or not, by "known as", "called", "referred to … as". */
const VALLEY = [
	'The small lake at the top of the valley is called Tarn Hows by the locals, who swim there in summer.',
	'In the north the ridge is known as the Spine, a name first used by shepherds.',
	'Such fish are commonly referred to as bottom feeders because they eat from the sea floor.',
	'The warden of the hut is properly known as the "hut keeper".',
	'In 1890 a miner called his new lamp "the Glow" and sold it in the village.',
	'The council called for calm after the flood.',
].join('\n\n');

const none = new Set<string>();

describe('asksTerm', () => {
	it('reads questions that ask the name a thing goes by', () => {
		expect(asksTerm('What is the ridge known as in the north?')).toBe(true);
		expect(asksTerm('what are such fish referred to as')).toBe(true);
		expect(asksTerm('What is it called when a lake freezes?')).toBe(true);
		expect(asksTerm('What do the locals call the small lake?')).toBe(true);
		expect(asksTerm("What was Ilse's nickname as a child?")).toBe(true);
		expect(asksTerm("what was the farmer's sister's name")).toBe(true);
	});

	it('leaves questions about something else', () => {
		expect(asksTerm('What is the ridge named after?')).toBe(false);
		expect(asksTerm('Who called for calm?')).toBe(false);
		expect(asksTerm('What is the name of the lake?')).toBe(false);
		expect(asksTerm('What does the plan call for?')).toBe(false);
	});
});

describe('termGiven', () => {
	it('takes the name, quoted or up to what the sentence goes on to say of it', () => {
		expect(termGiven('The lake is called Tarn Hows by the locals.', none, stem)?.text).toBe('Tarn Hows');
		expect(termGiven('The warden is properly known as the "hut keeper".', none, stem)?.text).toBe('hut keeper');
		expect(termGiven('A miner called his new lamp "the Glow" and sold it.', none, stem)?.text).toBe('the Glow');
		expect(termGiven('It was referred to in old maps as Ba-Lun, a trading post.', none, stem)?.text).toBe('Ba-Lun');
		expect(termGiven('His sister, named Ottilie, ran the farm.', none, stem)?.text).toBe('Ottilie');
	});

	it('takes the naming of the thing asked, keeps apostrophes and abbreviations, and highlights the name', () => {
		const mill = 'Residents called 911 after the fire broke out at the mill, which is known as the Old Mill.';
		expect(termGiven(mill, new Set([stem('mill')]), stem)?.text).toBe('the Old Mill');
		expect(termGiven("It is known as the 'don't look back' ground.", none, stem)?.text).toBe("don't look back");
		expect(termGiven("The glow is known as St. Elmo's fire by sailors.", none, stem)?.text).toBe("St. Elmo's fire");
		const dubbed = 'The protest, dubbed "Enough!?" by its organisers, grew.';
		const found = termGiven(dubbed, none, stem);
		expect(found && dubbed.slice(found.start, found.end)).toBe('Enough');
	});

	it('gives none for "called for", nor for a name made of the question words', () => {
		expect(termGiven('The council called for calm after the flood.', none, stem)).toBeUndefined();
		expect(termGiven('The lake is called the lake.', new Set([stem('lake')]), stem)).toBeUndefined();
	});

	it('answers the questions with the term, not the whole sentence', () => {
		const parsed = parseReport('valley', VALLEY);
		if (!parsed.ok) throw new Error(parsed.problem);
		const desk = createFactdesk([parsed.report], { ...shippedModelTuning(), minConfidence: -1 });
		expect(desk.ask('What do the locals call the small lake?').answer).toBe('Tarn Hows');
		expect(desk.ask('What is the ridge known as in the north?').answer).toBe('the Spine');
		expect(desk.ask('what are fish that eat from the sea floor called?').answer).toBe('bottom feeders');
		expect(desk.ask('What is the warden of the hut known as?').answer).toBe('hut keeper');
	});
});
