import type { Mention } from './findMentions.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** "Where was the flight headed?": a question about where something went to, not where it was. */
const ASKS_DESTINATION = /\b(?:headed|heading|bound|going|destined|destination|flying|sailing|travell?ing)\b/i;

/**
 * For "where was it headed", the name after "to" or "for" that the question does not give ("left Shannon for
 * Frankfurt" → "Frankfurt"); none for other questions, or a sentence without one.
 *
 * @example
 * headedTo('Where was the flight headed?', 'It left Shannon for Frankfurt.', mentions)?.text; // 'Frankfurt'
 */
export function headedTo(question: string, sentence: string, mentions: readonly Mention[]): AnswerPhrase | undefined {
	if (!ASKS_DESTINATION.test(question)) return undefined;
	const asked = question.toLowerCase();
	const to = mentions.find(
		(m) =>
			m.type === 'name' &&
			DESTINATION_BEFORE.test(sentence.slice(Math.max(0, m.start - 40), m.start)) &&
			!asked.includes(m.text.toLowerCase()),
	);
	if (!to) return undefined;
	// "towards the Cornish coast", "to the Greek island of Lesbos": the place noun the name describes goes with it.
	const noun = PLACE_NOUN_AFTER.exec(sentence.slice(to.end))?.[0] ?? '';
	const named = noun ? (NAMED_OF.exec(sentence.slice(to.end + noun.length))?.[0] ?? '') : '';
	const end = to.end + noun.length + named.length;
	return { text: sentence.slice(to.start, end), start: to.start, end, typed: true };
}

/**
 * "to"/"for" right before the name ("to the port city of Alsby" too), or "towards (the)", or a few words of a place after
 * going to ("travelling to a wedding in Dublin"), or "to/for the" after a verb of going ("sailing to the Greek
 * island…"); not "according to the Met Office" nor "a spokesman for the Met Office".
 */
const DESTINATION_BEFORE =
	/(?<!\baccording\s)(?<!\bspokes\w+\s)\b(?:to|for)\s+$|\b(?:to|for)\s+the\s+(?:[\p{Ll}-]+\s+){0,2}(?:city|town|port|village|island|capital|resort)\s+of\s+$|\btowards?\s+(?:the\s+)?$|\b(?:head\w*|bound|sail\w*|travel\w*|fl(?:y|ying|ew|own)|go(?:ing)?|went)\s+to\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}(?:in|at|near)\s+(?:the\s+)?$|\b(?:head\w*|bound|sail\w*|travel\w*|fl(?:y|ying|ew|own)|mov\w+|go(?:ing)?|went|drift\w*|divert\w*|return\w*)\s+(?:\p{Ll}+\s+){0,2}?(?:to|for)\s+the\s+$/iu;
/** The name a place noun is of: "the Greek island of Lesbos". */
const NAMED_OF = /^\s+of\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/u;
/** A place noun after a name that describes it: "Cornish coast", "Polish border", "Aegean islands". */
const PLACE_NOUN_AFTER =
	/^\s+(?:coast|coastline|border|frontier|region|capital|mainland|islands?|peninsula|sea|port|harbou?r|valley|mountains|highlands|city|countryside|north|south|east|west)\b/u;

/** "Where did Raja come from?", "where did the boat set off from": a question about where something came from. */
const ASKS_ORIGIN = /\bwhere\b.*\bfrom\s*[?!.]*\s*$|\bwhere\b.*\b(?:originate|hail)\w*\b/i;
/** "from" before a name, or before a few words of a place ("from a zoo in Rotterdam"). */
const ORIGIN_BEFORE =
	/\bfrom\s+(?:the\s+)?$|\bfrom\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:in|at|near|of)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern|-\p{Ll}+ern)?\s+)?$/iu;

/**
 * For "where did X come from", the name after "from" that the question does not give ("came to Whipsnade from a
 * zoo in Rotterdam" → "Rotterdam"); none for other questions, or a sentence without one.
 *
 * @example
 * cameFrom('where did raja come from', 'Raja came to Whipsnade from a zoo in Rotterdam in 2017.', mentions)?.text; // 'Rotterdam'
 */
export function cameFrom(question: string, sentence: string, mentions: readonly Mention[]): AnswerPhrase | undefined {
	if (!ASKS_ORIGIN.test(question)) return undefined;
	const asked = question.toLowerCase();
	const from = mentions.find(
		(m) =>
			m.type === 'name' &&
			ORIGIN_BEFORE.test(sentence.slice(Math.max(0, m.start - 40), m.start)) &&
			!asked.includes(m.text.toLowerCase()),
	);
	return from ? { text: from.text, start: from.start, end: from.end, typed: true } : undefined;
}

/** A place left: "left Cardiff", "departed from Leith", "sailing from Hull". */
const LEFT_BEFORE =
	/\b(?:left|leaving|leaves|departed|departing|departs|set\s+off|set\s+sail|from)\s+(?:from\s+)?(?:the\s+)?$/iu;

/**
 * Whether a destination is asked ("where was the ship headed") and `phrase` is a place left ("left Cardiff on
 * January 28"): where it came from, not where it went.
 *
 * @example
 * placeLeft('where was the ship headed', 'The ship left Cardiff on May 2.', { text: 'Cardiff', start: 14, end: 21, typed: true }); // true
 */
export function placeLeft(question: string, sentence: string, phrase: AnswerPhrase): boolean {
	return (
		ASKS_DESTINATION.test(question) &&
		!ASKS_ORIGIN.test(question) &&
		phrase.typed &&
		LEFT_BEFORE.test(sentence.slice(Math.max(0, phrase.start - 30), phrase.start))
	);
}

/** "Where was the train going?", "where was the flight coming from": a past journey's end or start asked, last. */
const ENDS_ON_WAY =
	/\bwhere\s+(?:was|were)\b.*\b(?:(?:headed|heading|bound|going|destined|flying|sailing|travell?ing)(?:\s+to)?|(?:coming|flying|sailing|travell?ing)\s+(?:in\s+)?from)\s*[?!.]*\s*$/i;

/** "Where did the wolves come from?", "where is the money coming from": where something comes from, asked. */
const ASKS_COMING_FROM = /\bwhere\b.*\b(?:come|comes|came|coming)\s+from\s*[?!.]*\s*$/i;
/** Words that tell where something came from: "brought from", "originated in", "traced to", "imported". */
const TELLS_ORIGIN = /\b(?:from|originat\w*|traced|sourced?|imported|native)\b/i;

/**
 * Whether the question ends on where something was going or came from ("where was the train going", "where did the
 * wolves come from") and the sentence names no place it went to or came from, only where it was: checked after
 * headedTo and cameFrom found none. For "come from", a sentence with no word of origin ("from", "traced to") at all.
 *
 * @example
 * wayUntold('where was the train going', 'It derailed in the Marden Valley.'); // true
 * wayUntold('where did the wolves come from', 'Six wolves were released in Scotland.'); // true
 */
export function wayUntold(question: string, sentence: string): boolean {
	return ENDS_ON_WAY.test(question) || (ASKS_COMING_FROM.test(question) && !TELLS_ORIGIN.test(sentence));
}
