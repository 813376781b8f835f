/** "How many people died", "how many were hurt": a count of casualties asked. */
const CASUALTY_ASKED =
	/\bhow\s+many\b.*\b(?:die|died|dies|dying|dead|deaths?|killed|kill|injured|injur(?:y|ies)|hurt|wounded|casualties|fatalities|drowned|perished)\b/iu;
/** Words any sentence telling casualties holds: "died", "killed", "injuries", "lost their lives", "the toll", "bodies". */
const CASUALTY_SAID =
	/\b(?:die[ds]?|dying|dead|deaths?|deadl\w*|kill\w*|fatal\w*|injur\w*|hurt|wound\w*|casualt\w*|drown\w*|perish\w*|lives|bod(?:y|ies)|victims?|toll|hospital\w*|treated|survivors?|suicides?|murder\w*|shot|stabbed|crushed|burns?|missing|harmed|maimed|mauled|bitten|trampled|lost|cull\w*|slaughter\w*|euthan\w*|destroyed|put\s+down|fail\w*|broke\s+down)\b/iu;

/**
 * Whether a question asks how many died or were hurt and the sentence tells no casualty at all ("about 65,000 people
 * visit the glacier each year" for "how many people die on the glacier every year"): its figure counts something else.
 *
 * @example
 * casualtyUnsaid('how many people die on the glacier', 'About 65,000 people visit the glacier each year.'); // true
 */
export function casualtyUnsaid(question: string, sentence: string): boolean {
	return CASUALTY_ASKED.test(question) && !CASUALTY_SAID.test(sentence);
}
