import { describe, expect, it } from 'vitest';
import { ReportTexts } from '../../src/core/ReportTexts.ts';

const reports = Array.from({ length: 40 }, (_, i) => ({
	id: `r${i}`,
	title: `Café report ${i}`,
	paragraphs: [`Élise Núñez spoke on day ${i}.`, 'The end.'],
}));

describe('ReportTexts', () => {
	it('gives a report as its title and paragraphs, one a line, and folded to lowercase without accents', () => {
		const texts = new ReportTexts({ reports });
		expect(texts.text(3)).toBe('Café report 3\nÉlise Núñez spoke on day 3.\nThe end.');
		expect(texts.folded(3)).toBe('cafe report 3\nelise nunez spoke on day 3.\nthe end.');
		expect(texts.text(99)).toBe('');
	});

	it('gives each report its own text however many it has kept and forgotten', () => {
		const texts = new ReportTexts({ reports });
		for (let round = 0; round < 2; round++)
			for (let i = 0; i < reports.length; i++) {
				expect(texts.text(i)).toContain(`day ${i}.`);
				expect(texts.folded(i)).toContain(`report ${i}\n`);
			}
	});
});
