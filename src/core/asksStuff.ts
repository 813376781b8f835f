/** "How much sewage…", "how much rain fell": the noun right after "how much", or after one word more. */
const HOW_MUCH_NOUN = /\bhow\s+much\s+(\p{L}+)(?:\s+(\p{L}+))?/iu;
/** Stuff measured by weight, volume, area or time, never by a sum of money. */
const STUFF =
	/^(?:water|sewage|rain|rainfall|snow|snowfall|ice|hail|waste|trash|rubbish|garbage|litter|sludge|oil|fuel|petrol|diesel|gas|electricity|land|sand|soil|mud|silt|milk|grain|wheat|maize|corn|rice|sugar|plastic|concrete|steel|coal|ash|smoke|lava|air|sleep|time|blood|fluid|liquid|chemicals?|pesticide|fertili[sz]er|cocaine|heroin|drugs|explosives?|debris|rock|snowpack|meat|fish|cheese|bread|flour)$/iu;

/**
 * Whether a question asks an amount of some stuff ("how much sewage ended up in the harbour", "how much rain fell")
 * that no sum of money answers.
 *
 * @example
 * asksStuff('how much sewage ended up in the harbour'); // true
 * asksStuff('how much crop damage is there'); // false
 */
export function asksStuff(question: string): boolean {
	const found = HOW_MUCH_NOUN.exec(question);
	if (!found || /\b(?:cost|costs|worth|price|priced|spend|spent|paid|pay|sell|sold|value|valued)\b/iu.test(question))
		return false;
	return STUFF.test(found[1] ?? '') || STUFF.test(found[2] ?? '');
}
