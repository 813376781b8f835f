import { SENTENCE_LIMITS } from './sentenceLimits.ts';

/**
 * A sentence saying a figure is withheld or not known: "an undisclosed sum", "did not say how many", "without giving
 * a figure", "did not disclose sales figures".
 */
const WITHHELD =
	/\b(?:undisclosed|not\s+(?:been\s+)?(?:disclosed|revealed|made\s+public)|(?:did|does|do|would)\s+not\s+(?:yet\s+)?(?:know|say|disclose|reveal|give)\s+how\s+(?:much|many)|(?:declined|refused)\s+to\s+(?:say|disclose|reveal|give)\s+(?:how\s+(?:much|many)|the\s+(?:amount|figure|price|sum|number|cost|value|fee|terms))|(?:unclear|not\s+(?:yet\s+)?(?:known|clear))\s+how\s+(?:much|many)|(?:without\s+saying|(?:did|does|do|would)\s+not\s+say)\s+by\s+how\s+(?:much|many)|without\s+saying\s+how\s+(?:much|many)|(?:without\s+(?:giving|providing|disclosing|citing|releasing)|(?:did|does|do|would)\s+not\s+(?:yet\s+)?(?:give|provide|disclose|release|publish)|gave\s+no|(?:has|have)\s+not\s+(?:yet\s+)?(?:given|provided|disclosed|released|published))\s+(?:a\s+|any\s+|the\s+)?(?:[\p{L}-]+\s+)?(?:figures?|numbers?|breakdown|estimate|tally|total))\b/iu;

/**
 * Whether a sentence says the figure is withheld or not known ("without giving a new figure", "did not say how
 * many"): it answers no question for that figure.
 *
 * @example
 * figureWithheld('It lowered its growth forecast, without giving a new figure.'); // true
 */
export function figureWithheld(sentence: string): boolean {
	// A sentence past the limit is read up to it, so the work a question does stays bounded.
	const read = sentence.length > SENTENCE_LIMITS.chars ? sentence.slice(0, SENTENCE_LIMITS.chars) : sentence;
	return WITHHELD.test(read) && WITHHELD.test(read.replace(OTHER_WITHHELD, ''));
}

/**
 * Something withheld that is no figure: "a buyer whose identity was not disclosed", "at an undisclosed location".
 */
const OTHER_WITHHELD =
	/\b(?:(?:identity|identities|names?|location|whereabouts|cause|reasons?|details|nationality|motive)\s+(?:was|were|is|are|has|have|had)\s+(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:disclosed|revealed|made\s+public|released)|undisclosed\s+(?:location|buyer|bidder|client|reasons?|site|place|destination|address|person|party|collector|hospital|illness|condition|injury))\b/giu;

/** A question for a figure: "how many", "by how much", "what is the cash reserve ratio", "what's the new forecast". */
const ASKS_FIGURE =
	/\bhow\s+(?:many|much)\b|\bwhat(?:['’]?s|\s+(?:is|was|are|were|will\s+be))\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|\p{L}+['’]s?\s+)?(?:[\p{L}'’-]+\s+){0,5}?(?:rate|ratio|forecast|figure|number|price|cost|total|amount|percentage|rating|population|budget|estimate|target|tally|salary|fee|fine|sales|revenue|profit|turnover|earnings|income|turnout|attendance|margin|valuation)s?\b/iu;

/** Whether a question asks for a figure (see ASKS_FIGURE), which a sentence that withholds it does not answer. */
export function asksFigure(question: string): boolean {
	return ASKS_FIGURE.test(question);
}

/** A question for a price: "what does a ticket cost", "what's the fare", "what is the price of…". */
const ASKS_PRICE =
	/\bwhat\s+(?:does|do|did|will|would|could)\b[^?!.]*\bcost\b|\bwhat(?:['’]?s|\s+(?:is|was|are|were|will\s+be))\s+(?:the\s+|a\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:cost|price|fare|fee)s?\b/iu;

/** Whether a question asks for a price or cost, which only a sum of money answers. */
export function asksPrice(question: string): boolean {
	// "What's Alvera raising its prices by?" asks a change, which a share gives ("by an average of 8%").
	return ASKS_PRICE.test(question) && !/\bby[\s?!.]*$/iu.test(question);
}
