import { describe, expect, it } from 'vitest';
import { extractCounts } from '../../src/core/extractCounts.ts';
import { findMentions } from '../../src/core/findMentions.ts';
import { linkConflicts } from '../../src/core/linkConflicts.ts';
import type { Fact } from '../../src/core/types.ts';

/** The counts of several sentences of one report, as facts with ids, their conflicts linked. */
function linked(...quotes: string[]): Fact[] {
	const facts = quotes.flatMap((quote, sentence) => {
		const source = { report: 'r', paragraph: 1, sentence, start: 0, end: quote.length, quote };
		return extractCounts(source, findMentions(quote)).map((f, k) => ({ ...f, id: `${sentence}/${k}` }));
	});
	linkConflicts(facts);
	return facts;
}

describe('linkConflicts', () => {
	it('links two figures for the same thing, with an action stated or none', () => {
		const [a, b] = linked('At least 40 people were killed.', 'Officials said 52 people were killed.');
		expect(a?.conflicts).toEqual([b?.id]);
		const [ships, waiting] = linked('By Tuesday 42 ships were waiting.', 'It put the number of waiting ships at 38.');
		expect(ships?.conflicts).toEqual([waiting?.id]);
	});

	it('does not link people counted with no action: they are often different groups', () => {
		const facts = linked(
			'A ferry carrying at least 160 people capsized.',
			'The agency said 94 people had been rescued.',
		);
		expect(facts.map((f) => f.conflicts)).toEqual([[], []]);
	});
});
