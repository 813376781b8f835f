/** A verb or noun of room right before a figure: "can carry up to 350", "a capacity of 18,000", "seats 13,200". */
const CAPACITY_BEFORE =
	/(?:\b(?:can|could|will|would|able\s+to)\s+(?:carry|hold|seat|accommodate|house|sleep)|\b(?:capacity|room)\s+(?:of|for)|\b(?:holds|seats|sleeps|accommodates))\s+(?:up\s+to\s+|as\s+many\s+as\s+|about\s+|around\s+|more\s+than\s+|nearly\s+|some\s+)?$/iu;
/** Questions of room, which a capacity answers: "how many can it carry", "what is its capacity", "how big". */
const ASKS_CAPACITY =
	/\b(?:can|could|capacity|carry|hold|holds|seat|seats|max\w*|most|up\s+to|fit|room|big|large|size|designed|built\s+for)\b/iu;
/** How far before a figure its verb of room is looked for. */
const BEFORE_CHARS = 40;

/**
 * Whether the figure at `start` of `sentence` is how many something has room for ("The Sea Lantern can carry up to
 * 350 passengers"), while the question asks how many there were ("how many passengers were on the Sea Lantern").
 *
 * @example
 * capacityFigure('how many passengers were on board', 'The ferry can carry up to 350 passengers.', 22); // true
 */
export function capacityFigure(question: string, sentence: string, start: number): boolean {
	if (ASKS_CAPACITY.test(question)) return false;
	return CAPACITY_BEFORE.test(sentence.slice(Math.max(0, start - BEFORE_CHARS), start));
}
