import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { titleNameStems } from '../../src/core/titleNameStems.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { shippedModelTuning } from './shippedModel.ts';

const PAINTER = [
	'Ingrid Margrethe Halvorsen (born 4 May 1921 – died 9 June 1987) was a Norwegian painter known for coastal landscapes. She studied in Oslo and Paris and exhibited widely in Scandinavia.',
	"Halvorsen was born in Bergen, the daughter of a ship's carpenter. At the age of 19 she moved to Oslo to study at the academy. In 1946 she received a state grant that allowed her to travel to France.",
	"Her later work turned to abstraction. In 1962 she became the first woman to chair the Norwegian Artists' Association, a post she held for six years.",
].join('\n\n');

describe('titleNameStems', () => {
	it('gives the other words of the full name a title word ends in the first paragraphs', () => {
		const report = { id: 'halvorsen', title: 'Halvorsen', paragraphs: PAINTER.split('\n\n') };
		expect(titleNameStems(report, new Set(['halvorsen'])).sort()).toEqual(['ingrid', 'margreth']);
		// No full name ends in a title word: nothing ("Norwegian Artists' Association" ends in no title word).
		expect(titleNameStems(report, new Set(['painter']))).toEqual([]);
		const later = { id: 'x', title: 'Halvorsen', paragraphs: ['A painter.', 'Her work.', 'Ingrid Halvorsen died.'] };
		expect(titleNameStems(later, new Set(['halvorsen']))).toEqual([]);
	});

	it('lets a question call the report\'s subject by a given name ("At what age did Ingrid move to Oslo?")', () => {
		const parsed = parseReport('halvorsen', PAINTER);
		if (!parsed.ok) throw new Error(parsed.problem);
		const desk = createFactdesk([parsed.report], shippedModelTuning());
		const answer = desk.ask('At what age did Ingrid move to Oslo?');
		expect(answer.answered).toBe(true);
		expect(answer.sources[0]?.quote).toBe('At the age of 19 she moved to Oslo to study at the academy.');
		expect(answer.confidence).toBeGreaterThan(0.5);
	});
});
