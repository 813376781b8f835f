import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { personByRole } from '../../src/core/personByRole.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { floodReport } from './floodReport.ts';
import { shippedModelTuning } from './shippedModel.ts';

/** An invented report on a ski village: a mayor whose name shares a particle with the village's. */
const TEXT = [
	'The resort accounted for most of the winter income of Cervara di Sopra, a village of 410 people.',
	'Mayor Antonio Di Luca, 67, said the village would try to attract hikers in summer instead.',
].join('\n\n');

describe('personByRole', () => {
	const { context, ask } = floodReport(TEXT);
	const mayor = Array.from({ length: context.corpus.sentenceCount }, (_, s) => context.corpus.quote(s)).findIndex((q) =>
		q.startsWith('Mayor'),
	);

	it('finds the holder of the role asked, a particle of the name ("Di") shared with the place asked no bar', () => {
		const found = personByRole(ask('who is the mayor of cervara di sopra'), context.people.get(mayor));
		expect(found?.text).toBe('Antonio Di Luca');
	});

	it('gives no holder of another kind than the one asked ("interim", "deputy")', () => {
		expect(
			personByRole(ask('who is the interim mayor of cervara di sopra'), context.people.get(mayor)),
		).toBeUndefined();
		const deputy = floodReport('Deputy Mayor Ida Berg, 52, opened the new bridge.');
		const at = Array.from({ length: deputy.context.corpus.sentenceCount }, (_, s) =>
			deputy.context.corpus.quote(s),
		).findIndex((q) => q.startsWith('Deputy'));
		expect(personByRole(deputy.ask('who is the deputy mayor'), deputy.context.people.get(at))?.text).toBe('Ida Berg');
	});

	it('gives no holder when the question names the person', () => {
		expect(personByRole(ask('who is the mayor antonio'), context.people.get(mayor))).toBeUndefined();
	});

	it('answers "who is the mayor of X" with the mayor (the shipped model)', () => {
		const parsed = parseReport('cervara', TEXT);
		if (!parsed.ok) throw new Error(parsed.problem);
		expect(
			createFactdesk([parsed.report], shippedModelTuning()).ask('who is the mayor of cervara di sopra').answer,
		).toContain('Antonio Di Luca');
	});
});
