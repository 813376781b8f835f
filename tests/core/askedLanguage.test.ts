import { describe, expect, it } from 'vitest';
import { askedLanguage, languageIn, namesFaith } from '../../src/core/askedLanguage.ts';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { shippedModelTuning } from './shippedModel.ts';

/** An invented report: a language and a faith named in passing. */
const CHOIR = [
	'The choir from Tartu sang twelve songs, most of them set to Estonian poems from the 1920s.',
	'Its conductor, Mari Kask, was raised in a Lutheran family in the south of the country.',
].join('\n\n');

describe('askedLanguage', () => {
	it('reads questions that ask for a language or a faith', () => {
		expect(askedLanguage('What language were the songs written in?')).toBe('language');
		expect(askedLanguage('in which language is the prayer said')).toBe('language');
		expect(askedLanguage("What religion was Kask's family?")).toBe('faith');
		expect(askedLanguage('What songs did the choir sing?')).toBeUndefined();
	});

	it('reads questions that ask for a nationality, before or after the name', () => {
		expect(askedLanguage('What nationality is Ruiz?')).toBe('nationality');
		expect(askedLanguage("whats pike's nationality")).toBe('nationality');
		expect(askedLanguage("What is the winner's citizenship?")).toBe('nationality');
		expect(askedLanguage('What year did the citizenship scheme start?')).toBeUndefined();
	});
});

describe('languageIn', () => {
	it('takes the language or faith the sentence names and the question does not', () => {
		expect(languageIn('language', 'They sang songs set to Polish poems in Latin script.', 'what language')?.text).toBe(
			'Polish',
		);
		expect(
			languageIn('language', 'Catalan is taught in Catalonia.', 'what language is taught in catalonia')?.text,
		).toBe('Catalan');
		expect(languageIn('faith', 'She was born to an Orthodox Jewish family.', 'what religion')?.text).toBe(
			'Orthodox Jewish',
		);
	});

	it('gives none when the sentence names none, or only what the question names', () => {
		expect(languageIn('language', 'The choir sang twelve songs.', 'what language')).toBeUndefined();
		expect(languageIn('faith', 'A Muslim school opened.', 'what muslim school opened')).toBeUndefined();
	});

	it('reads a faith as no place for "where"', () => {
		expect(namesFaith('Lutheran')).toBe(true);
		expect(namesFaith('Sunni Muslim')).toBe(true);
		expect(namesFaith('Lutheran Church of Tartu')).toBe(false);
		const parsed = parseReport('born', 'Mari Kask was born to Lutheran parents in Viljandi, Estonia, in 1950.');
		if (!parsed.ok) throw new Error(parsed.problem);
		const desk = createFactdesk([parsed.report], { ...shippedModelTuning(), minConfidence: -1 });
		expect(desk.ask('Where was Kask born?').answer).toBe('Viljandi');
	});

	it('answers such questions with the language, not the whole sentence', () => {
		const parsed = parseReport('choir', CHOIR);
		if (!parsed.ok) throw new Error(parsed.problem);
		const desk = createFactdesk([parsed.report], { ...shippedModelTuning(), minConfidence: -1 });
		expect(desk.ask('What language were the poems the choir sang written in?').answer).toBe('Estonian');
		expect(desk.ask("What religion was the conductor's family?").answer).toBe('Lutheran');
	});

	it('answers "what nationality is X" from the nationality written before X\'s name, and declines when none is', () => {
		const parsed = parseReport(
			'stage',
			[
				'Young rider wins mountain stage',
				'The 24-year-old Colombian Ana Ruiz won the ninth stage of the Tour of the Alps on Sunday.',
				'Ruiz, who rides for Team Vela, attacked on the final climb to Col du Lys.',
				'The organising committee met in Turin. Its chair, Helena Sorensen, said next year would bring more climbs.',
			].join('\n\n'),
		);
		if (!parsed.ok) throw new Error(parsed.problem);
		const desk = createFactdesk([parsed.report], shippedModelTuning());
		const answer = desk.ask('What nationality is Ruiz?');
		expect(answer.answered).toBe(true);
		expect(answer.answer).toBe('Colombian');
		expect(answer.sources[0]?.quote).toContain('Colombian Ana Ruiz');
		expect(desk.ask('What nationality is Helena Sorensen?').answered).toBe(false);
	});
});
