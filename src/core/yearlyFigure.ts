/** One event a question asks about: "the landslide", "the bus crash". */
const THE_EVENT =
	/\bthe\b[^?!.]*\b(?:crash|collision|accident|landslide|fire|blaze|attack|collapse|flood|explosion|blast|storm|cyclone|hurricane|typhoon|quake|earthquake|shooting|crush|stampede|derailment|sinking|avalanche|eruption|riot|bombing)\b/i;
/** A figure of a year or of every year: "each year", "last year", "annually". */
const YEARLY = /\b(?:each|every|a|per|last|this)\s+year\b|\bannually\b|\bso far this year\b/i;
/** How far either side of a count its year is looked for, in characters. */
const YEARLY_WINDOW = 60;

/**
 * Whether a count answers a question about one event ("how many died in the landslide") with a figure of a whole
 * year ("kills hundreds of people each year", "road crashes killed 4,748 people last year"), the question asking of
 * no year itself.
 */
export function yearlyFigure(question: string, sentence: string, span: readonly [number, number]): boolean {
	if (!THE_EVENT.test(question) || /\byears?\b|\bannual/i.test(question)) return false;
	return YEARLY.test(sentence.slice(Math.max(0, span[0] - YEARLY_WINDOW), span[1] + YEARLY_WINDOW));
}
