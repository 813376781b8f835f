import { findAppositive } from './findAppositive.ts';
import type { TermLookup } from './TermLookup.ts';
import { contentStems, stem } from './tokenize.ts';
import { escapeRegExp } from './writesWord.ts';

/**
 * "Who runs Velocita?", "who heads the dairy", "who is the boss of the club", "whos the ceo of harlow valley": a
 * question for whoever leads a body,
 * with the word that asks it.
 */
const ASKS_LEADER =
	/^\s*who\s*(?:(?:is|was|['’]s)\s+(?:(?:currently|now)\s+)?(?:running|heading|leading|in\s+charge\s+(?:of|at))|runs|heads|headed|leads)\b|^\s*who\s*(?:is|was|['’]?s)\s+(?:the\s+)?(?:head|boss|leader|ceo|chief\s+executive|managing\s+director|md)\s+(?:of|at)\b/iu;
/** "Who is the Nordvik boss?", "who's the club's leader": the body named before the word that asks for its leader. */
const ASKS_LEADER_AFTER =
	/^\s*who\s*(?:is|was|['’]s)\s+(?:the\s+)?(?!(?:race|overall|points|stage|league|championship|tour|poll|group|table|world|team|party|opposition)\s+leader\b)((?:(?!the\b)[\p{L}\d'’&.-]+\s+){0,3}(?!the\b)[\p{L}\d&.-]+?)(?:['’]s?)?\s+(boss|head|leader)\s*[?!.]*\s*$/iu;
/** Words before the body that say which holder, not which body: "the new Northwind boss", "its current head". */
const HOLDER_WORDS = /\b(?:new|current|interim|acting|incoming|outgoing|former|previous|then|present|latest)\b/giu;

/** The word a question asks a body's leader with ("runs", "boss") and the words that name the body. */
function askedLeader(question: string): { word: string; body: string } | undefined {
	const found = ASKS_LEADER.exec(question);
	if (found) {
		const word =
			/(running|heading|leading|charge|runs|heads|headed|leads|head|boss|leader|ceo|executive|director|md)\s*(?:of|at)?\s*$/iu.exec(
				found[0],
			)?.[1];
		const body = question.slice(found.index + found[0].length).replace(/[?!.]+\s*$/u, '');
		return word ? { word, body } : undefined;
	}
	const after = ASKS_LEADER_AFTER.exec(question);
	const body = after?.[1]?.replace(HOLDER_WORDS, ' ').trim();
	return body && after?.[2] ? { word: after[2], body } : undefined;
}

/** The words of the roles that lead a body: "Chief Executive Ilse Brouwer", "the dairy's managing director". */
const LEADER_ROLE_WORDS = 'chief executive ceo president chairman chairwoman chair director head boss leader'.split(
	' ',
);
const LEADER_ROLE_STEMS = LEADER_ROLE_WORDS.map(stem);
/** Words of any office that leads (with the roles above): a sentence without one says nothing of who leads. */
const OFFICE_STEMS = new Set(
	[
		...LEADER_ROLE_WORDS,
		...'king queen emperor empress pope bishop archbishop commander general captain chancellor governor mayor premier minister ruler rule ruled founder founded owner owns manager manages managed coach editor principal dean rector sultan caliph shah tsar monarch dictator leads led lead heads headed runs ran run oversees chairs chaired directs directed governs governed presides presided steers steered superintendent warden'.split(
			' ',
		),
	].map(stem),
);

/** Whether a sentence (its tokens) holds a word of an office that leads ("director", "king", "led"). */
export function speaksOfLeading(tokens: readonly { word: string; stem: string }[]): boolean {
	return tokens.some((t) => OFFICE_STEMS.has(t.stem) && !NO_OFFICE.test(t.word));
}

/** Words whose stem is an office's ("manag" of "manager") that name none: "the Resource Management Act". */
const NO_OFFICE = /^managements?$/i;

/**
 * The stem of the word a question asks a body's leader with ("run" in "who runs Velocita?"), and the stems of the
 * roles that answer it, which stand for that word as its synonyms do in this question only ("who ran the marathon"
 * asks for no chief executive); undefined for other questions.
 *
 * @example
 * leaderRoles('who runs velocita')?.asked; // 'run'
 */
export function leaderRoles(question: string): { asked: string; roles: readonly string[] } | undefined {
	const asked = askedLeader(question);
	// "Who is the CEO of X?" names its office, which the question's own words (and their abbreviation) look for.
	if (!asked || EXECUTIVE_ASKED.test(asked.word)) return undefined;
	return { asked: stem(asked.word.toLowerCase()), roles: LEADER_ROLE_STEMS };
}

/**
 * Whether a question for a body's leader ("who runs Velocita?") names a body that `known` (the answering paragraph
 * with its report's topic, see withReportTopic) never names: the leader found there leads another body. Not when
 * a word of the body is known there and `report` (its whole report) names the rest ("a museum" led, and "the Museum
 * Ter Leye" further down).
 *
 * @example
 * leaderElsewhere('who heads the NDMO', paragraphOfAFootballClub); // true
 */
export function leaderElsewhere(question: string, known: TermLookup, report?: TermLookup): boolean {
	const asked = askedLeader(question);
	if (!asked) return false;
	// "Who is the CEO of Hartley?" of "Chief executive Fiona Grant said the company…": read as its own words say.
	if (EXECUTIVE_ASKED.test(asked.word)) return false;
	const body = contentStems(asked.body);
	const missing = body.filter((s) => !known.has(s));
	// "Who runs Museum Ter Leye?" of a report about a museum that writes its full name further down.
	if (missing.length && report && missing.length < body.length && missing.every((s) => report.has(s))) return false;
	return missing.length > 0;
}

/**
 * Whether an answer to a question for a body's leader is (part of) the body's own name ("Kaimoana Water Services"
 * for "who's in charge at kaimoana water"): the body, not who leads it.
 *
 * @example
 * leaderIsBody("who's in charge at kaimoana water", 'Kaimoana Water Services'); // true
 */
export function leaderIsBody(question: string, answer: string): boolean {
	const asked = askedLeader(question);
	if (!asked) return false;
	const body = new Set(contentStems(asked.body));
	return contentStems(answer).some((s) => body.has(s));
}

/** A name in a sentence, where it stands. */
export interface NamedSpan {
	text: string;
	span: readonly [number, number];
}

/** "Its chief executive, Paul Henare": a role written before a name, with a comma between. */
const ROLE_COMMA_BEFORE = /(?:^|[,;:(—–-]\s*|\bsaid\s+)((?:[\p{L}’'-]+\s+){1,5}?[\p{L}’'-]+),\s*$/u;
/** Owners that stand for the body the paragraph speaks of: "its chief executive", "their director". */
const OWNER_PRONOUN = /^(?:its|their)$/i;

/**
 * For a question for a body's leader ("who runs the dairy?"), the person the sentence names with a leading role of
 * that body, in apposition or before the name ("said Claire Mouchet, the dairy's managing director", "Skerry Aero's
 * chief executive, Callum Rennie", "Its chief executive, Paul Henare"): the very fact asked. Undefined when the
 * question asks for no leader or no person is so described.
 *
 * @example
 * leaderNamed('who runs the dairy', 'said Claire Mouchet, the dairy’s managing director.', names)?.text; // 'Claire Mouchet'
 */
export function leaderNamed(
	question: string,
	sentence: string,
	people: readonly NamedSpan[],
	reportText: () => string = () => '',
): NamedSpan | undefined {
	const asked = askedLeader(question);
	if (!asked) return undefined;
	const body = contentStems(asked.body);
	if (body.length === 0) return undefined;
	const head = body[body.length - 1] ?? '';
	return people.find((person) => {
		// "The Green Union, led by 39-year-old biologist Marko Sild, …": the body's leader, told in the passive.
		const led = LED_BY_BEFORE.exec(sentence.slice(Math.max(0, person.span[0] - 60), person.span[0]));
		if (led && contentStems(sentence.slice(0, person.span[0] - led[0].length)).includes(head)) return true;
		const after = findAppositive(person.text, sentence)?.text.replace(person.text, '');
		const before = ROLE_COMMA_BEFORE.exec(sentence.slice(Math.max(0, person.span[0] - 60), person.span[0]))?.[1];
		return [after, before].some((described) => {
			const text = described?.trim().replace(/^[\s,]+/, '');
			if (!text || !leadsBody(text.toLowerCase(), head)) return false;
			// "Who is the CEO of Baltica?" asks that office: a chairman or a president leads too, but holds another.
			if (EXECUTIVE_ASKED.test(asked.word) && !EXECUTIVE_ROLE.test(text)) return false;
			// "its chief executive" stands for the body the sentence has not named another before it ("Rival Fonterra…, and its").
			if (OWNER_PRONOUN.test(text.split(/\s+/)[0] ?? ''))
				return !/\s\p{Lu}/u.test(sentence.slice(0, Math.max(0, sentence.indexOf(text))));
			// "the bank's chief executive" in a report on Harlow Valley Bank: the body asked by its name, told by its kind (a
			// report that never names it is left out before, see leaderElsewhere); "the bakery's" leads no "dairy" asked.
			const kind = GENERIC_OWNER.exec(text)?.[1];
			if (kind && !/^\s*(?:the|a|an|its|their)\s/iu.test(asked.body) && namesBodyOfKind(asked.body, kind, reportText()))
				return true;
			// "Vellum's chief executive" leads "Vellum Minerals": the body by a word of its own name.
			const owner = NAMED_OWNER.exec(text)?.[1];
			if (owner && body.includes(stem(owner.toLowerCase()))) return true;
			// "the director of the fair" leads "the book fair": the body's head noun is enough.
			return contentStems(text).includes(head);
		});
	});
}

/** The words that ask for a body's chief executive, whose office its other leaders do not hold. */
const EXECUTIVE_ASKED = /^(?:ceo|executive|director|md)$/iu;
const EXECUTIVE_ROLE = /\b(?:chief executive|ceo|managing director)\b/iu;

/** A body told by its kind as the owner of an office: "the bank's ", "the company’s ". */
const GENERIC_OWNER = /^the\s+(\p{Ll}+)['’]s\s/u;

/**
 * Whether the report names the body asked with its kind after or before it: "Harlow Valley Bank" for "harlow valley"
 * and "bank", "Patient group Morrell's Action" for "morrell's action" and "group".
 */
function namesBodyOfKind(body: string, kind: string, report: string): boolean {
	const words = body.trim().split(/\s+/u).map(escapeRegExp).join('\\s+');
	const of = escapeRegExp(kind);
	return (
		words !== '' &&
		new RegExp(`(?<!\\p{L})(?:${words}\\s+${of}|${of}\\s+${words})(?!\\p{L})`, 'iu').test(report.replace(/’/gu, "'"))
	);
}
/** A body named as the owner of an office: "Vellum's ". */
const NAMED_OWNER = /^(\p{Lu}[\p{L}-]*)['’]s\s/u;

/** "led by 39-year-old biologist " right before a name: the deed of leading, its doer next. */
const LED_BY_BEFORE = /\b(?:led|headed|chaired|run)\s+by\s+(?:[\p{Ll}\d-]+\s+){0,4}$/u;

/** Offices that lead a whole body, whatever their owner is called. */
const TOP_ROLE =
	/\b(?:chief executive|ceo|president|chairman|chairwoman|chairperson|managing director|director[-\s]general|general manager|boss|leader)\b/;
/** A second in command or a past holder: "deputy chief executive", "former managing director". */
const NOT_THE_LEADER = /\b(?:deputy|vice|former|ex|assistant)[\s-]/;

/**
 * Whether a description (lowercase) gives the leader of a body whose head noun's stem is `head`: a top office, or a
 * director or head of the body itself ("the dairy's director", "head of the dairy"), not a deputy, a past holder or a
 * director of a department ("communications director", "head of marketing").
 */
function leadsBody(description: string, head: string): boolean {
	if (NOT_THE_LEADER.test(description)) return false;
	if (TOP_ROLE.test(description)) return true;
	if (/(?:['’]s|\bthe|\bits|\btheir)\s+director\b|\bdirector\s+of\b/.test(description)) return true;
	const of = /\bhead\s+of\s+(?:the\s+)?([\p{L}-]+)/u.exec(description)?.[1];
	return of !== undefined && contentStems(of).includes(head);
}
