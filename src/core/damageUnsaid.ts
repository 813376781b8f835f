/** "How much damage did the fire cause?", "what damage did the storm do": the harm done, often as a sum. */
const DAMAGE_ASKED = /\bhow\s+much\s+damage\b/i;
/** Words of harm done or its cost: "in damage", "destroyed", "caused", "losses", "repairs", "lost". */
const DAMAGE_TOLD =
	/\b(?:damag\w*|destr\w*|caus\w*|loss(?:es)?|lost|repair\w*|cost\w*|wreck\w*|ruin\w*|harm\w*|burn\w*|flood\w*|write-?off|insur\w*|claims?|bill)\b/iu;

/**
 * Whether "how much damage" is asked of a sentence that tells no harm done nor its cost ("emergency payments of
 * 300 euros per household", "a 2.1 million pound expansion"): a sum of something else.
 *
 * @example
 * damageUnsaid('how much damage did the eruption cause', 'Evacuees will receive payments of 300 euros.'); // true
 * damageUnsaid('how much damage did it do', 'It caused an estimated $1.8 billion in damage.'); // false
 */
export function damageUnsaid(question: string, sentence: string): boolean {
	return DAMAGE_ASKED.test(question) && !DAMAGE_TOLD.test(sentence);
}
