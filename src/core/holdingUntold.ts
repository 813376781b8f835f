/**
 * "How many staff does the company have", "how many drivers does Swiftline employ", "how many ppl work there": what
 * someone holds now, in the present tense ("did … have last year" often counts events, which any figure may tell).
 */
const HOLDING_ASKED =
	/\bhow\s+many\s+(?:[\p{L}'’-]+\s+){1,4}?(?:does|do)\s+.+?\s+(?:have|employ|own|keep|hold|house|run|operate)\b|\bhow\s+many\s+(?:[\p{L}'’-]+\s+){0,3}?(?:work|works)\s+(?:at|in|for|on|there|here)\b/iu;

/**
 * Words right before a figure that tell it as held: "has 820", "employs about 1,400", "with 14", "its 610", "the
 * county's 31,000", "a university of 19,500", "numbering 300", "rose to 9,300", "is 62".
 */
const HELD_BEFORE =
	/(?:\b(?:has|have|had|having|employs?|employed|employing|operates?|operated|operating|runs?|ran|running|owns?|owned|owning|holds?|held|houses?|housed|keeps?|kept|with|its|their|his|her|our|of|numbers?|numbered|numbering|totals?|totalled|totaled|totalling|totaling|boasts?|includes?|including|comprises?|comprising|to|at|is|are|was|were|from|by|now|all)|['’]s?)\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|just\s+over|just\s+under|fewer\s+than|under|only|just|approximately|an\s+estimated|estimated|at\s+least|up\s+to)\s+)?$/iu;

/**
 * A figure that did or underwent something, after it: "… were on the night shift", "… were using", "… had been taken to", "… stopped
 * working", "… voted against"; not "… who work there".
 */
const EVENT_AFTER =
	/^(?:\s+(?!(?:who|which|that|work|works|live|lives)\b)[\p{L}-]+){0,4}?\s+(?:(?:had|have|has)\s+been\s+\p{Ll}+|(?:were|was)\s+(?:on|at|among|\p{Ll}+(?:ed|en|wn|ght|lt|ing))|had\s+\p{Ll}+(?:ed|en|wn|ght|lt)|(?:stopped|voted|gathered|marched|walked|joined|quit|died|fell|signed\s+up)\b)/u;
/**
 * A deed right before a figure that changes or uses what is counted: "hired 300", "closed 40", "leaving 212", "taking
 * about 45 ambulances off the road", "plans to open 25 smaller stores", "stole the records of 2.3 million customers".
 */
const EVENT_BEFORE =
	/\b(?:hired?|hiring|recruit(?:ed|ing)?|closed?|closing|cut|cutting|ax(?:e|ed|ing)|lost|los(?:e|ing)|leaving|left|sacked|laid\s+off|shed|promised?|promising|sold|sell(?:ing)?|sent|send(?:ing)?|stole|stolen|evacuated|treated|carried|killing|killed|injuring|injured|taking|took|taken|removing|removed|using|used|assigns?|assigned|assigning|open(?:s|ed|ing)?|buil[dt]|building|(?:records|data|details|results|files|accounts)\s+of)\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|a\s+further|another|an\s+extra|up\s+to|at\s+least)\s+)?$/iu;

/** A part told with its whole: "47 of its 610 stores", "58 of the 89 musicians". */
const WHOLE_INSIDE = /\bof\s+(?:its|their|the|his|her|our)\s+(?:[\p{L}'’-]+\s+)?\d/iu;

/** How far back, in characters, a figure's describing words are skipped to reach the word before them. */
const BEFORE_CHARS = 60;

/**
 * Whether the figure of `phrase`, in `sentence`, answers a "how many … does X have / employ" question with a count of
 * things that were hired, closed or lost ("it had hired 300 temporary drivers", "closed 40 stores") or that did or
 * underwent something ("Around 120 employees were on the night shift") with no word of holding before it: a part,
 * so another sentence may give the whole.
 *
 * @example
 * holdingUntold('how many stores do they have', 'The company then closed 40 stores.', { start: 24, end: 33 }); // true
 * holdingUntold('how many stores do they have', 'It operates 386 stores in 31 states.', { start: 12, end: 22 }); // false
 */
export function holdingUntold(question: string, sentence: string, phrase: { start: number; end: number }): boolean {
	if (!HOLDING_ASKED.test(question)) return false;
	const before = sentence.slice(Math.max(0, phrase.start - BEFORE_CHARS), phrase.start);
	// "47 of its 610 stores": the whole is told inside the phrase.
	if (WHOLE_INSIDE.test(sentence.slice(phrase.start, phrase.end))) return false;
	if (EVENT_BEFORE.test(before)) return true;
	if (HELD_BEFORE.test(before)) return false;
	return EVENT_AFTER.test(sentence.slice(phrase.end, phrase.end + BEFORE_CHARS));
}
