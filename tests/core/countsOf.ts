import { extractCounts } from '../../src/core/extractCounts.ts';
import { findMentions } from '../../src/core/findMentions.ts';

/** The counts extractCounts reads in one sentence. */
export function countsOf(quote: string) {
	return extractCounts({ report: 'trial', paragraph: 1, sentence: 0, quote }, findMentions(quote));
}
