import { plain } from './anothersAge.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { IRREGULAR_FORMS } from './vocabulary.ts';

/** Lowercase nouns of office or trade that stand before a name as its title: "union president Karin Olsen". */
const TITLE_NOUNS =
	'\\p{Ll}{4,}ician|\\p{Ll}{3,}ologist|investigator|trustee|clerk|detective|sergeant|constable|lieutenant|coroner|magistrate|bailiff|chaplain|forecaster|commentator|landlord|defender|midfielder|president|chairman|chairwoman|chair|minister|secretary|chief|spokesman|spokeswoman|spokesperson|director|leader|head|governor|mayor|commander|general|ambassador|envoy|official|executive|founder|editor|professor|coach|captain|manager|lawyer|analyst|economist|scientist|researcher|negotiator|adviser|advisor|inspector|prosecutor|judge|senator|lawmaker|chancellor|premier|officer|boss|owner|correspondent|historian|expert|activist|singer|actor|actress|writer|author|player|striker|goalkeeper|architect|engineer|composer|president-elect|representative|administrator|mediator|treasurer|commissioner|superintendent|farmer|teacher|nurse|doctor|surgeon|pilot|driver|electrician|mechanic|fisherman|miner|soldier|student|volunteer|postman|postwoman|shepherd|baker|builder|plumber|carpenter|firefighter|paramedic|chef|photographer|journalist|reporter|artist|musician|banker|trader|accountant|mechanic|electrician|pensioner|shopkeeper|midwife|vet|priest|lecturer|curator|restorer|demographer|physicist|biologist|geologist|palaeontologist|ornithologist|developer|investor|entrepreneur|businessman|businesswoman|designer|consultant|librarian|scholar|novelist|poet|painter|sculptor|cyclist|athlete|runner|swimmer|footballer|boxer|jockey|climber|pharmacist|dentist|psychologist|psychiatrist|chemist|astronomer|glaciologist|archaeologist|botanist|zoologist|ecologist|meteorologist|epidemiologist|virologist|agronomist|keeper|zookeeper|conductor|warden|ranger|caretaker|organiser|organizer|coordinator|presenter|principal|headteacher|headmaster|headmistress|dean|rector|vicar|referee|umpire|trainer|skipper|supervisor|foreman|auditor|surveyor|diplomat|politician|councillor|councilor|campaigner|chairperson|strategist|spokeswoman|(?:[Bb]oard|[Cc]ouncil|[Cc]ommittee|[Ss]taff|[Cc]abinet|[Cc]rew|[Pp]arty)\\s+member|(?!(?:(?:ex|as|in|re|con|per|sub|co)?sist|twist|wrist|list|checklist|playlist|blacklist|shortlist|waitlist|enlist)\\b)\\p{Ll}{3,}ist';
/** Nouns besides titles that describe a person: "her conservative rival, Tomas Hegel". */
const RELATION_NOUNS =
	'rival|candidate|opponent|challenger|incumbent|wife|husband|son|daughter|mother|father|brother|sister|friend|colleague|successor|predecessor|partner|widow|nephew|niece|cousin|aide|ally|deputy|man|woman|boy|girl|heir|heiress|collector|bidder|buyer|seller|dealer|auctioneer|victim|survivor|resident|native|veteran';
const PERSON_NOUN = new RegExp(`^(?:${TITLE_NOUNS}|${RELATION_NOUNS})$`, 'u');

/** Whether a description ends in a noun for a person ("the union's president", "her rival"). */
export function describesPerson(description: string): boolean {
	const noun = description.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
	return PERSON_NOUN.test(noun) || (TRADE_IN_IST.test(noun) && !NOT_TRADES.test(noun));
}

/** A trade or calling in "-ist": "projectionist", "pianist", "activist". */
const TRADE_IN_IST = /^\p{Ll}{3,}ists?$/u;
/** Words in "-ist" that name no one. */
const NOT_TRADES =
	/^(?:(?:ex|as|in|re|con|per|sub|co)?sists?|twists?|wrists?|lists?|checklists?|playlists?|blacklists?|shortlists?|waitlists?|mists?|fists?|gists?|schists?|amethysts?)$/u;

/** Lowercase words that may stand inside a title before its noun: "former prime minister", "fire chief". */
const TITLE_MODIFIERS =
	'former|deputy|acting|interim|prime|vice|chief|executive|senior|foreign|defence|defense|finance|interior|health|fire|police|union|party|opposition|state|city|regional|national|general|local|veteran|longtime|top|assistant|associate|managing|press|team|club|company|army|navy|air|retired|lead|head|sheep|dairy|marine';
/** Lowercase words that end a title's run of modifiers: "said", "the", "against" stand before a title, not in it. */
const NOT_MODIFIERS = [
	'said|says|told|added|asked|according|and|or|but|nor|of|to|in|on|at|for|with|by|from|as|into|onto|upon|against|about|over|under|between|among|without|within|via|per|the|a|an|its|his|her|their|our|your|my|this|that|these|those|which|who|whom|whose|when|while|after|before|than|then|also|not|is|was|are|were|be|been|has|had|have|will|would|could|should|may|might|can|did|does|do|say|so|if|because|how|what|where|why',
	// Past forms ("Blinken met foreign minister…", "voters chose mayor…") are verbs before a title, not in it.
	...Object.keys(IRREGULAR_FORMS),
].join('|');
/**
 * A lowercase word inside a title that no list knows ("museum" director, "technology" officer): no word above, past
 * form, adverb, gerund or word in -s (a verb as often as not: "the club names coach…").
 */
const ANY_MODIFIER = `(?!(?:${NOT_MODIFIERS})\\s)\\p{Ll}[\\p{Ll}-]*(?<!ed|ly|ing|s)\\s+`;
/**
 * The first such word may end in -s ("operations director"), unless right after a modifier of the list ("the club
 * names coach…") or a capitalised plural ("Critics accuse…").
 */
const FIRST_MODIFIER = `(?<!\\p{Lu}\\p{Ll}+s\\s)(?:(?<!\\b(?:${TITLE_MODIFIERS})\\s)(?!(?:${NOT_MODIFIERS})\\s)\\p{Ll}[\\p{Ll}-]*(?<!ed|ly|ing)\\s+|${ANY_MODIFIER})`;
/** Any noun right after an age and before a name is what the person is: "22-year-old deckhand Kieran Moss". */
const AGED_NOUN = '(?<=\\d-year-old\\s)\\p{Ll}{3,}';
/** What the office is of or for, between its noun and the name: "Cabinet member for housing", "Head of library services". */
const OFFICE_OF = `(?:\\s+(?:for|of)(?:\\s+(?!(?:${NOT_MODIFIERS})\\s)\\p{Ll}[\\p{Ll}-]*){1,3})`;
/** A window that may hold such an office: the patterns with it are tried only there, so most names cost no more. */
const MAY_HOLD_OFFICE = /\s(?:for|of)\s+\p{Ll}[\p{Ll}\s-]*$/u;
/** The title before a name: capitalised words, TITLE_MODIFIERS, then (in full) other lowercase words, and its noun. */
function titlePattern(free: string, office = ''): RegExp {
	return new RegExp(
		`(?:^|(?<=[\\s(“"]))((?:(?!(?:The|A|An|Yesterday|Today|Tonight|Earlier|Later|Meanwhile|Now|Then|Also|But|And|However)\\s)\\p{Lu}[\\p{L}’'.&-]*\\s+){0,4}(?:(?:${TITLE_MODIFIERS})\\s+){0,2}${free}(?:co-|vice-|ex-)?(?:${TITLE_NOUNS}|${AGED_NOUN})${office})\\s+((?:\\p{Lu}[\\p{L}’'.-]*\\s+){0,3})$`,
		'u',
	);
}
/** The title a person's role is read from, matched against the words of a question ("deputy minister"). */
const TITLE = titlePattern('');
/**
 * A title with what its office is of or for, where it opens a sentence or clause ("Cabinet member for housing
 * Oluwaseun Pratt said"); not inside one, where the name is often the body's ("now manager of second-tier Dunmere City").
 */
const OFFICE_TITLE = titlePattern('', OFFICE_OF);
/**
 * The title as written in full, to show who someone is ("Chief technology officer Riaan du Plessis"), a gerund right
 * before its noun included ("Chief operating officer").
 */
const FULL_FREE = `(?:${FIRST_MODIFIER}(?:${ANY_MODIFIER})?)?(?:\\p{Ll}{3,}ing\\s+)?`;
const FULL_TITLE = titlePattern(FULL_FREE);
/** The same, with what the office is of or for ("Head of library services Rosalind Okafor-Pryce"). */
const FULL_OFFICE_TITLE = titlePattern(FULL_FREE, OFFICE_OF);
/**
 * Where a title written in full may begin: the sentence's start, a mark, a verb of saying, a preposition of agency
 * or a determiner ("said museum director…", "by fire service spokesman…"); not after a verb ("will question…").
 */
const TITLE_BOUNDARY =
	/(?:^|[,(“"—–:;]\s*|\s-\s+|\b(?:said|says|told|added|according\s+to|by|with|and|the|a|an|its|his|her|their|our)\s+|\d+-year-old\s+|['’]s\s+)$/iu;

/** The body after a titled name: " of Castlegate Securities", " of the Nordic Institute". */
const OF_BODY = /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}&'’.-]*)*/u;

/** A sentence opening on a title noun, capitalised as its first word: "Analyst …", "Chief statistician …". */
const OPENING_TITLE = new RegExp(`^(?=\\p{Lu})(?:${TITLE_MODIFIERS}|${TITLE_NOUNS})\\s`, 'iu');

/**
 * The title a sentence writes in front of a name, with the name: "Union president Karin Olsen" for "Karin Olsen" or
 * "Olsen" in "Union president Karin Olsen rejected the offer." (titles with a capital, "President Trump", are read
 * as part of the name when facts are extracted); none when no lowercase noun of office stands right before it. In
 * `full`, any lowercase words of the title ("museum director"), else only those of TITLE_MODIFIERS, which roles are
 * matched by.
 *
 * @example
 * findTitle('Olsen', 'Union president Karin Olsen rejected it.')?.text; // 'Union president Karin Olsen'
 */
export function findTitle(name: string, sentence: string, full = false): AnswerPhrase | undefined {
	// "who is elise moreau" asks of "Élise Moreau": letters are compared without their accents.
	const at = plain(sentence).toLowerCase().indexOf(plain(name).toLowerCase());
	if (at < 0 || !/^\p{Lu}/u.test(sentence.slice(at))) return undefined;
	// "Analyst Priya Menon said…": a title noun opening the sentence is capitalised as its first word, no name.
	const from = Math.max(0, at - 120);
	const opening = from === 0 ? OPENING_TITLE.exec(sentence) : null;
	const read = opening ? `${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}` : sentence;
	const window = read.slice(from, at);
	const officeHeld = MAY_HOLD_OFFICE.test(window);
	const long = full ? ((officeHeld ? FULL_OFFICE_TITLE.exec(window) : null) ?? FULL_TITLE.exec(window)) : null;
	const longStart = long?.[1] ? at - long[0].length + long[0].indexOf(long[1]) : -1;
	const office = officeHeld ? OFFICE_TITLE.exec(window) : null;
	const officeStart = office?.[1] ? at - office[0].length + office[0].indexOf(office[1]) : -1;
	const match =
		long?.[1] && TITLE_BOUNDARY.test(sentence.slice(0, longStart))
			? long
			: office?.[1] && TITLE_BOUNDARY.test(sentence.slice(0, officeStart))
				? office
				: TITLE.exec(window);
	if (!match?.[1]) return undefined;
	const start = at - match[0].length + match[0].indexOf(match[1]);
	const end = at + name.length;
	return { text: sentence.slice(start, end), start, end, typed: true };
}

/** A titled name with the body after it ("Analyst Priya Menon of Castlegate Securities"), where the sentence gives one. */
export function withBody(sentence: string, titled: AnswerPhrase): AnswerPhrase {
	const end = titled.end + (OF_BODY.exec(sentence.slice(titled.end))?.[0].length ?? 0);
	return { text: sentence.slice(titled.start, end), start: titled.start, end, typed: true };
}
