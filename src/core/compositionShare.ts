/** "How much did sales grow?", "by how much", "how much is X raising prices by": a change is asked. */
const ASKS_CHANGE =
	/\bby\s+how\s+much\b|\bhow\s+much\b.*\b(?:grow|grew|grown|growing|rise|rose|risen|rising|raise|raised|raising|increase[ds]?|increasing|fall|fell|fallen|falling|drop|dropped|dropping|decline[ds]?|climb(?:ed)?|jump(?:ed)?|shrink|shrank|shrunk|(?:go|goes|went|gone|come|came)\s+(?:up|down))\b/iu;
/** A share of a whole, not a change: "accounted for 71 percent of revenue", "made up about 12 percent of the cost". */
const COMPOSITION_BEFORE =
	/\b(?:accounted\s+for|accounts\s+for|account\s+for|made\s+up|makes\s+up|make\s+up|represented|represents|comprised|comprises)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|more\s+than\s+|less\s+than\s+|just\s+)?$/iu;

/**
 * Whether the figure at `start` is a share of a whole ("Exports accounted for 71 percent of revenue") while the
 * question asks a change ("how much did sales in germany grow").
 *
 * @example
 * compositionShare('how much did sales grow', 'Exports accounted for 71 percent of revenue.', 23); // true
 */
export function compositionShare(question: string, sentence: string, start: number): boolean {
	if (!ASKS_CHANGE.test(question)) return false;
	return COMPOSITION_BEFORE.test(sentence.slice(Math.max(0, start - 40), start));
}

/** Whether the question asks a change: "how much did sales grow", "by how much", "how much has it dropped". */
export function asksChange(question: string): boolean {
	return ASKS_CHANGE.test(question);
}
