import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { namedBelow } from '../../src/core/namedBelow.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { floodReport } from './floodReport.ts';
import { shippedModelTuning } from './shippedModel.ts';

const REGATTA = [
	'Rowers from nine countries raced on Lake Vänern on Sunday in the first Karlstad regatta.',
	'A 15-year-old boy from Estonia won the junior sculls. Mart Kask, who trains on a river near Tartu, beat 30 other rowers in the final.',
	'One volunteer has worked at every regatta on the lake since 1990. The 81-year-old, Ingrid Lund, said the water was the calmest she had seen.',
	'The organisers thanked two sponsoring companies. Regatta Chief Executive Lars Holm, 52, said the race would return next year.',
	'Karin Berg won the women’s final. Tove Ek, 30, came second.',
].join('\n\n');

describe('namedBelow', () => {
	const { shortAnswer } = floodReport(REGATTA);

	it('answers "who" of someone told of without a name with the name the next sentence opens with', () => {
		expect(shortAnswer('who won the junior sculls', 'A 15-year-old boy').phrase.text).toBe('Mart Kask');
		expect(shortAnswer('which volunteer has worked at every regatta', 'One volunteer').phrase.text).toBe('Ingrid Lund');
	});

	it('takes no name below for a role asked of a body the sentence names, nor for a judge it never speaks of', () => {
		const { shortAnswer: airline, context } = floodReport(
			'Baltica Airlines posted a loss. Henrik Solstad, 36, a passenger from Oslo, said the flight was late.\n\nThe Supreme Court overturned the ruling. Anna Park, 19, who brought the case, wept.',
		);
		const chairman = airline('Who is the chairman of Baltica Airlines?', 'Baltica Airlines posted');
		expect(chairman.phrase.text).not.toBe('Henrik Solstad');
		expect(chairman.fit).toBeLessThan(1);
		const judge = airline('Which judge overturned the ruling?', 'Supreme Court overturned');
		expect(judge.phrase.text).not.toBe('Anna Park');
		expect(judge.fit).toBe(context.options.unnamedFit);
	});

	it('answers who did a deed to someone named by role with the name the next paragraph opens with, not that someone', () => {
		const { shortAnswer: opera } = floodReport(
			'CORVINA, Nov. 9 — A 26-year-old understudy replaced the star soprano Valentina Moretz on Saturday.\n\nElodie Sarrazin, a member of the young artists program, sang the title role.',
		);
		expect(opera('who filled in for the star soprano', 'understudy').phrase.text).toBe('Elodie Sarrazin');
		expect(opera('who replaced the star soprano', 'understudy').phrase.text).toBe('Elodie Sarrazin');
		expect(opera('who is the star soprano', 'understudy').phrase.text).toBe('Valentina Moretz');
		const { shortAnswer: darts, context } = floodReport(
			'Unknown qualifier stuns world number one to win darts title\n\nSem van Rijn, a former warehouse worker, hit a nine-dart finish.\n\nA balloon landed in a field near Brest on Sunday.\n\nPilots Henrik Aas, 52, and Camille Roy, 39, flew 3,600 kilometres.',
		);
		const headline = Array.from({ length: context.corpus.sentenceCount }, (_, i) => context.corpus.quote(i)).findIndex(
			(quote) => quote.startsWith('Unknown qualifier'),
		);
		expect(namedBelow(context, headline)).toBeUndefined();
		expect(namedBelow(context, headline + 2)).toBeUndefined();
		expect(darts('who landed in the field', 'balloon landed').phrase.text).not.toContain('Pilots');
	});

	it('names no one when the sentence names someone, a title stands before the name or a body is asked', () => {
		expect(shortAnswer('who won the women’s final', 'Karin Berg won').phrase.text).toBe('Karin Berg');
		expect(shortAnswer('which companies sponsored the regatta', 'two sponsoring').phrase.text).not.toContain('Holm');
	});

	it('shows both sentences, the name highlighted in the second', () => {
		const parsed = parseReport('karlstad-regatta', REGATTA);
		if (!parsed.ok) throw new Error(parsed.problem);
		const answer = createFactdesk([parsed.report], shippedModelTuning()).ask('who won the junior sculls?');
		expect(answer.answered).toBe(true);
		expect(answer.answer).toBe('Mart Kask');
		const quote = answer.sources[0]?.quote ?? '';
		expect(quote).toMatch(/^A 15-year-old boy from Estonia won the junior sculls\. Mart Kask, who trains/);
		expect(quote.slice(...(answer.highlight ?? [0, 0]))).toBe('Mart Kask');
	});

	it('takes no name below a sentence told by a pronoun, nor for a kind that is no person', () => {
		const { shortAnswer } = floodReport(
			'Karin Berg led early.\n\nShe won the junior sculls. Mart Kask, 36, came second.\n\nA little-known gang claimed the attack. Jan de Vries, 52, who heads the police, spoke.',
		);
		expect(shortAnswer('who won the junior sculls', 'She won').phrase.text).not.toBe('Mart Kask');
		expect(shortAnswer('which gang claimed the attack', 'gang claimed').phrase.text).not.toBe('Jan de Vries');
	});
});
