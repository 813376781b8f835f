import { stem } from './tokenize.ts';

/** "What is the population of Tavina?", "how many people live in Harlow Creek", "how many lived in the building". */
const ASKS_POPULATION =
	/\b(?:what(?:['’]s|\s+is|\s+was)\s+the\s+population|population\s+of\b|how\s+(?:big|large)\s+is\s+(?:the|its)\s+population|how\s+many\s+inhabitants|how\s+many\s+(?:\p{L}+\s+){0,2}?(?:live|lived|living|reside|resided)\s+(?:in|on|at|there|here)\b|how\s+(?:big|large)\s+is\s+(?:the\s+)?(?:town|village|city|island)\s*[?!.]*\s*$)/iu;
/** Words a population question asks with, each looked up as the others too ("population" as "a town of 5,800 people"). */
const POPULATION_WORDS = ['population', 'people', 'residents', 'inhabitants', 'live', 'lived', 'living', 'reside'];
const POPULATION_STEMS = new Set(POPULATION_WORDS.map(stem));
const DWELLER_STEMS = ['population', 'people', 'residents', 'inhabitants'].map(stem);

/**
 * For a question of how many live somewhere, the words a report may give the figure with instead of the word asked:
 * "population" as "people", "residents" or "inhabitants", "live" as "population"; none for other questions or words.
 *
 * @example
 * populationAlternatives('whats the population of brackwater', stem('population')); // stems of people, residents, inhabitants
 */
export function populationAlternatives(question: string, asked: string): string[] {
	if (!POPULATION_STEMS.has(asked) || !ASKS_POPULATION.test(question)) return [];
	return DWELLER_STEMS.filter((s) => s !== asked);
}

/** Words before a figure that make it a population: "a population of", "home to", "a village of", "its". */
const POPULATION_BEFORE =
	/(?:population\s+(?:of|is|was|stands\s+at|of\s+just|of\s+only)|home\s+to|(?:town|village|city|community|hamlet|settlement|island|district|municipality|suburb|region|country|nation|parish)\s+of|(?:['’]s|\bits|\btheir)|\binhabitants|\bresidents)\s+(?:about|around|some|nearly|almost|roughly|more\s+than|over|just\s+over|just\s+under|fewer\s+than|under|approximately|an\s+estimated|estimated)?\s*$/iu;
/** Words after a figure that make it a population: "14,000 inhabitants", "3,200 people live", "420 residents who". */
const POPULATION_AFTER =
	/^\s*(?:(?:who|that)\s+(?:live|lived|living|reside|resided)\b|(?:[\p{L}-]+\s+)?(?:inhabitants|residents\s+(?:who|live|living|in\s+total|of)|people\s+(?:who\s+)?(?:live|lived|living|reside)|(?:residents|souls)\s*(?:[,.;]|$)|population))/iu;
/** A verb of having right before a figure: "had about", "has". */
const HAS_BEFORE = /\b(?:has|had|have)\s+(?:about|around|some|nearly|almost|roughly|more\s+than|over|only|just)?\s*$/iu;
/** A count that says its people live there: "42,000 people live", "1,800 residents living". */
const LIVING = /\b(?:people|residents|inhabitants)\s+(?:who\s+)?(?:live|lived|living|reside|resided)\b/iu;
/** "the" right before a figure: "the roughly 1,900 residents of", all of them (not "about 3,200 residents of"). */
const THE_BEFORE = /\bthe\s+(?:about|around|some|nearly|almost|roughly|estimated)?\s*$/iu;
/** "with" right before a figure: "an island with 84 residents". */
const WITH_BEFORE = /\bwith\s+(?:about|around|some|nearly|almost|roughly|just|only)?\s*$/iu;
/** How far before and after the figure the words that make it a population are read. */
const BEFORE_CHARS = 40;

/**
 * Whether the question asks how many live somewhere and the figure (`phrase`, in the sentence) is no
 * population: "Two workers were killed" or "nine people are missing" for "how many people live in Harlow Creek",
 * where "a village of 410 people", "home to about 14,000", "a population of 420" or "its 3,200 residents" would do.
 *
 * @example
 * const phrase = { text: 'Nine people', start: 0, end: 11 };
 * notPopulation('how many people live in Obertal', 'Nine people are missing in Obertal.', phrase); // true
 */
export function notPopulation(
	question: string,
	sentence: string,
	phrase: { text: string; start: number; end: number },
): boolean {
	if (!ASKS_POPULATION.test(question) || /\b(?:inhabitants|population)\b/iu.test(phrase.text)) return false;
	const before = sentence.slice(Math.max(0, phrase.start - BEFORE_CHARS), phrase.start);
	// "Dubrovnik's old town had about 1,100 permanent residents": what a place has.
	if (HAS_BEFORE.test(before) && /\b(?:residents|people)\b/iu.test(phrase.text)) return false;
	// "Some 42,000 people live inside that zone", "an island with 84 residents", "the 1,900 residents of the old town".
	const dwellers = /\b(?:residents|inhabitants)\b/iu.test(phrase.text);
	if (
		LIVING.test(phrase.text) ||
		(dwellers &&
			(WITH_BEFORE.test(before) || (THE_BEFORE.test(before) && /^\s+of\b/u.test(sentence.slice(phrase.end)))))
	)
		return false;
	return (
		!POPULATION_BEFORE.test(before) && !POPULATION_AFTER.test(sentence.slice(phrase.end, phrase.end + BEFORE_CHARS))
	);
}

/**
 * For "what is the population of Greymoor?", the figure a sentence gives as how many live there ("a mill town of about
 * 48,000 people", "home to 14,000"), with the word for its people when one follows; undefined for other questions or
 * where no figure is a population.
 *
 * @example
 * populationGiven('whats the population of greymoor', 'Greymoor, a town of about 48,000 people, lies…', mentions)?.text;
 * // 'about 48,000 people'
 */
export function populationGiven(
	question: string,
	sentence: string,
	mentions: readonly { type: string; start: number; end: number }[],
): { text: string; start: number; end: number; typed: true } | undefined {
	if (!ASKS_POPULATION.test(question)) return undefined;
	for (const m of mentions) {
		if (m.type !== 'number') continue;
		const people = /^\s+(?:people|residents|inhabitants)\b/iu.exec(sentence.slice(m.end))?.[0] ?? '';
		const phrase = { text: sentence.slice(m.start, m.end + people.length), start: m.start, end: m.end + people.length };
		const before = sentence.slice(Math.max(0, m.start - BEFORE_CHARS), m.start);
		if (/\b(?:a|per|each)\s+$/iu.test(before)) continue;
		if (POPULATION_BEFORE.test(before) || POPULATION_AFTER.test(sentence.slice(m.end, m.end + BEFORE_CHARS)))
			return { ...phrase, typed: true };
	}
	return undefined;
}

/** A place's size in people right before a figure: "a hill village of ", "a port city of about ". */
const PLACE_OF_BEFORE =
	/\b(?:town|village|city|community|hamlet|settlement|island|district|municipality|suburb|region|country|nation|parish)\s+of\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|just\s+over|just\s+under|fewer\s+than|under|approximately|an\s+estimated|just|only)\s+)?$/iu;
/** A count of people by a word for anyone: "340 people", "1.3 million residents". */
const PEOPLE_COUNTED = /\b(?:people|residents|inhabitants|souls|persons)$/iu;
/** A question of how big a place is: its population, its size, how many live there. */
const ASKS_SIZE = /\b(?:how\s+(?:big|large|small)|size|populat\w*|inhabit\w*|live|lives|lived|living|reside\w*)\b/iu;

/**
 * Whether the figure is a place's population ("Residents of this hill village of 340 people voted…") while the
 * question asks how many did something else ("how many voted against the wind farm", "how many tram drivers went on
 * strike"): how many live there counts no one who acted.
 *
 * @example
 * populationForOther('how many voted against it', 'Residents of this village of 340 people voted.', { text: '340 people', start: 32, end: 42 }); // true
 */
export function populationForOther(
	question: string,
	sentence: string,
	phrase: { text: string; start: number; end: number },
): boolean {
	if (!/\bhow\s+many\b/iu.test(question) || ASKS_SIZE.test(question) || !PEOPLE_COUNTED.test(phrase.text.trim()))
		return false;
	const before = sentence.slice(Math.max(0, phrase.start - BEFORE_CHARS), phrase.start);
	// "The entire village of 410 people was evacuated": everyone who lives there did it.
	return PLACE_OF_BEFORE.test(before) && !WHOLE_PLACE.test(before);
}

/** "the entire village of", "the whole town of", "all of the island's": everyone living there. */
const WHOLE_PLACE =
	/\b(?:entire|whole|all)\s+(?:of\s+)?(?:the\s+|this\s+|its\s+)?(?:[\p{L}-]+\s+)?(?:town|village|city|community|hamlet|settlement|island|district|municipality|suburb|region|country|nation|parish)\s+of\b/iu;

/**
 * Whether a population is asked ("what is the population of Grelvik") and the answer is no figure but a whole
 * sentence ("About 800 residents have been evacuated from Grelvik…"): the sentence gives no population. Not of an
 * earlier figure, which a sentence gives beside the later one ("up from 11,402,000 at the previous census").
 *
 * @example
 * populationUnfigured('what is the population of grelvik', { text: 'About 800 residents…', start: 0, end: 20, typed: false }); // true
 */
export function populationUnfigured(question: string, phrase: { typed: boolean }): boolean {
	return !phrase.typed && ASKS_POPULATION.test(question) && !EARLIER_ASKED.test(question);
}

/** "What was the population ten years ago", "at the previous census": an earlier figure, told beside a later one. */
const EARLIER_ASKED = /\b(?:previous|prior|ago|before|earlier|last|census|in\s+(?:1[89]|20)\d\d)\b/iu;
