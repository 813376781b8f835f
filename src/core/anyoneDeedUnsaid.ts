/**
 * "Was anyone hurt?", "has anyone been arrested over the fire", "did anyone die in the flood": whether someone
 * underwent a harm or a sanction, which a sentence answers only by naming it or its absence ("no one was hurt").
 */
const ANYONE =
	/\b(?:any\s?one|any\s?body|some\s?one|some\s?body)\b(?:\s+(?:else|actually|at\s+[\p{L}' ]+?|from\s+[\p{L}' ]+?))?\s+(.*)$/iu;

/** What each kind of deed asked is written as in a sentence that tells it, or tells it did not happen. */
const FAMILIES: readonly (readonly [RegExp, RegExp])[] = [
	[
		/^(?:(?:been|get|got|was|were)\s+)?(?:hurt|injured|harmed|wounded)\b/iu,
		/\b(?:hurt|injur\w*|wound\w*|harm\w*|unhurt|unharmed|casualt\w*|hospital\w*|treated|paramedics|broken|fractur\w*|burns?|bruis\w*)\b/iu,
	],
	[
		/^(?:(?:been|get|got|was|were)\s+)?(?:die[ds]?|killed|dead)\b/iu,
		/\b(?:die[ds]?|dying|dead|deaths?|kill\w*|fatal\w*|lives|bod(?:y|ies)|perish\w*|drown\w*|survi\w*|toll)\b/iu,
	],
	[
		/^(?:(?:been|get|got|was|were)\s+)?(?:arrested|detained|charged|held|done\s+for|caught|prosecuted)\b/iu,
		/\b(?:arrest\w*|detain\w*|charg\w*|custody|held|prosecut\w*|convict\w*|suspects?|caught|court|police|bail)\b/iu,
	],
	[
		/^(?:(?:been|get|got|was|were)\s+)?(?:sacked|fired|suspended|disciplined|dismissed)\b/iu,
		/\b(?:sack\w*|fired|dismiss\w*|suspen\w*|disciplin\w*|resign\w*|step(?:ped|s)?\s+down|stood\s+down|jobs?|leave|investigation|inquiry)\b/iu,
	],
];

/**
 * Whether a question asks if anyone was hurt, killed, arrested or sacked and the sentence names no such thing nor its
 * absence ("Police said the demonstration was peaceful" for "was anyone arrested at the demo").
 *
 * @example
 * anyoneDeedUnsaid('was anyone arrested at the demo', 'Police said the demonstration was peaceful.'); // false: "police"
 * anyoneDeedUnsaid('did anyone die in the flood', 'He blamed years of delay in building a flood wall.'); // true
 */
export function anyoneDeedUnsaid(question: string, sentence: string): boolean {
	const deed = ANYONE.exec(question)?.[1] ?? ANY_OF.exec(question)?.[1];
	if (!deed) return false;
	const words = deed.split(/\s+/);
	// "were any firefighters hurt tackling the blaze": the deed a few words after "any".
	const family = FAMILIES.find(([asked]) =>
		words.slice(0, ANY_WORDS + 1).some((_, at) => asked.test(words.slice(at).join(' '))),
	);
	return family !== undefined && !family[1].test(sentence);
}

/** "Were any firefighters hurt?", "was any of the crew injured": a yes-or-no question of some of those named. */
const ANY_OF = /^\s*(?:so\s+)?(?:was|were|did|has|have|had|is|are)\s+any\s+(.*)$/iu;
/** How many words after "any" (or after "anyone at Cresswick") the deed is looked for. */
const ANY_WORDS = 4;
