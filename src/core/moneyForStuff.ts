import { MONEY } from './extractCounts.ts';

/**
 * "How much power…", "how much rain…", "how much land…": an amount of a stuff measured in its own units (megawatts,
 * millimetres, hectares), which no sum of money gives.
 */
const HOW_MUCH_STUFF =
	/^\s*how\s+much\s+(?:\p{L}+\s+)?(?:power|electricity|energy|rain|rainfall|snow|snowfall|water|oil|gas|fuel|land|food|waste|milk|grain|wheat|coal|ice|heat|data|sewage|plastic|rubbish|litter|crude|steam|smoke|ash|lava|mud|sand|soil|weight|time)\b/iu;
/** A question that asks a sum after all: "how much land did they buy and for what price", "how much is the oil worth". */
const SUM_WORDS =
	/\b(?:cost|costs|costing|pay|paid|pays|spend|spent|worth|price|prices|priced|money|cash|budget|fund\w*|earn\w*|charge\w*|fee|fees|fine|fined|tax|taxes|sav\w+|los[et]|loss|sell|sold|buy|bought|invest\w*|value\w*|bill|bills|revenue|profit)\b/iu;

/**
 * Whether the answer to "how much <stuff>" is a sum of money while the question asks no sum: "how much power is it
 * making" of "debts of 50,000 pounds"; not a weight in pounds of the stuff (`after`, the text after the answer:
 * "three thousand pounds of food").
 *
 * @example
 * moneyForStuff('how much power is the plant making', '50,000 pounds'); // true
 * moneyForStuff('how much did the land cost', '2 million pounds'); // false
 * moneyForStuff('how much food was kept', 'three thousand pounds', ' of meat'); // false
 */
export function moneyForStuff(question: string, answer: string, after = ''): boolean {
	if (/\bpounds?$/iu.test(answer) && /^\s+of\b/iu.test(after)) return false;
	return HOW_MUCH_STUFF.test(question) && !SUM_WORDS.test(question) && MONEY.test(answer);
}
