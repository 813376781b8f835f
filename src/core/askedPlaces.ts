import { describesPerson } from './findTitle.ts';
import { NATIONALITY } from './mentionPatterns.ts';
import { abbreviationStems } from './synonymStems.ts';
import { contentStems, STOPWORDS } from './tokenize.ts';
import { PLACE_NAMES } from './vocabulary.ts';
import { writesWordStarting } from './writesWord.ts';

/** "in Kyiv", "at Dover Port", "near New Brenn": a preposition of place and a capitalised name. */
const IN_PLACE = /\b(?:in|at|near|outside|inside|around)\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)/gu;

/**
 * The places a question puts what it asks about in ("How many were killed in Kyiv?" → ["Kyiv"]): a capitalised
 * name after "in", "at", "near"…, a country typed in lowercase, and a year ("the 1998 eruption").
 */
export function askedPlaces(question: string): string[] {
	const named = [...question.matchAll(IN_PLACE)].map((m) => m[1] ?? '').filter((name) => name && !CALENDAR.test(name));
	// "how many cases are there in kenya?": a country typed in lowercase is a place too.
	const typed = [...question.matchAll(IN_LOWERCASE)].map((m) => m[1] ?? '').filter((w) => PLACE_NAMES.has(capital(w)));
	// "how many died in the 1998 eruption?": a year puts the count in a time as a place does in a place.
	const years = question.match(/\b(?:1[5-9]|20)\d\d\b/g) ?? [];
	return [...named, ...typed, ...years];
}

/** "in October": a time, which a report gives once for the paragraphs after it (see eventMissing). */
const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

const IN_LOWERCASE = /\b(?:in|at|near|outside|inside|around)\s+(\p{Ll}+)/gu;

function capital(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Whether a place the question names is missing from the answer's sentence and paragraph (by any of its words):
 * the paragraph then speaks of something that happened elsewhere, or nowhere in particular.
 *
 * @example
 * placeMissing('How many were killed in Kyiv?', new Set(['one', 'person', 'kill'])); // true
 */
export function placeMissing(
	question: string,
	paragraphStems: { has(stem: string): boolean },
	report?: () => string,
): boolean {
	// "how many jobs are going at the swindon store": a place typed in lowercase that the report writes as a name.
	const typed = report ? namesTypedLowercase(question, report, paragraphStems) : [];
	return [...askedPlaces(question), ...typed].some((place) => {
		const stems = contentStems(place);
		// "in No. 2, Op. 35" names no place.
		if (stems.length === 0 || stems.some((s) => paragraphStems.has(s))) return false;
		// "still in ICU" of a paragraph that writes "intensive care": an abbreviation, spelled out.
		const spelledOut = abbreviationStems(place.toLowerCase());
		if (spelledOut.length > 0 && spelledOut.every((s) => paragraphStems.has(s))) return false;
		// "in NYC" of a report on "New York City": the initials of a name the report writes.
		// Every word of it, as "Mexico City" is not "New York City".
		const spelled = report && ACRONYM.test(place) ? spelledInitials(place, report()) : [];
		return !spelled.some((name) => contentStems(name).every((s) => paragraphStems.has(s)));
	});
}

const ACRONYM = /^\p{Lu}{2,5}$/u;

/** "at the swindon store", "in cagayan": a lowercase word after a preposition of place, maybe after "the". */
const IN_LOWERCASE_NAME = /\b(?:in|at|near|outside|inside|around)\s+(?:the\s+)?(\p{Ll}[\p{Ll}'’-]{2,})/gu;

/** Nouns for kinds of places and bodies that reports capitalise in names ("Parliament", "Airport"). */
const COMMON_PLACE_NOUNS = new Set(
	'airport hospital parliament court university station council government congress senate assembly police army navy church cathedral school college museum city state island bay river lake port harbour harbor park ministry bridge stadium arena prison square street road'.split(
		' ',
	),
);

/** The lowercase words a question puts its thing in that the report writes capitalised, as a name ("Swindon"). */
function namesTypedLowercase(
	question: string,
	report: () => string,
	paragraphStems: { has(stem: string): boolean },
): string[] {
	// A word the paragraph holds is no missing place: the report's text is read only for the others.
	const words = [...question.matchAll(IN_LOWERCASE_NAME)]
		.map((m) => m[1] ?? '')
		.filter((w) => !STOPWORDS.has(w) && !contentStems(w).some((s) => paragraphStems.has(s)));
	if (words.length === 0) return [];
	const text = report();
	return (
		words
			.map(capital)
			// A name inside a sentence, after a lowercase word or a comma ("Entire" opens a sentence); "Airport" and
			// "Parliament" are no place typed lowercase.
			.filter(
				(name) =>
					!CALENDAR.test(name) &&
					!COMMON_PLACE_NOUNS.has(name.toLowerCase()) &&
					new RegExp(`(?<=(?:(?:^|\\s)\\p{Ll}[\\p{Ll}'’-]*|,)\\s)${name}(?![\\p{L}])`, 'u').test(text),
			)
			.filter((name) => !new RegExp(`(?<![\\p{L}])${name.toLowerCase()}(?![\\p{L}])`, 'u').test(text))
	);
}

/** The runs of capitalised words of `text` whose initials spell `acronym` ("New York City" for "NYC"). */
function spelledInitials(acronym: string, text: string): string[] {
	const words = [...acronym].map((letter) => `${letter}\\p{Ll}+`).join('\\s+');
	return [...new Set([...text.matchAll(new RegExp(`(?<!\\p{L})${words}(?!\\p{L})`, 'gu'))].map((m) => m[0]))];
}

/** Words that may name a people ("belgian", "Danish", "Chinese"), looked up in NATIONALITY only then. */
const DEMONYM_LIKE = /\p{L}+(?:ian|ish|ese|an|i|ch|sh|ek|ss)\b/giu;
/** "in the coup attempt", "during the storm": the event a count question puts what it counts in. */
const IN_EVENT = /\b(?:in|during|at)\s+the\s+(\p{Ll}{4,})(?:\s+(\p{Ll}{4,}))?\b/gu;
/** Nouns after "in the" that name no event: "in the area", "in the world", "in the first half". */
const NOT_EVENTS = new Set(
	'area region world country city town state nation past future meantime beginning start end process period first last total group team game match season year years month week time history wild middle north south east west centre center previous latest recent current second third next same other whole entire height peak heart wake aftermath course right moment today tonight'.split(
		' ',
	),
);
/**
 * Settings a report may name otherwise ("at the scene", "in the arena" of "at the Frösö Hall"): no event alone, but the
 * noun after one is ("in the stadium collapse", "in the night raid").
 */
const SETTINGS = new Set(
	'scene site moment weekend morning afternoon evening night event venue arena stadium hall building crowd audience'.split(
		' ',
	),
);

/** The event a match of IN_EVENT names, if any: its noun, or the noun after a setting. */
function eventOf(match: RegExpMatchArray): string | undefined {
	const [, first = '', second] = match;
	if (!SETTINGS.has(first)) return NOT_EVENTS.has(first) ? undefined : first;
	return second && !NOT_EVENTS.has(second) && !SETTINGS.has(second) && !STOPWORDS.has(second) && !/ly$/.test(second)
		? second
		: undefined;
}
/** How many first letters of an event's noun are looked for in a report: "erupt" in "erupted", "eruption". */
const EVENT_PREFIX = 5;

/**
 * Whether a count question puts what it counts in an event, among a people or in a month the report never
 * speaks of ("How many were injured in the coup attempt?" of a report on a festival crush, "how many were belgian?",
 * "in October" of a report on September): its counts are of something else.
 *
 * @example
 * eventMissing('How many were injured in the coup attempt?', 'Three people died in a crowd crush.'); // true
 * (the report's text may be given as a function, called only when the question names an event or a people)
 */
export function eventMissing(question: string, reportText: string | (() => string)): boolean {
	const events = [...question.matchAll(IN_EVENT)].flatMap((m) => eventOf(m) ?? []);
	// "How many of the dead skiers were belgian?": a people the report never names is a setting it never speaks of.
	// "these" or "historian" reads like a people's name ("Chinese", "Christian") and is none.
	const peoples = (question.match(DEMONYM_LIKE) ?? []).filter(
		(w) => !STOPWORDS.has(w.toLowerCase()) && !describesPerson(w) && NATIONALITY.test(capital(w.toLowerCase())),
	);
	// "How many homes were sold in October?": a month the report never names is another time than its counts'.
	const times = [...question.matchAll(IN_PLACE)].map((m) => m[1] ?? '').filter((name) => CALENDAR.test(name));
	const settings = [...events, ...peoples];
	if (settings.length === 0 && times.length === 0) return false;
	const text = typeof reportText === 'string' ? reportText : reportText();
	// A month as written, or shortened ("Oct."): not "may" or "marched".
	const timeMissing = (month: string) =>
		!new RegExp(`\\b(?:${month}|${month.slice(0, 3)}\\.)(?![\\p{L}])`, 'u').test(text);
	return settings.some((word) => !writesWordStarting(text, word, EVENT_PREFIX)) || times.some(timeMissing);
}
