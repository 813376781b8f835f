import { asksWhichPerson } from './asksWhichPerson.ts';
import { findAppositive } from './findAppositive.ts';
import { describesPerson, findTitle } from './findTitle.ts';
import { NATIONALITY } from './mentionPatterns.ts';
import { hasRole, roleStated } from './personByRole.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { abbreviationStems, synonymStems } from './synonymStems.ts';
import { contentStems, STOPWORDS, stem } from './tokenize.ts';
import type { Fact } from './types.ts';
import { ABBREVIATIONS, ROLE_WORDS } from './vocabulary.ts';
import { writesWordStarting } from './writesWord.ts';

/** "Who is the chairman of…", "who was the new head at…": the role noun a "who" question asks the holder of. */
const WHO_ROLE =
	/^\s*who\s*(?:is|was|are|were|['’]s|will\s+be|has\s+been|is\s+going\s+to\s+be|will\s+become|would\s+be)\s+(?:the|a|an|its|their|his|her)\s+((?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)\s+(?:of|at|for|in)\s+([^?!.]+)/iu;
/** "Who is Portugal's finance minister?": an owner's role, the owner one name ("the country's" names none). */
const WHO_OWNED_ROLE =
	/^\s*who\s*(?:is|was|are|were|['’]s|will\s+be|has\s+been|is\s+going\s+to\s+be|will\s+become|would\s+be)\s+(\p{L}[\p{L}-]*)(?:['’]s|s['’])\s+((?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)[\s?!.]*$/iu;

/**
 * Whether a question asks for the person who holds a role ("Who is the chairman of Baltica Airlines?"), so that an
 * organisation or a place cannot answer it.
 *
 * @example
 * asksPersonRole('Who is the chief executive of Solvang Pharma?'); // true
 * asksPersonRole('Who bought the company?'); // false
 */
export function asksPersonRole(question: string): boolean {
	return askedRole(question) !== undefined || WHO_HEADS.test(question) || asksWhichPerson(question);
}

/** "who is the FEMA administrator", "who is brightloops chief financial officer": a role asked without "of". */
const WHO_ROLE_ALONE =
	/^\s*who\s*(?:is|was|are|were|['’]s|will\s+be|has\s+been|is\s+going\s+to\s+be|will\s+become|would\s+be)\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}'’.-]+\s+){0,3}?[\p{L}-]+)(?:\s+(?:in|at|for|appointed|named|chosen|hired|elected|who|that|\p{Ll}{3,}ing)\b[^?!.]*)?[\s?!.]*$/iu;
/** "who was the first democratically elected president": the whole phrase after the article, a role if it ends in one. */
const WHO_ROLE_WHOLE =
	/^\s*who\s*(?:is|was|are|were|['’]s|will\s+be|has\s+been|is\s+going\s+to\s+be|will\s+become|would\s+be)\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}'’.-]+\s+){1,4}[\p{L}-]+)[\s?!.]*$/iu;
/** An owner before a role: an acronym, a possessive, or a name and two words of role ("brightloops chief financial"). */
const OWNER = /^(?:\p{Lu}{2,}\s|\S+['’]s\s|\S+\s+\S+\s+\S+)/u;
/**
 * "who was the judge who rejected…", "who was the pm that got forced out", "who is the mediator appointed by the
 * government", "who is the judge handling the appeal": a role, then which one.
 */
const RELATIVE_AFTER =
	/^\s*who\s*(?:is|was|are|were|['’]s)\s+the\s+[\p{L}-]+\s+(?:who|that|appointed|named|chosen|hired|elected|\p{Ll}{3,}ing)\s/iu;
/** "Who heads the NDMO?": a verb of holding an office. */
const WHO_HEADS =
	/^\s*who\s+(?:(?:is|was)\s+(?:heading|chairing|running|managing)|heads|headed|chairs|chaired|runs|manages|managed|leads)\b/i;

/** The words of the role a "who" question asks the holder of ("chief financial officer"), if it asks one. */
function askedRole(question: string): string | undefined {
	// "the first democratically elected President": "elected" starts no clause when a role ends the question.
	const whole = WHO_ROLE_WHOLE.exec(question)?.[1];
	const alone = whole && isPersonRole(whole.split(/\s+/).pop() ?? '') ? whole : WHO_ROLE_ALONE.exec(question)?.[1];
	// Without "of", only a role with its owner before it ("the FEMA administrator", "brightloop's chief financial
	// officer") or a clause after it that says which holder ("the judge who rejected the case").
	const owned = alone && (OWNER.test(alone) || RELATIVE_AFTER.test(question)) ? alone : undefined;
	// "who is going to be chairman": the role to come, without the words that say it is to come.
	const role = (WHO_ROLE.exec(question)?.[1] ?? owned)?.replace(TO_COME, '');
	const last = role?.split(/\s+/).pop() ?? '';
	return role && isPersonRole(last) ? role : undefined;
}

/** Words before a role that say it is to come: "going to be", "set to become", "the next". */
const TO_COME =
	/^(?:(?:going|set|due|expected|about)\s+to\s+(?:be|become)\s+|(?:to\s+)?become\s+|the\s+(?:next|new)\s+)/iu;

/** A role of a person, hyphenated ones by either part ("director-general"), abbreviations by their words ("CEO"). */
function isPersonRole(role: string): boolean {
	const lower = role.toLowerCase();
	const spelled = Object.hasOwn(ABBREVIATIONS, lower) ? ABBREVIATIONS[lower] : undefined;
	return (
		describesPerson(role) ||
		role.split('-').some((part) => describesPerson(part)) ||
		(spelled !== undefined && describesPerson(spelled))
	);
}

/**
 * Whether the question asks for the holder of a role in a body or place ("Who is the prime minister of Greece?",
 * "who's portugal's finance minister")
 * that the whole report answering it never names: then it names another's holder. The body's last word is looked
 * for by its first letters, so "Ukrainian" names Ukraine and "Canadian" Canada.
 *
 * @example
 * roleHolderElsewhere('who is the prime minister of greece', 'Canada's Prime Minister Catherine Aubertin…'); // true
 */
export function roleHolderElsewhere(question: string, reportText: string | (() => string)): boolean {
	// "who's portugal's finance minister": the body as an owner before the role.
	const owned = WHO_OWNED_ROLE.exec(question);
	const found = WHO_ROLE.exec(question) ?? (owned && [owned[0], owned[2] ?? '', owned[1] ?? '']);
	if (!found?.[1] || !found[2] || !isPersonRole(found[1])) return false;
	// "of France in this story": the body ends before what places the question.
	// "of the health board": every word of the body, not only "board", which a toymaker's report may write too.
	const body = contentStems(found[2].replace(/\s+(?:in|at|on|during|according|from|now|today)\b.*$/iu, ''));
	if (body.length === 0) return false;
	const text = typeof reportText === 'string' ? reportText : reportText();
	return body.some((word) => !writesWordStarting(text, word, BODY_PREFIX));
}

/** How many first letters of a body's name are looked for in a report: "ukrai" in "Ukrainian", "canad" in "Canadian". */
const BODY_PREFIX = 5;

/** Words that make a name a club's or a town's, never a person's: "Kestrel City", "Vardholm FC", "Leeds United". */
const NOT_A_PERSON =
	/(?:^|\s)(?:FC|AFC|CF|SC|City|United|Town|County|Rovers|Wanderers|Athletic|Albion|Rangers|Hotspur|Dynamo)(?:\s|$)/u;

/**
 * Whether a "who" answer may be a person: not a word of nationality ("Danish"), not a club's or a town's name, not a name the sentence's facts make
 * an organisation or place, not the agency in a dateline's brackets ("STOCKHOLM (Reuters) —"), not the name of a
 * thing ("the drug, called Arachivex").
 */
export function personLike(
	sentence: string,
	picked: AnswerPhrase,
	kinds: ReadonlyMap<number, Fact['kind']> | undefined,
): boolean {
	if (!picked.typed || NATIONALITY.test(picked.text) || NOT_A_PERSON.test(picked.text)) return false;
	const kind = kinds?.get(picked.start);
	if (kind === 'organisation' || kind === 'place') return false;
	if (sentence[picked.start - 1] === '(' && sentence[picked.end] === ')') return false;
	// "Brennholm's long-awaited Line 4 tram": a word before a number names a thing of a series, nobody.
	if (!/\s/u.test(picked.text.trim()) && /^\s\d/u.test(sentence.slice(picked.end, picked.end + 2))) return false;
	if (afterArticle(sentence, picked)) return false;
	const thing = CALLED.exec(sentence.slice(Math.max(0, picked.start - 60), picked.start))?.[1];
	return thing === undefined || describesPerson(thing);
}

/**
 * A name written after a lowercase "the" ("a summit finish on the Colle delle Finestre", "the Elbe") is a place's or a
 * thing's; a person's only after a title ("the Duke of Sussex", "the Rev. Al Green"). One that describes a trade
 * before a name ("the Roman architect Vitruvius") is left to the name.
 */
function afterArticle(sentence: string, picked: AnswerPhrase): boolean {
	if (!/(?:^|[^\p{L}])the\s+$/u.test(sentence.slice(Math.max(0, picked.start - 5), picked.start))) return false;
	const next = /^\s+(\p{Ll}[\p{Ll}-]*)\s+\p{Lu}/u.exec(sentence.slice(picked.end))?.[1];
	if (next && !NAME_PARTICLES.has(next)) return false;
	const first = /^\p{L}+/u.exec(picked.text)?.[0] ?? '';
	return !ROLE_WORDS.has(first) && !/^Rev(?:erend)?$/.test(first);
}

/** Lowercase words inside a name: "Colle delle Finestre", "Rio de Janeiro", "Isle of Wight". */
const NAME_PARTICLES = new Set('of de da di do del della delle dei du des la le van von der den al el bin'.split(' '));

/** A thing's name given after its noun: "The drug, called Arachivex", "a gang calling itself Nightwharf". */
const CALLED = /\b(\p{Ll}+),?\s+(?:called|named|dubbed|known\s+as|calling\s+itself)\s+$/u;

/**
 * Offices one person holds at a time, which another office does not answer; "author" or "director" of a work is no
 * office ("the English critic John Ruskin" wrote it).
 */
const OFFICES = new Set(
	'chairman chairwoman chair chairperson president minister secretary manager executive ceo cfo officer head leader owner mayor governor premier chancellor coach captain spokesman spokeswoman spokesperson commissioner ambassador envoy commander chief treasurer administrator judge prosecutor sheriff king queen'.split(
		' ',
	),
);

/**
 * Whether the sentence names the answer with another role than the one a "Who is the <role> of…?" question asks
 * ("manager Duncan" for the chairman, "Canada's transport minister, Derek Mallinson" for the prime minister): some
 * word of the role asked (or of what its abbreviation stands for) is not in the role stated before the name, or in
 * the description after it.
 *
 * @example
 * holdsOtherRole('Who is the chairman of Rovers?', 'Rovers sack manager Duncan.', phraseOf('Duncan'), []); // true
 */
export function holdsOtherRole(
	question: string,
	sentence: string,
	picked: AnswerPhrase,
	people: readonly Fact[],
): boolean {
	const asked = askedRole(question);
	if (!asked) return false;
	const office = OFFICES.has(asked.split(/\s+/).pop()?.toLowerCase() ?? '');
	const person = people.find((p) => p.span[0] < picked.end && p.span[1] > picked.start);
	const named = person?.subject && hasRole(person) && roleStated(person) ? person.subject : undefined;
	const title = findTitle(picked.text, sentence)?.text.slice(0, -picked.text.length);
	const described = findAppositive(picked.text, sentence)?.text.replace(picked.text, '');
	// "the projectionist" of "electrician Martin Ibarra": a trade asked, another trade written right before the name.
	// "said Lt. Marcus Bell, a spokesman for the Colorado State Patrol": the rank before the name and the office after.
	const role = office ? [named, title, described].filter(Boolean).join(' ') || undefined : title?.trim() || undefined;
	if (!role) return false;
	// "Vice-Chancellor" holds "vice chancellor": a hyphenated role by its parts too.
	const stated = new Set([...contentStems(role), ...contentStems(role.replace(/-/g, ' '))]);
	const held = (word: string) => {
		const own = contentStems(word)[0] ?? stem(word);
		const spelled = abbreviationStems(word.toLowerCase());
		return (
			stated.has(own) ||
			synonymStems(own).some((s) => stated.has(s)) ||
			(spelled.length > 0 && spelled.every((s) => stated.has(s)))
		);
	};
	// "Who is Venkatesh's coach?" of "his coach, Ramesh Iyer": the owner written as a pronoun.
	// Not "Kramnik, who beat Venkatesh, thanked his coach": a sentence naming the owner may mean another by "his".
	// "Her manager, Thomas Reyes, said Corvel had…": the owner named only after the one asked may be "her".
	const ownerAsPronoun = (word: string) =>
		/['’]s$/.test(word) &&
		OWNER_PRONOUN.test(role) &&
		!sentence
			.slice(0, picked.start)
			.toLowerCase()
			.includes(word.toLowerCase().replace(/['’]s$/, ''));
	// "the mission's chief scientist", "the club's captain": a body the report is about owns the role, unnamed.
	const genericOwner = (word: string) => GENERIC_OWNER.test(word);
	return !asked
		.split(/\s+/)
		.every((word) => STOPWORDS.has(word.toLowerCase()) || held(word) || ownerAsPronoun(word) || genericOwner(word));
}

/** A common noun of a body as the owner of a role: "mission's", "club's", "company's". */
const GENERIC_OWNER =
	/^(?:mission|club|team|company|firm|city|country|government|party|union|school|museum|hospital|agency|project|group|league|band|festival|council|ministry|department|university|court|airline|bank|operator|trust|board|committee|organi[sz]ation|state|nation|expedition|study|survey|zoo|orchestra|station|probe|campaign)[’']s$/iu;

/** A possessive pronoun in a stated role: "his coach", "its chief executive". */
const OWNER_PRONOUN = /\b(?:his|her|its|their)\b/i;
