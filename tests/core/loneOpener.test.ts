import { describe, expect, it } from 'vitest';
import { loneOpener } from '../../src/core/loneOpener.ts';
import type { AnswerPhrase } from '../../src/core/pickAnswerPhrase.ts';
import { floodReport } from './floodReport.ts';

describe('loneOpener', () => {
	const { context } = floodReport(
		'VERONA, Italy (Reuters) — Hailstones up to 11 centimetres across smashed greenhouses on Monday.\n\nVeneto president Luca Bassi said the region would ask for aid. Bassi visited farms on Tuesday.',
	);
	const at = (words: string, name: string): [number, AnswerPhrase] => {
		const index = Array.from({ length: context.corpus.sentenceCount }, (_, s) => context.corpus.quote(s)).findIndex(
			(quote) => quote.includes(words),
		);
		const start = context.corpus.quote(index).indexOf(name);
		return [index, { text: name, start, end: start + name.length, typed: true }];
	};

	it('takes a first word the report capitalises nowhere else for nobody, and a known surname for its person', () => {
		const [hail, hailstones] = at('smashed greenhouses', 'Hailstones');
		expect(loneOpener(context.corpus.quote(hail), hailstones, context, hail)).toBe(true);
		const [visit, bassi] = at('visited farms', 'Bassi');
		expect(loneOpener(context.corpus.quote(visit), bassi, context, visit)).toBe(false);
	});
});
