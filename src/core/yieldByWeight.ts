import { MONEY } from './extractCounts.ts';
import { STUFF_UNITS } from './measuresStuff.ts';
import { contentStems } from './tokenize.ts';
import type { Fact } from './types.ts';

/** Verbs of a crop, a catch or a trade, whose yield is told by weight or volume: "how many apples does Poland grow". */
const YIELDS =
	/\bhow many\b.*\b(?:grow|grows|grew|grown|produce|produces|produced|harvest|harvests|harvested|export|exports|exported|import|imports|imported|catch|catches|caught|land|landed)\b/i;

/**
 * Whether a weight or volume answers a "how many" question of a crop, a catch or a trade ("how many apples does Poland
 * grow": "about 4 million tonnes" in a sentence of apples), of the thing asked (`asked`: whether stems name it): what
 * the count weighs ("tonnes of steel"), else the sentence, names it; no sum of money ("40 billion pounds") answers.
 *
 * @example
 * yieldByWeight('how many apples does Poland grow', fact, ['tonn'], undefined, (s) => s.includes('appl')); // true
 */
export function yieldByWeight(
	question: string,
	fact: Fact,
	counted: readonly string[],
	weighed: readonly string[] | undefined,
	asked: (stems: readonly string[]) => boolean,
): boolean {
	return (
		YIELDS.test(question) &&
		!MONEY.test(fact.text) &&
		counted.some((s) => STUFF_UNITS.has(s)) &&
		asked(weighed ?? contentStems(fact.source.quote))
	);
}
