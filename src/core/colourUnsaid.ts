/** "What colour was the fireball?", "what color is the river now": a colour asked. */
const COLOUR_ASKED = /\bwhat\s+colou?rs?\b/iu;
/** Words a sentence names a colour with: "green", "rust-orange", "navy", "a dark red", "the colour of". */
const COLOUR_SAID =
	/\b(?:red|orange|yellow|green|blue|purple|violet|pink|brown|black|white|gr[ae]y|silver|gold(?:en)?|navy|crimson|scarlet|amber|turquoise|teal|beige|cream|maroon|ochre|indigo|magenta|cyan|khaki|bronze|copper|rust|tan|olive|lilac|emerald|ruby|pale|dark|bright|colou?r(?:s|ed|ful)?|hue|shade|striped|spotted|blond(?:e)?|ginger|tabby)\b/iu;

/**
 * Whether a question asks a colour of a sentence that names none ("The fireball was seen across three states."):
 * whatever it tells, it does not say the colour.
 *
 * @example
 * colourUnsaid('what colour was the fireball', 'The fireball was seen across three states.'); // true
 * colourUnsaid('what colour was the fireball', 'A green fireball lit the sky.'); // false
 */
export function colourUnsaid(question: string, sentence: string): boolean {
	return COLOUR_ASKED.test(question) && !COLOUR_SAID.test(sentence);
}
