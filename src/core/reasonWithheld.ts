/**
 * A sentence saying a cause or reason is not told or not known: "declined to say what had caused the collapse", "did
 * not say why", "the cause of the sinking was never established", "it was not clear why", "the cause is unknown".
 */
const WITHHELD =
	/\b(?:(?:declined|refused|would\s+not|did\s+not|does\s+not|could\s+not|were\s+unable|was\s+unable)\s+(?:to\s+)?(?:say|explain|comment\s+on|speculate\s+on|disclose|reveal|confirm)\s+(?:what\s+(?:had\s+|may\s+have\s+|might\s+have\s+)?(?:caused|triggered|led\s+to|sparked|started)|why|the\s+(?:cause|reason))|(?:not\s+(?:yet\s+)?(?:clear|known)|unclear|unknown)\s+(?:why|what\s+(?:had\s+)?(?:caused|triggered|led\s+to|sparked|started))|(?:cause|reason)s?\b[^.;]{0,60}?\b(?:(?:was|were|is|are|has|have)\s+(?:never|not)\s+(?:yet\s+)?(?:been\s+)?(?:established|determined|known|identified|explained|confirmed)|(?:is|was|remains?|remained)\s+(?:unknown|unclear|a\s+mystery|under\s+investigation)))\b/iu;

/**
 * Whether a sentence says the cause asked for is withheld or unknown ("He declined to say what had caused the
 * collapse."): it answers no "why" or "what caused" question, whatever words it shares with it.
 *
 * @example
 * reasonWithheld('He declined to say what had caused the collapse.'); // true
 */
export function reasonWithheld(sentence: string): boolean {
	return WITHHELD.test(sentence);
}
