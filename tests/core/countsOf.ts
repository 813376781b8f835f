import { extractCounts } from '../../src/core/extractCounts.ts';
import { findMentions } from '../../src/core/findMentions.ts';
import type { Fact } from '../../src/core/types.ts';

/** The counts extractCounts reads in one sentence, as facts. */
export function countsOf(quote: string): Fact[] {
	const source = { report: 'trial', paragraph: 1, sentence: 0, start: 0, end: quote.length, quote };
	return extractCounts(source, findMentions(quote)).map((fact, i) => ({ ...fact, id: `count-${i}` }));
}
