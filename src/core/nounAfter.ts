import { CURRENCY_WORDS, NATIONALITY } from './mentionPatterns.ts';
import { IRREGULAR_FORMS } from './vocabulary.ts';

/** A currency named by its country: "500,000 Jamaican dollars", "9.5 billion Icelandic kronur", "HK dollars". */
const NAMED_CURRENCY = new RegExp(`^\\s+((?:\\p{Lu}[\\p{L}-]*\\s+){1,2}(?:${CURRENCY_WORDS}))\\b`, 'u');

/** The noun phrase after a number, or a unit joined to it by a hyphen ("a 7.6-inch screen"). */
const NOUN_AFTER =
	/^(?:\s+|-(?=(?:inch|foot|feet|metre|meter|mile|kilometre|kilometer|centimetre|centimeter|millimetre|millimeter|km|cm|mm|acre|hectare|storey|story|pound|kilogram|kg|tonne|ton|litre|liter|gallon|megawatt|gigawatt|kilowatt|watt|volt|seat|member|bed|room|lane)\b))([\p{L}-]+(?:\s+[\p{L}-]+){0,2})/u;
/** Words of a count that may say its action ("injured", "people died"), tested before the actions one by one. */
export const OWN_ACTION =
	/\b(?:kill|die|dead|death|fatal|injur|wound|hurt|destroy|arrest|detain|evacuat|displac|intercept|shot|downed|rescu|missing|trapp|hospitali|kidnap|abduct|recaptur|escap)/i;
/** Words that end a counted noun phrase: prepositions, pronouns, auxiliaries, modals. */
const FUNCTION_WORDS =
	/^(and|or|of|in|on|at|to|the|a|an|but|it|they|them|he|she|we|you|i|was|were|is|are|had|has|have|per|from|with|by|after|before|while|since|during|than|as|into|over|under|about|for|between|against|because|until|when|where|which|who|that|this|its|their|his|her|compared|versus|vs|without|within|across|through|despite|via|amid|among|around|near|beyond|toward|towards|upon|onto|last|next|each|every|will|would|can|could|may|might|must|shall|should|also|said|says|told|added|did|does|off|up|down|back|ahead|behind|further|apart|apiece|overall|aboard|abroad|together)$/i;

/** "2 o'clock" is a time, not two of anything. */
const O_CLOCK = /^\s+o['’]clock\b/i;
/**
 * Two describing words joined before a plural noun, maybe after another: "412,000 current and former students", "212
 * state primary and secondary schools".
 */
const PAIRED_ADJECTIVES = /^\s+((?:(\p{Ll}{2,}(?<!s)) )?(\p{Ll}{2,}(?<!s)) (?:and|or) (\p{Ll}+) \p{Ll}{2,}s)\b/u;
/** Three describing words before a plural noun: "12 additional housing enforcement officers". */
const THREE_DESCRIBING = /^\s+((\p{Ll}{2,}(?<!s)) (\p{Ll}{2,}(?<!s)) (\p{Ll}{2,}(?<!s)) \p{Ll}{2,}[^s\s]s)\b/u;
/** A list of describing words before a plural noun: "64 gold, brass and ivory objects". */
const LISTED_ADJECTIVES = /^\s+((\p{Ll}+[^s\s])(?:,\s+\p{Ll}+)+,?\s+(?:and|or)\s+\p{Ll}+\s+\p{Ll}{2,}s)\b/u;
/** Adverbs after a counted noun end it: "five prisoners still at large", "40 homes now empty". */
const ADVERBS = /^(?:still|now|already|yet|currently|again|altogether|apiece|each|there|here|then|ago|so|remain)$/i;

/** A make or model, one to three capitalised words or model numbers, then a plural noun: " Halo 7 phones". */
const NAMED_KIND = /^\s+((?:\p{Lu}[\p{L}\d'’-]*\s+|\d{1,4}\s+){1,3}\p{Ll}[\p{L}-]*[^s\s]s)\b/u;

/** A name's word before describing words and a plural noun: " Roman silver and bronze coins". */
const NAMED_DESCRIBED =
	/^\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,2}(?:\p{Ll}{2,}(?<!s)\s+){1,2}(?:(?:and|or)\s+\p{Ll}{2,}(?<!s)\s+)?\p{Ll}[\p{L}-]*[^s\s]s)\b/u;

/** What a unit is counted per: " per hour", " a year" (not " a year earlier", which says when). */
const RATE =
	/^\s+(?:per|an|a)\s+(?:hour|second|minute|day|week|month|year|person|head|capita|gallon|litre|liter|barrel|share|ounce)\b(?!\s+(?:earlier|ago|before|later|after|on|previously)\b)/;

/** The noun phrase a number counts: "drones" in " drones, but …"; in a `headline`, none past a plural. */
export function nounAfter(rest: string, headline = false): string | undefined {
	if (O_CLOCK.test(rest)) return undefined;
	const currency = headline ? undefined : NAMED_CURRENCY.exec(rest)?.[1];
	if (currency) return currency;
	const listed = LISTED_ADJECTIVES.exec(rest);
	if (listed?.[1] && !listed[1].split(/[\s,]+/).some((w) => FUNCTION_WORDS.test(w) && !/^(?:and|or)$/.test(w)))
		return listed[1];
	const paired = PAIRED_ADJECTIVES.exec(rest);
	if (paired?.[1] && ![paired[2], paired[3], paired[4]].some((w) => w !== undefined && FUNCTION_WORDS.test(w)))
		return paired[1];
	const described = THREE_DESCRIBING.exec(rest);
	if (
		described?.[1] &&
		![described[2], described[3], described[4]].some(
			(w) => w !== undefined && (FUNCTION_WORDS.test(w) || isVerbForm(w)),
		)
	)
		return described[1];
	const match = NOUN_AFTER.exec(rest);
	if (!match?.[1]) return undefined;
	const words: string[] = [];
	const read = match[1].split(/\s+/);
	for (const [at, word] of read.entries()) {
		// "640 reverse vending machines": a noun in "-ing" before the plural it describes is no clause.
		const describing = PARTICIPLE.test(word) && PLURAL_NOUN.test(read[at + 1] ?? '');
		if (FUNCTION_WORDS.test(word) || ADVERBS.test(word) || (words.length > 0 && isVerbForm(word) && !describing)) break;
		// "$8.1 million using a similar method": a clause after the figure, no noun it counts.
		if (words.length === 0 && PARTICIPLE.test(word) && !OWN_ACTION.test(word) && !PLURAL_NOUN.test(read[at + 1] ?? ''))
			break;
		if (words.length > 0 && endsPlural(words.at(-1) ?? '') && endsAfterPlural(word, read[at + 1])) break;
		words.push(word);
		// "a 1.3 billion pound tidal lagoon": a sum that describes the noun after it counts pounds, not lagoons.
		if (words.length === 1 && SINGLE_CURRENCY.test(word)) break;
		// A headline's words are all capitalised, so its verb looks like a noun: "Nine Inmates Escape Prison".
		if (headline && /[^s]s$/.test(word)) break;
	}
	if (words.length === 0) return undefined;
	if (/^\p{Lu}/u.test(words[0] ?? '') && !peopleCounted(words)) {
		// "2.5 million Halo 7 phones", "72 Shahed drones": a make or model before the plural noun counted.
		const named = headline ? undefined : (NAMED_KIND.exec(rest) ?? NAMED_DESCRIBED.exec(rest))?.[1];
		const inner = named?.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !/^(?:and|or)$/.test(w)) ?? [];
		return named && !inner.some((w) => FUNCTION_WORDS.test(w) || ADVERBS.test(w)) ? named : undefined;
	}
	const noun = words.join(' ');
	// A rate keeps its "per": "60 miles per hour", "$4 a gallon".
	const rate = RATE.exec(rest.slice(rest.indexOf(noun) + noun.length));
	return rate ? noun + rate[0] : noun;
}

/** A currency named in the singular, as a sum before the noun it describes is: "a 5 million dollar deal". */
const SINGLE_CURRENCY =
	/^(?:pound|pence|cent|dollar|euro|franc|krona|krone|peso|rupee|rouble|ruble|shekel|dinar|rand|yuan|yen|zloty)$/i;

/** A plural noun: "procedures", "children", "bus" aside (a noun before another: "bus routes"). */
const PLURAL_NOUN = /^(?:\p{Ll}+[^su]s|\p{Ll}*(?:people|children)|(?:wo)?men)$/u;

/** Whether a counted word is a plural noun, after which the phrase ends but for what goes on below. */
function endsPlural(word: string): boolean {
	return PLURAL_NOUN.test(word);
}

/** An adverb in "-ly" ("directly", "seriously"), not a verb that ends so ("rely", "apply", "supply"). */
const ADVERB_LY = /^\p{Ll}{2,}[^p]ly$/u;

/** Words that say how big, far, old or hot the things counted are: "40 metres long", "12 miles away", "degrees Celsius". */
const MEASURE_AFTER =
	/^(?:old|away|long|wide|high|deep|tall|Celsius|Fahrenheit|centigrade|Kelvin|latitude|longitude|(?:north|south)(?:-?(?:east|west))?|east|west|offshore|inland|upstream|downstream)$/i;

/**
 * Whether a counted plural noun ends before `word`: at a name ("1,046 procedures Vandermolen carried out") or an
 * adverb that says no casualty ("480 people directly once"), not "people seriously injured". A verb ("people live")
 * stays in what is counted, for matching the question's deed; the answer shown leaves it (see shownCount).
 */
function endsAfterPlural(word: string, next: string | undefined): boolean {
	return (
		(/^\p{Lu}/u.test(word) && !MEASURE_AFTER.test(word)) ||
		word === 'being' ||
		(ADVERB_LY.test(word) && !(next !== undefined && OWN_ACTION.test(next)))
	);
}

/**
 * Whether a counted plural noun goes on with `word` in the answer shown: what happened to it ("people injured",
 * "people seriously injured"), a measure ("metres long", "kilometres southwest"), or another plural noun it describes
 * ("news outlets"); not a verb ("4,800 children rely on").
 */
function goesOnAfterPlural(word: string, next: string | undefined): boolean {
	return (
		OWN_ACTION.test(word) ||
		MEASURE_AFTER.test(word) ||
		PLURAL_NOUN.test(word) ||
		(ADVERB_LY.test(word) && next !== undefined && OWN_ACTION.test(next))
	);
}

/** A word of a figure: digits, or a number or quantity spelled ("two", "dozens", "a hundred"). */
const FIGURE_WORD =
	/\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|several|many|few|some|a|an|both|all|no|half|scores?)$/iu;

/**
 * A count as it is shown: its words up to the plural noun counted and what goes on with it ("4,800 children" of
 * "4,800 children rely"); the count as it is when it holds no plural noun or nothing follows one.
 *
 * @example
 * shownCount('Around 4,800 children rely'); // 'Around 4,800 children'
 */
export function shownCount(text: string): string {
	const words = text.split(' ');
	const plural = words.findIndex((w, i) => i > 0 && /\d|^\p{Ll}/u.test(words[i - 1] ?? '') && endsPlural(w));
	// "water voles recorded on the reserve rose to 1,300": the figure comes after the noun, which is no count's end.
	if (plural < 0 || !words.slice(0, plural).some((w) => FIGURE_WORD.test(w))) return text;
	let end = plural + 1;
	while (end < words.length && goesOnAfterPlural(words[end] ?? '', words[end + 1])) end++;
	// "thousands of people", "miles per hour", "crowns a year": a function word goes on with the phrase.
	const next = words[end];
	if (next === undefined || !/^\p{Ll}/u.test(next) || FUNCTION_WORDS.test(next)) return text;
	return words.slice(0, end).join(' ');
}

/**
 * Whether a word after a counted noun is a verb that ends the noun phrase ("150 cars came off", "11 cases confirmed"),
 * not one that says what happened to what is counted ("people died", "homes destroyed").
 */
function isVerbForm(word: string): boolean {
	const lower = word.toLowerCase();
	const base = IRREGULAR_FORMS[lower];
	return (
		((base !== undefined && base !== lower) || /[^e]ed$/.test(lower) || PARTICIPLE.test(lower)) &&
		!OWN_ACTION.test(lower)
	);
}

/** A present participle that starts a clause after the noun ("two men serving life sentences"); not a noun in -ing. */
const PARTICIPLE =
	/^(?!(?:build|hous|fund|morn|even|meet|train|cloth|spr|th|k|r|w|sibl|wedd|ceil|record|paint|listen|hear|rul|sett|open|end|warn|rat|fil|sav|earn|hold|offer|bear|stuff|park|feel|shipp|bank|draw|land|lightn|mean|read|writ|sid|be)ing$)\p{Ll}{2,}ing$/u;

/** Members of a party or a faith, capitalised: "62 Republicans", "three Catholics". */
const MEMBERS =
	/^(?:Republican|Democrat|Conservative|Liberal|Socialist|Communist|Labourite|Tory|Catholic|Protestant|Muslim|Christian|Jew|Hindu|Sikh|Buddhist)s$/u;

/**
 * Whether capitalised words after a number count people: a people's plural ("three Ukrainians"), a party's or faith's
 * members ("62 Republicans"), or a nationality before a noun ("12 Saudi nationals"); not a name ("4 Oxford Street").
 */
function peopleCounted(words: readonly string[]): boolean {
	const first = words[0] ?? '';
	const second = words[1] ?? '';
	return (
		MEMBERS.test(first) ||
		(/[^s]s$/u.test(first) && NATIONALITY.test(first.slice(0, -1))) ||
		(NATIONALITY.test(first) && /^\p{Ll}{3,}s$/u.test(second))
	);
}
