import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { contentStems } from './tokenize.ts';

/**
 * The thing a place is named as the setting of, before it, after a preposition of place: "at (a clinic in) Kasungu",
 * "in (a peat bog on the) Isle of Lewis", "to (the village of) Mafa".
 */
const SETTING_BEFORE =
	/\b(?:in|at|on|near|inside|into|to|from|outside|under|behind|beside|off|across)\s+((?:a|an|the)\s+(?:(?!(?:was|were|is|are|be|been|has|had|for|from|with|by)\b)[\p{L}’'-]+\s+){0,3}?([\p{L}’'-]+)\s+(in|on|near|at|of|outside|off)\s+(?:the\s+)?)$/iu;
/** Settings that are no place: "in a statement in London", "at the top of the table", "to the north near Chur". */
const NOT_PLACES =
	/^(?:statement|interview|speech|report|conference|briefing|letter|post|video|message|email|broadcast|address|ruling|decision|vote|deal|match|game|final|race|tournament|ceremony|raid|attack|strike|crash|accident|fire|explosion|war|year|time|way|number|part|rest|list|series|range|trade|north|south|east|west|top|bottom|end|start|side|weekend|morning|afternoon|evening|night|day|week|month|summer|winter|spring|autumn|season|fighting|earthquake|quake|rally|summit|election|protest|clash(?:es)?|flood(?:ing)?|storm|meeting|talks|trial|hearing|campaign|conflict|violence|shooting|riot|outbreak|woman|man|men|women|boy|girl|child|children|people|resident|family|government|authorities|police|article|paper|study|journal|book|newspaper|magazine|column|editorial|blog|tweet|survey|poll)s?$/iu;
/** What a place is "the … of": "the village of Mafa", "the rainforests of the Congo", not "the aftermath of World War II". */
const PLACE_OF =
	/^(?:village|town|city|state|province|region|county|district|island|isle|coast|shore|banks?|rainforests?|forests?|mountains?|hills?|valley|desert|port|capital|suburb|outskirts|centre|center|heart|streets?|municipality|commune|republic|kingdom|territory|area|attic|basement|grounds)$/iu;
/** How far before the place its setting is looked for, in characters. */
const SETTING_CHARS = 60;

/**
 * For a "where" answer, the place with the thing it is the setting of, as the sentence writes them: "a clinic in
 * Kasungu" for "Kasungu" in "launched the campaign at a clinic in Kasungu"; `picked` itself otherwise.
 *
 * @example
 * placeSetting('where was it found', 'It was found in a peat bog on the Isle of Lewis.', picked /* "Isle of Lewis" *\/).text; // 'a peat bog on the Isle of Lewis'
 */
export function placeSetting(question: string, sentence: string, picked: AnswerPhrase): AnswerPhrase {
	const from = Math.max(0, picked.start - SETTING_CHARS);
	const setting = SETTING_BEFORE.exec(sentence.slice(from, picked.start));
	const head = setting?.[2] ?? '';
	if (!setting?.[1] || NOT_PLACES.test(head) || (setting[3]?.toLowerCase() === 'of' && !PLACE_OF.test(head)))
		return picked;
	// "Where is the so-called Rhine Knee?" of "the so-called Rhine knee at Basel": the question's own words add nothing.
	const asked = new Set(contentStems(question));
	if (contentStems(setting[1]).some((word) => asked.has(word))) return picked;
	const start = picked.start - setting[1].length;
	return { ...picked, text: sentence.slice(start, picked.end), start };
}
