import { describe, expect, it } from 'vitest';
import { ownerUntold } from '../../src/core/ownerUntold.ts';
import { floodReport } from './floodReport.ts';

describe('ownerUntold', () => {
	it.each([
		['whose field did they land in', 'The balloonists landed in a field in County Mayo on Sunday.', true],
		['whose field did they land in', 'The farmer who owns the field, Ann Walsh, 71, watched.', false],
		['whose field did they land in', "They came down in Ann Walsh's field near Castlebar.", false],
		['whose record did she break', 'She broke the record of 4:02 set by Norway’s Lise Dahl in 2019.', false],
		['at whose funeral did he sing', 'At the funeral of the poet Ivo Lind, he sang two hymns.', false],
		['on whose behalf did the firm sue', 'The firm sued for the inventor Ho Tse.', false],
		['What was the name of the clerk whose laptop was stolen?', 'A laptop was stolen from the office.', false],
		['whose record did Kari Lund break', "She broke Lise Dahl's 2019 world record.", false],
		['whose field did they land in', 'They landed in a field of wheat near Galway.', true],
		['whose car was it', 'The car, registered to Ana Pires, was found.', false],
		['whose consent do the states need', 'They may sign treaties with the consent of the federal government.', false],
	] as const)('"%s" of "%s": %s', (question, sentence, untold) => {
		expect(ownerUntold(question, sentence)).toBe(untold);
	});

	it('lowers a name that owns nothing as the answer to "whose"', () => {
		const text =
			'Balloon lands\n\nThe balloonists landed in a field near Galway after crossing the Atlantic. The farmer who owns the field, Ann Walsh, 71, brought them tea.';
		const { shortAnswer, context } = floodReport(text);
		expect(shortAnswer('whose field did they land in', 'crossing the Atlantic').fit).toBe(context.options.unnamedFit);
		expect(shortAnswer('whose field did they land in', 'Ann Walsh')).toMatchObject({
			phrase: { text: 'Ann Walsh' },
			fit: 1,
		});
	});
});
