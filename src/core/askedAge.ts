import { agedThing } from './agedThing.ts';
import { agentsAge, THING_AGE } from './agentsAge.ts';
import { ageOfDeed, whenUnsaid } from './ageOfDeed.ts';
import { agedAnother, heldRole, kindBeside, ROLE_ABBREVIATIONS, roleBeside, roleKind } from './ageRole.ts';
import { anothersAge, namedBeside, plain } from './anothersAge.ts';
import { describesPerson } from './findTitle.ts';
import { kinAge } from './kinAge.ts';
import { NUMBER_WORDS } from './mentionPatterns.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { escapeRegExp } from './writesWord.ts';

/** "How old is X?", "At what age did X…?": the question asks for an age. */
export const ASKS_AGE = /\bhow old\b|\bwhat age\b/i;
/** An age in commas after a name: "Siân Howells, 46," (the text up to the number and the comma after it). */
export const AGE_AFTER_NAME = /\p{Lu}[\p{L}'’-]*,\s\d{1,3},$/u;

/** A figure an age may be written as by itself: no thousands ("won 27,910." holds no age). */
const AGE_FIGURE = `(?:(?<![\\d,.])\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;
/**
 * Ages as news writes them: after a name in commas ("Brooks, 61, was"), "34-year-old", "aged 61", "61 years old",
 * "3.5 billion years ago".
 * A number after a name is bounded to three digits, so a year is no age; a thing may be "45,500 years old".
 */
const YEARS = `(?:(?<![\\d,.])\\d{1,3}(?:,\\d{3})*|${Object.keys(NUMBER_WORDS).join('|')})`;
const AGES = [
	/(?<=\p{Lu}[\p{L}'’-]*,\s)\d{1,3}(?=,|\.?["”]?$)/gu,
	// "The princess, 29, wore…": in commas after a person named by what they are.
	/(?<=\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:\p{Ll}+\s+)?\p{Ll}{3,},\s)\d{1,3}(?=,)/gu,
	new RegExp(`\\b${YEARS}[- ]years?[- ]old\\b`, 'gi'),
	// "She was 84." after a death (a sentence of its own, not "…when she was 7"), "dies at 84": an age told alone.
	/(?<=(?:^|[.!?]\s+)(?:He|She)\s+(?:was|is)\s+)\d{1,3}(?=\s*(?:[.;]|$))/gu,
	/(?<=\b(?:dies|died|dead)\s+at\s+)\d{1,3}(?![\d.,:])(?!\s*(?:a\.m|p\.m|am\b|pm\b|per|percent|%))/giu,
	// A young one's age: "about seven weeks old", "a three-month-old calf".
	new RegExp(
		`\\b(?:(?:about|around|nearly|almost|just|only)\\s+)?(?:${YEARS}|an?)[- ](?:days?|weeks?|months?)[- ]old\\b`,
		'gi',
	),
	// "when she turns eight", "who turned 40 last week": the age reached.
	new RegExp(
		`(?<=\\bturn(?:s|ed)?\\s+)${AGE_FIGURE}\\b(?![\\d%]|[.,]\\d|[-\\s]*(?:percent|per|degrees|times|points|pages))`,
		'giu',
	),
	// "two children, aged 4 and 9", "aged between 24 and 61", "aged 24 to 61": every age of the list or range.
	new RegExp(
		`\\bage(?:d|\\s+of)?\\s+(?:between\\s+|from\\s+)?${YEARS}(?:(?:,\\s*|,?\\s+and\\s+|\\s+to\\s+)${YEARS})*\\b`,
		'gi',
	),
	// A body's age by its past: "in the airline's 31-year history".
	new RegExp(`\\b${YEARS}-year\\s+(?:history|existence)\\b`, 'gi'),
	// A thing's age: "formed about 3.5 billion years ago".
	/(?<![\d.,])\d[\d.,]*\s+(?:(?:thousand|million|billion)\s+)?years?\s+ago\b/gi,
	// "around 4.5 billion years old".
	/(?<![\d.,])\d[\d.,]*\s+(?:thousand|million|billion)\s+years?[- ]old\b/gi,
];
/**
 * "She left school at 16 to work", "married at 19,": an age a deed was done at, its clause ending there; an earlier
 * age, read only for a question of the past ("how old was she when she quit school").
 */
const DEED_AGE =
	/(?<=\b(?:\p{Ll}{2,}ed|left|quit|began|became|won|went|came|joined|lost|took|made|got|fell|met|ran|wrote)\s+(?:\p{Ll}+\s+){0,3}?at\s+)\d{1,2}(?=\s+(?:to|and|when|after|before|as|with|but)\b|\s*[,;]|\.?$)/gu;
/** A month's name or its short form: the number after it is a day ("July 13"), not an age. */
const MONTH =
	'(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/**
 * A number that counts no noun: it may be an age written in a way not read here ("he left Poland at 20."); a score
 * or range ("a 4-0 defeat") is none, nor a bound of others' ages ("free dental care for people under 18").
 */
const BARE_NUMBER = new RegExp(
	`(?<![\\d,.$€£]|\\d[-–]|${MONTH}\\.?\\s|\\b(?:under|over|above|below|than)\\s)\\b${AGE_FIGURE}\\b(?![-\\s]*\\p{L}|[,.]\\d|%|[-–]\\d)`,
	'iu',
);

/**
 * Who "How old is X?" asks about: X's words, less forms of address and what is said of them ("the rock thought to
 * be"); none when X is a thing ("the painting").
 */
const HOW_OLD_IS =
	/\bhow\s+old(?:['’]s|\s+(?:is|was|are|were|will\s+\S+\s+be))\s+(.+?)(?:\s+(?:when|at|in|during|after|before|now|today|by|who|whos|who['’]s|that|which|whose|thought|believed|said|estimated|expected|supposed|reckoned|likely)\b.*)?[\s?!.]*$/iu;
const NOT_NAME = /^(?:the|a|an|this|that|these|those|its|his|her|their|it|he|she|they|you|i|we)$/iu;
const ADDRESS = /^(?:dr|mr|mrs|ms|miss|prof|sir|dame|lady|lord|rev)\.?$/iu;

/** The words of the person "How old is X?" asks about ("faith chepkorir"), none for a thing or another question. */
export function askedPerson(question: string): string[] {
	const words = (HOW_OLD_IS.exec(question)?.[1] ?? '').split(/\s+/).filter(Boolean);
	// "the cto du plessis", "the chief executive Anna Holm": the name after the role.
	const role = NOT_NAME.test(words[0] ?? '') ? words.findIndex((w, i) => i > 0 && isRoleWord(w)) : -1;
	const name = role > 0 ? words.slice(role + 1) : [];
	if (
		name.length > 0 &&
		name.length <= 3 &&
		!name.some((w) => /^(?:of|for|at|from|in|who|that|they|he|she|we|you|i|it)$/i.test(w))
	)
		return name;
	if (words.length === 0 || NOT_NAME.test(words[0] ?? '') || words.length > 4) return [];
	return words.filter((w) => !ADDRESS.test(w)).map((w) => w.replace(/['’]s$/u, ''));
}

/** A word of office before a name: "cto", "executive", "president". */
function isRoleWord(word: string): boolean {
	return /^(?:ceo|cfo|coo|cto|pm|mp|gm)$/i.test(word) || describesPerson(word);
}

/** The noun of the thing "How old is the plane?" asks about ("plane"); none for a person or another question. */
function askedThing(question: string): string | undefined {
	const words = (HOW_OLD_IS.exec(question)?.[1] ?? '').split(/\s+/).filter(Boolean);
	return words.length > 1 && NOT_NAME.test(words[0] ?? '') ? words.at(-1)?.toLowerCase() : undefined;
}

/** Verbs of belief after a pronoun: "the guy they think ran it" tells who by what is believed of him. */
const BELIEF = /^(?:think|thinks|reckon|reckons|believe|believes|suspect|suspects|say|says|said)$/i;

/** The noun "How old is the CEO of Halden?" asks about, as reports write it ("executive"): the one before "of". */
function askedHead(question: string): string | undefined {
	const words = (HOW_OLD_IS.exec(question)?.[1] ?? '').split(/\s+/).filter(Boolean);
	if (words.length < 2 || !NOT_NAME.test(words[0] ?? '')) return undefined;
	// "the woman they took out by boat": a pronoun after the noun opens a clause about it; "the guy they think was the
	// ringleader" names the one asked in its clause.
	const of = words.findIndex(
		(w, i) =>
			/^(?:of|for|at|from|in|on|near|with|who|whos|who['’]s|that)$/i.test(w) ||
			(/^(?:they|he|she|we|you|i)$/i.test(w) && !BELIEF.test(words[i + 1] ?? '')),
	);
	const head = (of > 1 ? words[of - 1] : words.at(-1))?.toLowerCase() ?? '';
	return ROLE_ABBREVIATIONS[head] ?? head;
}

/** Whether an age is written of something other than the thing asked: "a 71-year-old woman" when the plane is asked about. */
function someonesAge(sentence: string, age: AnswerPhrase, thing: string): boolean {
	const noun = /^[\s-]+(\p{L}+)/u.exec(sentence.slice(age.end, age.end + 30))?.[1]?.toLowerCase();
	return noun !== undefined && !NOT_NOUN.test(noun) && !noun.startsWith(thing.slice(0, 4));
}

/** "How old is the walker who found the coins?": someone a relative clause tells of, a person. */
const ASKED_WHO =
	/\b(?:how\s+old|what\s+age)\b.{0,60}?\s(?:the|a|an|this|that)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+\s+who\b/iu;
/** A person's name right before an age in commas: "Tom Ewart, ". */
const NAME_BEFORE_AGE = /\p{Lu}[\p{L}'’-]+,\s*$/u;

/** A century's ordinal: "4th", "third". */
const ORDINAL_WORD =
	'(?:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)';
/**
 * When a thing began: "dates from around 1420", "was built in 1887", "dating back to the 12th century", "Built in 1988,
 * the Merrow Bay…" (a participle opening the clause).
 */
const BEGAN_IN = new RegExp(
	`\\b(?:dat(?:e|es|ed|ing)\\s+(?:back\\s+)?(?:from|to)|(?:(?:was|were)\\s+|(?<=(?:^|[,(—–]\\s*)))(?:first\\s+)?(?:built|founded|established|erected|opened|made|constructed|laid|consecrated)\\s+in)\\s+((?:(?:about|around|roughly|circa|c\\.)\\s+)?(?:\\d{3,4}s?(?:\\s+(?:AD|BC|BCE|CE)\\b)?|(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?${ORDINAL_WORD}(?:\\s+or\\s+(?:(?:early|mid|late)[\\s-]+)?${ORDINAL_WORD})?[\\s-]+century(?:\\s+(?:AD|BC|BCE|CE)\\b)?))`,
	'iu',
);

/** For "how old is the <thing>" (no person), when the sentence says the thing began (see BEGAN_IN). */
function thingsStart(question: string, sentence: string): AnswerPhrase | undefined {
	const head = askedHead(question);
	if (!head || describesPerson(head) || ANYONE.test(head) || ASKED_WHO.test(question)) return undefined;
	const began = BEGAN_IN.exec(sentence);
	if (!began?.[1]) return undefined;
	const start = began.index + began[0].indexOf(began[1]);
	return { text: began[1], start, end: start + began[1].length, typed: true };
}

/** Words for a person that say nothing of who: any person's age in the sentence may be theirs. */
const ANYONE =
	/^(?:guy|man|woman|person|boy|girl|kid|child|baby|toddler|infant|teen|teenager|youngster|lady|bloke|dude|fella|fellow|chap)$/i;

/** Words after an age that name nothing ("61 years old when", "20 years ago and"). */
const NOT_NOUN = /^(?:when|and|or|but|at|in|on|by|with|to|from|for|of|as|the|a|an|was|is|were|are|had|has)$/;

/**
 * The age a sentence gives for an "age" question: undefined for other questions or a sentence with a bare
 * number (which may be an age), null when it gives none (another candidate may), else the age, the one written
 * nearest a name the question asks about first.
 *
 * @example
 * askedAge('How old is Brooks?', 'Brooks, 61, was found guilty.')?.text; // '61'
 */
export function askedAge(
	question: string,
	sentence: string,
	namedBefore: () => string | undefined = () => undefined,
): AnswerPhrase | null | undefined {
	if (!ASKS_AGE.test(question)) return undefined;
	// A sentence past the limit is read up to it: its ages are looked for there only, so the work stays bounded.
	const read = sentence.length > SENTENCE_LIMITS.chars ? sentence.slice(0, SENTENCE_LIMITS.chars) : sentence;
	const deed = ageOfDeed(question, read) ?? kinAge(question, read);
	if (deed) return deed;
	const patterns = ASKS_NOW.test(question) ? AGES : [...AGES, DEED_AGE];
	const ages = patterns
		.flatMap((pattern) => [...read.matchAll(pattern)])
		.map((m): AnswerPhrase => ({ text: m[0], start: m.index, end: m.index + m[0].length, typed: true }));
	// "How old is the church?" of "The church, which dates from around 1420, …": a thing's age told by when it began.
	const since = thingsStart(question, read);
	if (since) return since;
	if (ages.length === 0) return BARE_NUMBER.test(read) ? undefined : null;
	// "Dennis Arkwright, 71," for "how old was he when he started": a name's age now, not at the time asked.
	const apposed = (age: AnswerPhrase) => /,\s*$/u.test(read.slice(0, age.start)) && /^\s*,/u.test(read.slice(age.end));
	if (ages.every(apposed) && whenUnsaid(question, read)) return null;
	const names = askedPerson(question);
	// "How old is Aurion's CEO?": the age written by the role ("Chief Executive Daniel Voss, 57,").
	const role = heldRole(names.length ? names : askedRoleThing(question));
	const former = /\bformer\b/i.test(question);
	// "How old is the finance minister?" is not answered by "Interior Minister Esteban Cordero, 52".
	const kind = names.length ? undefined : roleKind(askedRoleThing(question));
	if (role)
		return (
			ages.find((age) => roleBeside(sentence, age, role, former) && (!kind || kindBeside(sentence, age, kind, role))) ??
			null
		);
	// The surname says who: "Graham Tolliver, 58," is no age of Graham Duncan.
	const surname = names.at(-1);
	const named = surname ? new RegExp(`(?<!\\p{L})${escapeRegExp(plain(surname))}(?!\\p{L})`, 'giu') : undefined;
	// "how old is beltran" asks of "Beltrán": letters are compared without their accents.
	const found = named ? [...plain(sentence).matchAll(named)] : [];
	// "How old is Bekele?" of a sentence that never names her, nor speaks of anyone as "he" or "she" before the age
	// ("when he left Poland at the age of 20"): the age is another's, or a thing's.
	// "She will face Curtis Baumgartner, a 63-year-old rancher": an age written of another name is not the pronoun's.
	const pronoun = ages.some(
		(age) => /\b(?:he|she)\b/iu.test(sentence.slice(0, age.start)) && !namedBeside(sentence, age),
	);
	if (names.length > 0 && found.length === 0 && !pronoun) {
		// "The 29-year-old singer, whose album…" after "Pop singer Maya Lorne has cancelled…": someone told by age alone,
		// opening the sentence, is the one the sentence before named first.
		const opening = DESCRIBED_OPENING.test(read) ? ages.find((age) => age.start === 4) : undefined;
		const before = opening && surname ? plain(namedBefore() ?? '').toLowerCase() : '';
		return opening && surname && before.split(/\s+/u).includes(plain(surname).toLowerCase()) ? opening : null;
	}
	const thing = askedThing(question);
	// "How old is the ringleader?": the age written beside the word asked ("the alleged ringleader, a 62-year-old").
	const head = askedHead(question);
	// "How old is the swimmer?" of "A 67-year-old retired schoolteacher … swam across": the one age of who did it.
	const doer = head ? agentsAge(read, head, ages) : undefined;
	if (doer) return doer;
	if (head) {
		const beside = ages.filter(
			(age) => !THING_AGE.test(age.text) && roleBeside(sentence, age, head, true) && !agedAnother(sentence, age, head),
		);
		const written = wordsAt(sentence, head);
		if (beside.length) return beside.sort((a, b) => gapTo(written, a) - gapTo(written, b))[0] ?? null;
		// "How old is the guy who got new hands?": anyone's age ("a 34-year-old electrician") may be his.
		if (ANYONE.test(head)) return ages.find((age) => !THING_AGE.test(age.text)) ?? null;
		// "How old is the farmer?" is not answered by the fossil's "94 million years ago", nor "the walker who found it"
		// by the hoard's.
		if (describesPerson(head) || ASKED_WHO.test(question)) return null;
	}
	// "How old is the guy they think ran it?" is not answered by a rock's "4.5 billion years old".
	const person = (HOW_OLD_IS.exec(question)?.[1] ?? '').split(/\s+/).some((w) => ANYONE.test(w) || describesPerson(w));
	// A thing the sentence speaks of, which no person's noun names ("the church"; not "the patient", unwritten here).
	const thingAsked =
		head !== undefined && !person && !describesPerson(head) && !ANYONE.test(head) && wordsAt(sentence, head).length > 0;
	// "how old was mickelsen's wife": the name is the owner's, not the one asked.
	const owned = /['’]s\b/u.test(question);
	const own = ages.filter(
		(age) =>
			!anothersAge(sentence, age, surname, found.length > 0, owned ? [] : names) &&
			!(thing && someonesAge(sentence, age, thing)) &&
			// "Delia Frampton said … the 61-year-old suspension span": a thing's age beside the name asked.
			!(names.length > 0 && agedThing(sentence, age)) &&
			// "Tom Ewart, 71, who lives near the church" for "how old is the church": a person's age, not the thing's.
			!(thingAsked && NAME_BEFORE_AGE.test(sentence.slice(Math.max(0, age.start - 40), age.start))) &&
			!(person && THING_AGE.test(age.text)) &&
			!(
				ASKS_NOW.test(question) &&
				(EARLIER_AGE.test(sentence.slice(Math.max(0, age.start - 50), age.start)) ||
					(/^age\b/iu.test(age.text) &&
						/\bat\s+(?:the\s+)?$/iu.test(sentence.slice(Math.max(0, age.start - 8), age.start))))
			),
	);
	return own.sort((a, b) => gapTo(found, a) - gapTo(found, b) || a.start - b.start)[0] ?? null;
}

/** "How old is Juno?" asks the age now, "How old was she?" may ask one before. */
const ASKS_NOW = /\bhow\s+old\s+(?:is|are)\b|\bhow\s+old['’]?s\b/iu;
/**
 * An age someone had before or will have, in a clause of its own: "since the dog was a 10-week-old puppy", "when she
 * was 7", "when she turns eight"; or a deed's ("took up tennis at the age of six"), read where the age now is asked.
 */
const EARLIER_AGE =
	/\b(?:since|when|as|until|after|before|once)\s+(?:[\p{L}'’-]+\s+){0,3}(?:was|were|turns|will\s+(?:be|turn))\s+(?:(?:only|just|about|barely|a|an)\s+)*$/iu;
/** A sentence opening on someone told by age and calling alone: "The 22-year-old Hungarian, seeded 11th,…". */
const DESCRIBED_OPENING = /^The\s\d{1,3}-year-old\s\p{Ll}/u;

/** How many characters lie between an age and the nearest of the places a word is written. */
function gapTo(written: readonly RegExpExecArray[], age: AnswerPhrase): number {
	return Math.min(
		Number.MAX_SAFE_INTEGER,
		...written.map((m) => (m.index >= age.end ? m.index - age.end : Math.max(0, age.start - m.index - m[0].length))),
	);
}

/** Where a word stands in the sentence, as a whole word. */
function wordsAt(sentence: string, word: string): RegExpExecArray[] {
	return [...sentence.matchAll(new RegExp(`(?<!\\p{L})${escapeRegExp(word)}(?!\\p{L})`, 'giu'))];
}

/** "How old is the bank's current CEO?": the words after the article, the owner's possessive kept as a word. */
function askedRoleThing(question: string): string[] {
	const words = (HOW_OLD_IS.exec(question)?.[1] ?? '').split(/\s+/).filter(Boolean);
	return words.length > 1 && NOT_NAME.test(words[0] ?? '') ? words.slice(1) : [];
}
