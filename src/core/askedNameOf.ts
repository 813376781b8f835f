import { apposedName } from './apposedName.ts';
import { asRead, isTitleCase } from './findMentions.ts';
import { NATIONALITY } from './mentionPatterns.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { datelineEnd } from './pickClause.ts';
import { NAME, NAME_NEXT, namesOfTheQuestion, tellsApart } from './questionNames.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { normaliseWord, stem } from './tokenize.ts';

const NAME_OF =
	/(?:\b(?:what|which)(?:\s+(?:is|was|are|were)|['’]?s)\s+(?:the\s+)?|^\s*(?:the\s+)?)names?\s+of\s+(.+)/iu;
/**
 * "What was the dead surfer's name?", "whats the company name", "whats the team's new name gonna be", "what is
 * Amelia's mother's name".
 */
const NAME_AFTER_THING =
	/\b(?:what|which)(?:\s+(?:is|was|are|were)|['’]?s)\s+(?:the\s+)?((?:[\p{L}-]+['’]s?\s+)??(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+?)(['’]s?|s)?\s+(?:(?:new|official|proper)\s+)?names?(?:\s+(?:gonna|going\s+to|will|would)\s+be)?\s*[?!.]*\s*$/iu;
const NOT_A_THING = /^(?:his|her|their|its|your|my|our|the|a|an|this|that|whose|full|real|first|last)$/iu;
const CALLED =
	/\b(?:what|how)(?:\s+(?:is|was|are|were)|['’]?s)\s+(.+?)\s+(?:call?e?d|named)\s*[?!.]*\s*$|\b(?:what|how)\s+(?:will|would|should)\s+(.+?)\s+be\s+(?:call?e?d|named)\s*[?!.]*\s*$/iu;
/** Where the thing's noun phrase ends: "the hospital | in Sumy", "the wild rice | they crossed", "the judge | leading the inquiry". */
const PHRASE_END =
	/\s+(?:in|at|on|of|near|from|for|with|by|to|into|that|which|who|where|whose|when|the|a|an|this|his|her|their|its|they|it|he|she|we|you|i|\p{Ll}+ing\s+(?:the|a|an|his|her|their|its)|\p{Ll}+ed|flown|taken|given|known|seen|shown|thrown|driven|found|held|hit|shot|sent)\b.*$|[?!.,].*$/isu;
const ARTICLE = /^(?:(?:one|some|any|each|either|all)\s+of\s+)?(?:(?:the|a|an|this|that|their|its|his|her)\s+)?/iu;
/** "Mercy Hospital", or "the Orlen refinery": capitalised words right before the thing. */
const NAME_BEFORE = new RegExp(`(?:^|\\s)([Tt]he\\s+)?(${NAME})\\s+$`, 'u');
/**
 * "a hospital called Mercy", "the captain, identified by police as Gregor Lindqvist,", "the operation, code-named "Paper Moon,"", "the hospital, St Anne's,", "the largest
 * hospital is Mercy"; not the speaker after a
 * comma ("a French coordinator, HWBI said").
 */
const NAME_AFTER = new RegExp(
	`^(?:,?\\s+(?:called|named|code-?named|dubbed|nicknamed|known\\s+as|identified(?:\\s+by\\s+(?:\\p{Ll}+\\s+){0,3}?\\p{Ll}+)?\\s+as|is|was|are|were|became)\\s+[“"]?|,\\s+)(?:the\\s+)?(${NAME})(?![\\p{L}\\p{N}'’-])(?!\\s+(?:said|says|told|added|reported|announced|confirmed|stated))`,
	'u',
);
/**
 * "the restaurant La Quercia", "whose album "Glass Rivers"": a name right after the thing's lowercase word, after
 * "the" or an owner's word; not one that opens a new clause ("told the newspaper Monday", "the company Novatek said").
 */
const NAME_RIGHT_AFTER = new RegExp(
	`^\\s+[“"]?(${NAME})(?![\\p{L}\\p{N}'’-])(?!\\s+(?:said|says|told|added|reported|announced|confirmed|stated)\\b)`,
	'u',
);
/** What stands before a thing named right after it: "the", "its", "whose", a few lowercase words between. */
const DEFINITE_BEFORE = /\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|whose)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/**
 * A title in quotation marks the thing is given later in its clause: "a campaign launched in 2023 called "Say It at
 * the Table,"", "The oil painting, titled "Winter on the Leie,"".
 */
const QUOTED_TITLE =
	/^(?:,\s*|\s+(?:[^,;.“”"]{0,60}?\s)?)(?:called|named|titled|entitled|dubbed|nicknamed|code-?named|known\s+as)\s+([“"])([^“”"]{2,80}?)[,.]?[”"]/u;
/** "GE was the first business": a name, a copula, and a description ending in the thing. */
const NAME_IS = new RegExp(
	`(?:^|[^\\p{L}])(${NAME})\\s+(?:is|was|are|were|became|remains|remained)\\s+(?:the|a|an|one\\s+of\\s+the)\\s[^,;.]*$`,
	'u',
);
/** A name ending in a word for a body: "Research Institute", "Growers' Association", "Cocoa Board". */
const INSTITUTION =
	/\b(?:Institute|Institution|Centre|Center|University|College|School|Company|Corporation|Council|Association|Board|Agency|Foundation|Fund|Bank|Commission|Organi[sz]ation|Society|Service|Authority|Office|Ministry|Department|Group|Party|Union|Museum|Hospital|Committee|Federation|League|Trust|Network|Programme|Program)$/u;

/** Last words of the names of bodies, whose names name no other thing: "European Medicines Agency". */
const BODY_HEADS =
	'Institute Institution Centre Center University College Company Corporation Council Association Board Agency Administration Foundation Fund Bank Commission Organisation Organization Society Service Authority Office Ministry Department Party Union Committee Federation League Trust Network'.split(
		' ',
	);
/** A body's name, with the initials that follow it: "European Medicines Agency (EMA)", "Bank of England". */
const BODY_NAME = new RegExp(
	`\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:of\\s+|for\\s+|and\\s+)?\\p{Lu}[\\p{L}’'-]*)*?\\s+(?:${BODY_HEADS.join('|')})\\b(?:\\s+of(?:\\s+\\p{Lu}[\\p{L}’'-]*)+)?(?:\\s*\\(\\p{Lu}{2,}\\))?`,
	'gu',
);
/** Things asked that are bodies themselves, whose names a body's name is. */
const BODY_WORDS = new Set([...BODY_HEADS.map((w) => w.toLowerCase()), 'body', 'regulator', 'group', 'firm']);

/** "President Marta Lind": a capitalised title right before a name. */
const TITLE_BEFORE_NAME = new RegExp(`^\\s+(${NAME})`, 'u');

const WORD = /\p{Lu}{1,3}[$€£¥][\d.,]*|[\p{L}\d’'-]+|[“”"]/gu;
/** A sentence opening with a name and a description of it: "Zun, a kind of wine vessel,". */
const APPOSED_NAME = /^\s*\p{Lu}[^,]{0,40},\s+(?:a|an|one)\s[^,]*$/u;
const MONEY_CODE = /^\p{Lu}{1,3}[$€£¥]/u;
/** How many words either side of the thing a name no pattern finds may stand (besides its clause). */
const NEAR = 6;
/** A clause opened by a comma or semicolon and a few lowercase words up to the thing's word: ", with a ". */
const CLAUSE_OPENED = /[,;]\s+(?:\p{Ll}+\s+){0,3}$/u;
const CLAUSE_BOUND =
	/\s*[,;:()–—]\s*|\s+(?:and|but|or|while|whereas|when|after|before|because|until|since)\s+|\s+(?:that|which|who)\s+(?=\p{Ll})/gu;
/** An indefinite determiner within the few words before the thing: "a hospital", "two small clinics", "three of the most popular beaches". */
const INDEFINITE =
	/(?:^|[^\p{L}])(?:a|an|another|some|several|many|numerous|two|three|four|five|\d+)\s+(?:of\s+(?:the|its|their)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
/** A plural with no determiner after its preposition: "through social media groups", "to rival firms". */
const BARE_PLURAL =
	/(?:^|[^\p{L}])(?:through|via|in|on|from|with|by|for|to|at|into|of|over|across|among)\s+(?:(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|your|my)\s)\p{Ll}[\p{L}-]*\s+){0,3}$/u;
/** "…a male named Bao Lin": a sentence giving some name outright. */
export const NAMING_LATER = /\b(?:named|called|dubbed|nicknamed|known\s+as)\s+[“"]?\p{Lu}/u;
const AGE = /^\d+-(?:year|month|week|day)s?-old$/u;
/** "a 25-kilometre mark": a number joined to its unit describes, it names nothing (nor does a number alone). */
const MEASURE = /^\d[\d.,]*-\p{Ll}+$/u;
const CALENDAR =
	/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/u;
const PLACE_AFTER =
	/(?<=\b(?:(?:from|in|at|near|to|off|outside|across|throughout|(?:with|by|for)\s+the)|(?:in|at|near|from)\s+the\s+(?:\p{Ll}+\s+){0,2}(?:province|region|state|county|district|city|town|village|municipality|island|capital)\s+of)\s)\p{Lu}[\p{L}’'-]*(?:,?\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}’'-]*)*/gu;
const DESCRIPTION_OPENING = /^(?:the|a|an|its|their|his|her)\s/u;

/** A word that may be (part of) a name the question does not give: capitalised, with a digit, or a quotation mark. */
function nameLike(quoted: string, questionStems: ReadonlySet<string>): boolean {
	const word = quoted.replace(/^['’]+/, '');
	// "a 58-year-old street cleaner": an age describes, it names no one.
	// "Novotny's phone": an owner's name, not the thing's.
	if (/\p{L}['’]s$/u.test(word)) return false;
	// "a woman in her 40s", "the 1990s", "the 3rd floor": a decade or a rank names no one.
	if (AGE.test(word) || MEASURE.test(word) || CALENDAR.test(word) || /^\d+(?:['’]?s|st|nd|rd|th)?$/u.test(word))
		return false;
	// "NZ$780,000": a currency's letters name nothing; nor does "a Norwegian shipping company" its people's word.
	if (MONEY_CODE.test(word) || (/\p{Ll}/u.test(word) && NATIONALITY.test(word))) return false;
	// As the question's words are read: accents dropped ("Medellín"), British and American spellings one.
	const parts = normaliseWord(word).split('-');
	return /^[\p{Lu}\d“”"]/u.test(word) && !parts.every((part) => questionStems.has(stem(part)));
}

/**
 * The thing whose name a question asks for: "hospital" in "What is the name of the hospital in Sumy?" or in "What
 * is the hospital called?"; none for other questions.
 */
export function askedNameOf(question: string): string | undefined {
	const called = CALLED.exec(question);
	const phrase = (NAME_OF.exec(question)?.[1] ?? called?.[1] ?? called?.[2])
		?.replace(ARTICLE, '')
		.replace(PHRASE_END, '');
	if (phrase !== undefined) return phrase.trim().split(/\s+/).pop()?.toLowerCase() || undefined;
	const owner = NAME_AFTER_THING.exec(question);
	const thing = owner?.[1]?.split(/\s+/).pop()?.toLowerCase();
	return thing && !NOT_A_THING.test(`${thing}${owner?.[2] ?? ''}`) ? thing : undefined;
}

/**
 * The proper name a sentence gives the thing (undefined when it never speaks of the thing, null when it does
 * without giving its name): capitalised words with it ("Mercy Hospital", "the Orlen refinery"),
 * after "called", "named" or "known as", or in apposition ("the hospital, St Anne's,"); none when the sentence
 * speaks of the thing without naming it ("a hospital in Sumy", "a Sumy hospital") and no capitalised word, number or
 * quotation the question does not give stands in its clause or a few words from it (a name no pattern finds) it
 * gives null.
 *
 * With `indefiniteOnly`, null only where the thing stands as one of a kind ("a city park", "private contractors").
 *
 * @example
 * nameGiven('hospital', 'Shells hit the Mercy Hospital in Brenn.')?.text; // 'Mercy Hospital'
 */
export function nameGiven(
	thing: string,
	sentence: string,
	questionStems: ReadonlySet<string> = new Set(),
	indefiniteOnly = false,
): AnswerPhrase | null | undefined {
	const asked = stem(thing);
	// A sentence past the limit is no sentence that names one thing: it is not searched word by word.
	if (sentence.length > SENTENCE_LIMITS.chars) return undefined;
	// A title-case headline ("European Probe Slips Into Orbit") capitalises every word: none is a name for it.
	if (isTitleCase(sentence)) return nameGiven(thing, asRead(sentence), questionStems);
	// "a woman from Lyon": a place after its preposition says where, it is no name of the thing.
	// A dateline ("PERTH (AFP) —") says where the story was filed, it names nothing in it; the sentence starts after it.
	const dateline = datelineEnd(sentence);
	const filed = dateline ? dateline + 1 : 0;
	const placesAside =
		sentence.slice(0, filed).toLowerCase() + sentence.slice(filed).replace(PLACE_AFTER, (place) => place.toLowerCase());
	// "The European Medicines Agency (EMA) recommended the first pill": a body's name anywhere in the sentence is no
	// name of another thing described there.
	const bodiesAside = BODY_WORDS.has(thing.replace(/s$/, ''))
		? placesAside
		: placesAside.slice(0, filed) + placesAside.slice(filed).replace(BODY_NAME, (body) => body.toLowerCase());
	let spokenOf = false;
	let nameNearby = false;
	const shared = namesOfTheQuestion(sentence, questionStems);
	for (const word of sentence.matchAll(/[\p{L}-]+/gu)) {
		if (stem(word[0].toLowerCase()) !== asked) continue;
		// "the Regional Council of Engineering" speaks of no engineer: a capitalised word other than the thing's own.
		if (/^\p{Lu}/u.test(word[0]) && !OWN_FORM.test(word[0].toLowerCase().slice(thing.length))) continue;
		spokenOf = true;
		const start = word.index;
		const end = start + word[0].length;
		const rest = sentence.slice(end, end + 80);
		const titled = /^\p{Lu}/u.test(word[0]) ? TITLE_BEFORE_NAME.exec(rest) : null;
		const right =
			/^\p{Ll}/u.test(word[0]) && DEFINITE_BEFORE.test(sentence.slice(Math.max(0, start - 40), start))
				? NAME_RIGHT_AFTER.exec(rest)
				: null;
		const dated = right && CALENDAR.test(right[1]?.split(/\s+/)[0] ?? '');
		// "River Thames", "Judge Helen McCrae": the name after the thing's word; not an institution's name the word
		// stands in ("the International Rice Research Institute" names no rice).
		const title = QUOTED_TITLE.exec(rest);
		if (title?.[2]) {
			const at = end + (title.index ?? 0) + title[0].indexOf(title[1] ?? '') + 1;
			return { text: title[2], start: at, end: at + title[2].length, typed: true };
		}
		const after =
			NAME_AFTER.exec(rest) ?? (titled && !INSTITUTION.test(titled[1] ?? '') ? titled : null) ?? (dated ? null : right);
		if (after?.[1]) {
			const at = end + after[0].length - after[1].length;
			return { text: after[1], start: at, end: at + after[1].length, typed: true };
		}
		const lead = sentence.slice(Math.max(0, start - 120), start);
		const copula = NAME_IS.exec(lead);
		if (copula?.[1] && !/^(?:The|A|An|It|This|That|There|He|She|They)$/.test(copula[1])) {
			const at = start - lead.length + copula.index + copula[0].indexOf(copula[1]);
			return { text: copula[1], start: at, end: at + copula[1].length, typed: true };
		}
		const apposed = apposedName(sentence, placesAside, start, filed, questionStems);
		if (apposed) return apposed;
		const before = NAME_BEFORE.exec(sentence.slice(Math.max(0, start - 80), start));
		if (before?.[2] && (/^\p{Lu}/u.test(word[0]) || before[1])) {
			const at = start - before[0].length + before[0].indexOf(before[2]);
			return { text: sentence.slice(at, end), start: at, end, typed: true };
		}
		// "a hospital in Sumy" is one hospital among others: its name would stand by it. "the first business" is
		// described, and the name it describes may stand anywhere ("GE …, being the first business …").
		const indefinite = INDEFINITE.test(lead) || (/\p{Ll}s$/u.test(word[0]) && BARE_PLURAL.test(lead));
		const around = indefinite
			? [...clauseOf(placesAside, start, end), ...wordsAround(placesAside, start, end)]
			: (bodiesAside.match(WORD) ?? []).slice(1);
		// "the general hospital in Teziutlán" may answer "which hospital"; "a city park" answers no "which park".
		// "schools of law, medicine, and dentistry" are told apart by what follows; "Zun, a kind of wine vessel," is named.
		if (indefiniteOnly && (!indefinite || tellsApart(rest, questionStems) || APPOSED_NAME.test(lead)))
			nameNearby = true;
		// "named for wives of the village's founders, both named Ann": a name the sentence gives outright, further on.
		// "his brother-in-law Nils Berglund": a name right after the thing is its own, whatever it shares with the question.
		const own = new Set(NAME_NEXT.exec(rest)?.[1]?.split(/\s+/) ?? []);
		nameNearby ||=
			around.some((w) => (own.has(w) || !shared.has(w)) && nameLike(w, questionStems)) ||
			NAMING_LATER.test(sentence.slice(end));
	}
	return spokenOf && (!nameNearby || UNNAMED.test(sentence)) ? null : undefined;
}

/** What may follow the thing's word in a capitalised form of it: nothing, or a plural ending. */
const OWN_FORM = /^(?:s|es)?$/;

/** A sentence saying a name is withheld: "without naming them", "police did not identify him". */
const UNNAMED =
	/\b(?:without\s+(?:naming|identifying)|(?:did|would|could)\s+not\s+(?:name|identify)|(?:declined|refused)\s+to\s+(?:name|identify)|(?:has|have|had|was|were)\s+not\s+(?:yet\s+)?been\s+(?:named|identified))\b/i;

/** The few words either side of the span, less the sentence's first word. */
function wordsAround(sentence: string, start: number, end: number): string[] {
	// "…the tabloid The Morning Courier, with a judge ruling": a name before the comma that opens the clause is another's.
	const opened = CLAUSE_OPENED.exec(sentence.slice(Math.max(0, start - 40), start));
	const before = sentence.slice(opened ? start - opened[0].length : 0, start).match(WORD) ?? [];
	const after = sentence.slice(end).match(WORD) ?? [];
	return [...before.slice(Math.max(1, before.length - NEAR)), ...after.slice(0, NEAR)];
}

/**
 * The words of the clause the span stands in (between commas, semicolons, brackets, "and", "but"…, and before a
 * relative "that", "which" or "who" and its verb: "a dinosaur that roamed Patagonia"), and of the
 * clause before when this one opens like a description ("Wembley, the national stadium,"), less the sentence's
 * first word (capitalised as every first word is).
 */
function clauseOf(sentence: string, start: number, end: number): string[] {
	const bounds = [...sentence.matchAll(CLAUSE_BOUND)].map((m) => [m.index, m.index + m[0].length, m[0]] as const);
	const before = bounds.filter(([, e]) => e <= start);
	const from = before.map(([, e]) => e);
	const to = bounds.find(([b]) => b >= end)?.[0] ?? sentence.length;
	const own = from.at(-1) ?? 0;
	// "…, the national stadium," describes what the clause before names; "when a cleaner noticed…" describes nothing.
	const apposed = !/\p{L}/u.test(before.at(-1)?.[2] ?? '');
	const first = apposed && DESCRIPTION_OPENING.test(sentence.slice(own)) ? (from.at(-2) ?? 0) : own;
	const words = sentence.slice(first, to).match(WORD) ?? [];
	return first === 0 ? words.slice(1) : words;
}
