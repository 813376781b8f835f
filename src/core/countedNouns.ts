import { NATIONALITY } from './mentionPatterns.ts';
import { synonymStems } from './synonymStems.ts';
import { contentStems, STOPWORDS, stem } from './tokenize.ts';
import { COUNT_ACTIONS, IRREGULAR_FORMS, IRREGULAR_PLURALS, SPELLINGS } from './vocabulary.ts';

/** Words of the noun phrase after "how many" that are looked at: "council members" in "how many council members voted". */
const COUNTED_WORDS = 3;

/**
 * The stems of the noun phrase after "how many" ("council members"), spelling-normalised and typo-corrected: its
 * first word, and a plural after it ("members", not "caught" in "how many children caught"), up to a function word
 * or an action; none when it begins with an action word or "people". A count fits when it counts any of them.
 */
export function countedNouns(
	question: string,
	known: { has(stem: string): boolean },
	correct: (word: string) => string | undefined,
): string[] {
	// "How many of the injured were teachers?", "how many passengers were children?" count the part asked.
	const among = (SUBSET.exec(question) ?? SUBSET_BARE.exec(question))?.[1];
	if (among && PLURAL_NOUN.test(among)) {
		const subset = nounsIn(among, known, correct);
		if (subset.length > 0) return subset;
	}
	const words = /\bhow (?:many|much)\s+(?:of\s+the\s+)?((?:\p{L}[\p{L}\p{N}-]*\s*){1,3})/iu.exec(question)?.[1];
	return nounsIn(words ?? '', known, correct);
}

/** A past form standing as the verb after "how many": irregular ("went") or in -ed before no noun ("attended the"). */
function pastVerb(word: string, next: string | undefined): boolean {
	const past =
		(Object.hasOwn(IRREGULAR_FORMS, word) && !IRREGULAR_PLURALS.has(word)) || /^\p{Ll}{2,}[^e]ed$/u.test(word);
	// "how many stolen cars": a participle describing the noun after it.
	return past && (next === undefined || next === '' || STOPWORDS.has(next));
}

/** Whether the question counts a part of a group: "how many of the injured were teachers". */
export function asksPart(question: string): boolean {
	return PLURAL_NOUN.test((SUBSET.exec(question) ?? SUBSET_BARE.exec(question))?.[1] ?? '');
}

/**
 * "how many of the dead skiers were Belgian": the kind of the part counted, a people's word after "were" (not a plural
 * noun, which asksPart reads), in lowercase; undefined when the question asks no such part.
 */
export function askedPartKind(question: string): string | undefined {
	const word = SUBSET.exec(question)?.[1]?.trim().split(/\s+/)[0] ?? '';
	const capitalised = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
	return word && !asksPart(question) && NATIONALITY.test(capitalised) ? word.toLowerCase() : undefined;
}

/** A plural noun among the words after "were": "teachers", "women" (not "broken or disconnected"). */
const PLURAL_NOUN = /^(?:\p{L}+\s+){0,2}?(?:\p{L}+[^s\s]s|men|women|children)\b/iu;

/** "how many of the injured were teachers", "how many of them are foreign nationals": the words of the part counted. */
const SUBSET =
	/\bhow many of (?:the|them|those|these|their)\b.*?\b(?:were|are|was|is|have been|had been)\s+((?:[\p{L}-]+\s*){1,3})/iu;
/** "how many passengers were children": a plural noun, and only that, after "were" or "are". */
const SUBSET_BARE =
	/\bhow many\s+[\p{L}-]+\s+(?:were|are)\s+((?:[\p{L}-]+\s+)?(?:\p{L}+[^s\s]s|men|women|children))\s*[?!.]*\s*$/iu;

/** The nouns of a counted phrase, first word and plurals after it, as stems (spelling corrected). */
function nounsIn(
	words: string,
	known: { has(stem: string): boolean },
	correct: (word: string) => string | undefined,
): string[] {
	const stems: string[] = [];
	const all = words.toLowerCase().split(/\s+/);
	for (const [at, raw] of all.slice(0, COUNTED_WORDS).entries()) {
		const word = SPELLINGS[raw] ?? raw;
		// "how many injured", "how many rescued": the action counted; "how many rescuers", "detainees": people by it.
		const action =
			COUNT_ACTIONS.some(([p]) => p.test(word)) && !PEOPLE_BY_TRADE.has(stem(word)) && !PERSON_NOUNS.has(stem(word));
		if (!word || STOPWORDS.has(word) || action) break;
		// "how many went to hospital", "how many attended": a verb, no noun ("how many registered voters" keeps hers).
		if (at === 0 && pastVerb(word, all[1])) break;
		if (/^(people|times)$/.test(word)) break;
		// "how much extra could taxpayers pay", "how many additional staff": a word of more, no noun.
		if (stems.length === 0 && MORE_WORDS.has(word)) continue;
		// "how much warmer was the sea", "how much goes to the programme": a comparison or a verb, no noun asked.
		if ((stems.length === 0 && COMPARATIVES.has(word)) || VERBS_AFTER.has(word)) break;
		// "how much money": the word only says a sum is asked (see asksSum), not what is counted.
		if (word === 'money' && stems.length === 0) break;
		// "how many investors bought shares": a verb after the noun counted ends it; what was bought is not counted.
		if (stems.length > 0 && pastVerb(word, undefined)) break;
		if (stems.length > 0 && !/[^s]s$/.test(word)) continue;
		const stemmed = stem(word);
		const fixed = known.has(stemmed) ? undefined : correct(word);
		stems.push(fixed ? stem(fixed) : stemmed);
	}
	return stems;
}

/** Words of more before what is counted: "how many extra staff", "how much additional funding". */
const MORE_WORDS = new Set(['extra', 'additional', 'more', 'further']);
/** Comparatives after "how much": "how much warmer", "how much cheaper". */
const COMPARATIVES = new Set(
	'warmer colder cooler hotter higher lower bigger smaller cheaper dearer longer shorter faster slower heavier lighter older younger stronger weaker deeper taller wider greater later earlier larger richer poorer safer riskier'.split(
		' ',
	),
);
/** Verbs right after "how much": "how much goes to…", "how much came from…". */
const VERBS_AFTER = new Set(['goes', 'go', 'went', 'gets', 'got', 'comes', 'came', 'remains']);

/**
 * Whether the words of a count name what is asked (stems, synonyms, compounds ending in it): any word of the one
 * with any of the other, except a word that only describes what is asked naming what is counted ("how many farm
 * workers" is not answered by "two farms"), or describing the people asked where things are counted ("36 bin fires").
 */
export function namesCounted(families: readonly (readonly string[])[], counted: readonly string[]): boolean {
	const head = families.length - 1;
	// "how many bin workers" is not answered by "36 bin fires": people asked, things counted ("cancer sufferers" may
	// be people: a doer's ending).
	const last = counted.slice(-1);
	const sameSort =
		!mayBePeople(families[head] ?? []) || mayBePeople(last) || /(?:er|or|ist|ant|ent|ian)$/.test(last[0] ?? '');
	return families.some((family, a) =>
		family.some((n) =>
			counted.some((c, k) => (c === n || endsIn(c, n)) && (a === head || (k < counted.length - 1 && sameSort))),
		),
	);
}

/** Counts of anyone: "people", "persons". */
const PEOPLE = new Set(['people', 'persons', 'person'].map(stem));

/** Nouns for people by what they do or are (stems): a count of "people" counts them. */
export const PERSON_NOUNS = new Set(
	'passengers riders commuters visitors tourists workers employees staff fans spectators voters students pupils patients residents citizens members users customers attendees participants migrants refugees protesters demonstrators civilians travellers travelers guests subscribers viewers listeners readers shoppers applicants volunteers jobs poachers hunters smugglers thieves burglars robbers looters offenders suspects criminals prisoners inmates detainees hostages pensioners tenants homeowners motorists cyclists pedestrians'
		.split(' ')
		.map(stem),
);

/**
 * More nouns for people in the plural, by trade or office ("Rescuers", "Officials"), that a count of "people" does not
 * stand for ("17 people killed" counts no officials): with PERSON_NOUNS, the plurals that open a story as no name.
 */
export const PEOPLE_BY_TRADE = new Set(
	'rescuers protestors firefighters researchers investigators farmers lawmakers engineers hikers climbers divers fishermen officers soldiers drivers teachers doctors nurses prosecutors regulators organisers organizers astronomers villagers campaigners rebels troops forecasters investors traders miners builders developers owners players buyers bankers gunmen hackers attackers rioters survivors victims paramedics medics lifeguards coastguards locals parents supporters opponents critics observers monitors inspectors auditors judges jurors mourners pilgrims scientists officials experts analysts economists archaeologists authorities'
		.split(' ')
		.map(stem),
);

/**
 * Whether a count of "people" counts the people asked for by what they do or are: "how many riders" is answered by
 * "45,000 people a day", "how many jobs" by "will employ about 800 people" (not a part of a group: "how many of the
 * dead were students" is not "19 people").
 */
export function countsPeopleAsked(families: readonly (readonly string[])[], counted: readonly string[]): boolean {
	return PEOPLE.has(counted[0] ?? '') && (families.at(-1)?.some((n) => PERSON_NOUNS.has(n)) ?? false);
}

/** "How many people…": anyone is counted, by whatever noun a count gives them. */
const ASKS_PEOPLE = /\bhow many (?:people|persons|ppl)\b/iu;
const TIMES = new Set('second minute hour day night week month year decade century season'.split(' ').map(stem));
/** Nouns of a count that may stand for people besides PERSON_NOUNS: stand-ins, kin, trades, what each person gives or holds. */
const PEOPLE_LIKE = new Set(
	'other others dead injured wounded killed missing victim survivor adult man men woman women child children kid boy girl baby infant teenager family household person individual crew soldier troop officer police firefighter doctor nurse teacher farmer worker miner driver pilot sailor fisherman player athlete runner rider musher skier climber hiker diver swimmer signature vote ballot application entry submission objection representation complaint response claim ticket seat job post position role hire recruit employee staffer'
		.split(' ')
		.map(stem),
);

/**
 * Whether a count answers "how many people…" with things ("more than 58,000 samples", "4,500 homes", "two public
 * boat ramps"): a plural noun that is no word for people.
 */
export function countsThingsForPeople(question: string, counted: readonly string[]): boolean {
	const head = counted.at(-1);
	if (!head || !ASKS_PEOPLE.test(question)) return false;
	// "63 votes ahead" for "how many people live in Marlow": votes count the people who voted, no one else.
	const given = GIVEN.get(head);
	if (given && !contentStems(question).some((s) => given.includes(s))) return true;
	// "five years ago": a length of time counts nothing, people or things.
	// "412 investors" for "how many ppl bought shares": people by trade are people, though "people" counts no trade.
	return !counted.some(
		(c) =>
			PEOPLE.has(c) ||
			PERSON_NOUNS.has(c) ||
			PEOPLE_LIKE.has(c) ||
			(PEOPLE_BY_TRADE.has(c) && !THINGS_STEMMED_ALIKE.has(c)) ||
			TIMES.has(c),
	);
}

/** Stems of people by trade that things share: "villagers" and "villages" stem alike, as "officers" and "offices" do. */
const THINGS_STEMMED_ALIKE = new Set(['villages', 'developments', 'offices', 'organs'].map(stem));

/**
 * What each person gives, which counts people only for the deed of giving it: "2,000 signatures" for "how many people
 * signed", not for "how many people live there".
 */
const GIVEN = new Map(
	[
		['signature', 'sign signed signing signature petition'],
		['vote', 'vote voted voting ballot elect elected poll turnout'],
		['ballot', 'vote voted voting ballot cast'],
		['application', 'apply applied application'],
		['entry', 'enter entered entry'],
		['submission', 'submit submitted submission'],
		['objection', 'object objected objection oppose opposed'],
		['complaint', 'complain complained complaint'],
		['response', 'respond responded response answer answered'],
	].map(([noun = '', deeds = '']) => [stem(noun), contentStems(deeds)]),
);

/** Whether a count's nouns (stems) may be people: "people", "passengers", "children"; not "vehicles" nor "homes". */
export function mayBePeople(counted: readonly string[]): boolean {
	return counted.some((c) => PEOPLE.has(c) || PERSON_NOUNS.has(c) || PEOPLE_LIKE.has(c));
}

/** Each noun asked with its synonyms, made once per question for namesCounted. */
export function nounFamilies(asked: readonly string[]): string[][] {
	return asked.map((word) => [word, ...synonymStems(word)]);
}

/** Whether a compound word ends in a word of stem `noun`: "schoolchildren" in "children" (stem "child"). */
function endsIn(word: string, noun: string): boolean {
	if (word.length < noun.length + 2 || !word.includes(noun.slice(0, 3))) return false;
	for (let at = 2; at <= word.length - MIN_COMPOUND_PART; at++) if (stem(word.slice(at)) === noun) return true;
	return false;
}

/** The fewest letters the last part of a compound has: "children" in "schoolchildren", not "ren". */
const MIN_COMPOUND_PART = 4;
