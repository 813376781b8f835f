import { MONEY } from './extractCounts.ts';

/** "How much (public) subsidy/compensation/funding…": a sum asked by its noun. */
const SUM_ASKED =
	/\bhow much\s+(?:[\p{L}-]+\s+)?(?:subsidy|subsidies|compensation|funding|money|cash|ransom|bail|damages|tax|rent|salary|bonus|investment|aid|debt)\b/iu;
/** A share or a change, which may answer "how much funding…" ("cut funding by 20 percent"). */
const SHARE_OR_CHANGE = /%|\bper\s?cent\b|\bhalf\b|\bthirds?\b|\bquarters?\b/i;

/** A size or a distance asked: "how high/far/tall/long…" (not "how big", which a fund or an estate may be). */
const SIZE_ASKED = /\bhow\s+(?:high|far|tall|long|deep|wide|heavy|thick)\b/i;
/** What a sum may be the size of: "how high was the fine", "how big is the budget". */
const SUM_NOUN =
	/\b(?:fines?|penalty|penalties|price|prices|cost|costs|bill|budget|salary|salaries|wage|wages|pay|fee|fees|ransom|bail|debt|debts|deficit|bonus|prize|reward|compensation|damages|loan|loans|tax|taxes|rent|fare|fares|deal|investment|bid|offer|payout|settlement|valuation|sum|amount|figure|spending|funding|grant|donation|profit|profits|loss|losses|revenue|sales|income|pension|award)\b/i;

/**
 * Whether a figure is of another kind than a "how …" question asks: a sum of money for a size or a distance ("how high
 * did the song get in the charts" of "410,000 euros in damages"), or no sum for a sum asked by its noun ("how much
 * public subsidy did the resort get" of "11 lifts").
 *
 * @example
 * sumOrSizeMismatch('how high did the song get in the charts', '410,000 euros'); // true
 * sumOrSizeMismatch('how high was the fine', '410,000 euros'); // false
 */
export function sumOrSizeMismatch(question: string, figure: string): boolean {
	if (SIZE_ASKED.test(question) && !SUM_NOUN.test(question)) return MONEY.test(figure);
	return SUM_ASKED.test(question) && !MONEY.test(figure) && !SHARE_OR_CHANGE.test(figure);
}
