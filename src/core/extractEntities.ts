import { findAppositive } from './findAppositive.ts';
import type { Mention } from './findMentions.ts';
import { describesPerson, findTitle } from './findTitle.ts';
import { NATIONALITY } from './mentionPatterns.ts';
import type { Fact, SourceRef } from './types.ts';
import { ORGANISATION_WORDS, PLACE_HEADS, PLACE_NAMES, ROLE_WORDS } from './vocabulary.ts';

export interface KnownPeople {
	/** Full name by every last name seen, so a later "Zelensky" is known to be "Volodymyr Zelensky". */
	byLastName: Map<string, { name: string; role?: string }>;
	/** Every full name of a few words seen that is no place's or body's, by its last word (knowSpeakingSurnames). */
	fullNames?: Map<string, string>;
}

const PLACE_CUE =
	/\b(?:in|from|at|near|to|into|across|across from|inside|outside|including|of|off|toward|towards|above|below|beyond|along)\s+$/;
/** What follows the place of a news dateline: its region, then a dash ("MOBILE, Alabama — ", "JAKARTA — "). */
const DATELINE_AFTER = /^(?:,\s*[\p{L}.' ]{1,40}?)?\s+[—–]\s/u;
const ORGANISATION_CUE =
	/\b(?:(?:company|agency|operator|firm|group|organi[sz]ation|broadcaster|newspaper|outlet),|(?:carrier|airline|lender|insurer|carmaker|automaker|retailer|chipmaker|drugmaker|miner|manufacturer|start-?up|conglomerate|regulator|watchdog|broadcaster|club|side))\s+$/i;

/** A word for kin right before a name: "brothers Rory and Declan", "his widow, Ana". */
const KIN_BEFORE =
	/\b(?:brothers?|sisters?|twins?|siblings?|cousins?|husband|wife|widow(?:er)?|sons?|daughters?|father|mother|grand(?:son|daughter|father|mother)|uncle|aunt|nephew|niece|fianc[ée]e?|girlfriend|boyfriend)(?:,)?\s+$/i;

/** "its sister company", "its parent": kin words a body or a place has. */
const OWNED_BY_BODY = /\bits\s+\p{L}+,?\s+$/u;
/** "her husband, Google executive Tom Reid": a body's name, then a role and the person's name. */
const ROLE_AND_NAME_AFTER = /^\s+(?!(?:and|or)\s)\p{Ll}+(?:\s+\p{Ll}+)?\s+\p{Lu}/u;

/**
 * People (with their roles), places and organisations named in a sentence.
 *
 * @example
 * extractEntities(source, mentions, people);
 * // [{ kind: 'person', text: 'Volodymyr Zelensky', subject: 'Ukrainian President', … }]
 */
export function extractEntities(source: SourceRef, mentions: Mention[], people: KnownPeople): Omit<Fact, 'id'>[] {
	const sentence = source.quote;
	const facts: Omit<Fact, 'id'>[] = [];
	const add = (kind: Fact['kind'], text: string, start: number, end: number, subject?: string) =>
		facts.push({ kind, text, subject, span: [start, end], source, conflicts: [] });
	let previousPlaceEnd = -1;
	for (const mention of mentions) {
		if (mention.type !== 'name') continue;
		const continuesList =
			previousPlaceEnd >= 0 && /^,?\s*(?:and\s+)?$|^,\s*$/.test(sentence.slice(previousPlaceEnd, mention.start));
		const words = mention.text.split(/\s+/);
		const before = sentence.slice(Math.max(0, mention.start - 40), mention.start);
		// "Lumen City School of Economics": an institution's head before "of" names a body, as "Hall" alone may not.
		const organised =
			words.some((w) => ORGANISATION_WORDS.has(w.replace(/[’']s$/, ''))) ||
			words.some((w, i) => INSTITUTIONS.has(w) && words[i + 1] === 'of');
		const leading = lastRoleIndex(words, mention.start === 0);
		const found = leading < 0 ? titled(mention.text, sentence) : undefined;
		// A title written around the name ("the summit's president, Environment Minister Lucía Ferreyra") says more.
		const roleEnd = leading < 0 && (organised || found === undefined) ? roleAfterBody(words) : leading;
		const title = roleEnd < 0 ? found : undefined;
		// A body's name stays a body's ("Interior Ministry"), unless a role and a person's name follow it.
		const personAfterBody = leading < 0 && roleEnd >= 0;
		if ((organised && !personAfterBody) || ORGANISATION_CUE.test(before)) {
			add('organisation', mention.text, mention.start, mention.end);
		} else if (roleEnd >= 0 && roleEnd < words.length - 1) {
			const named = words.slice(roleEnd + 1).join(' ');
			const role = words.slice(0, roleEnd + 1).join(' ');
			// "Mayor Reid" after "Mayor Tomas Reid": the person already named in full.
			const earlier = roleEnd === words.length - 2 ? people.byLastName.get(named) : undefined;
			const name = earlier?.name ?? named;
			people.byLastName.set(words[words.length - 1] ?? name, { name, role: earlier?.role ?? role });
			// The span is the name as written here ("Osotimehin" in "Dr. Osotimehin"), the text the full one.
			add('person', name, mention.end - named.length, mention.end, role);
		} else if (title !== undefined) {
			const role = title || undefined;
			people.byLastName.set(words[words.length - 1] ?? mention.text, { name: mention.text, role });
			add('person', mention.text, mention.start, mention.end, role);
		} else if (countryPerson(words, before)) {
			// "beating Sweden's Erik Lindqvist 10-8", "Luka Zupan of Slovenia finished second", "Austrian Florian
			// Mairhofer": a country's player.
			const owned = OWNER.test(words[0] ?? '') || nationalOpener(words, before);
			const named = (owned ? words.slice(1) : words.slice(0, -2)).join(' ');
			const start = owned ? mention.end - named.length : mention.start;
			people.byLastName.set(named.split(' ').pop() ?? named, { name: named });
			add('person', named, start, start + named.length);
		} else if (
			(words.length >= 2 || (SURNAME.test(mention.text) && !people.byLastName.has(mention.text))) &&
			AGE_AFTER.test(sentence.slice(mention.end))
		) {
			// "Anna Park, 19," or "Anna Park, a 19-year-old student": a person of that age, whatever her name's last word;
			// "Desrochers, 34, was gracious in defeat": by surname alone too.
			people.byLastName.set(words[words.length - 1] ?? mention.text, { name: mention.text });
			add('person', mention.text, mention.start, mention.end);
		} else if (
			KIN_BEFORE.test(before) &&
			!OWNED_BY_BODY.test(before) &&
			!NATIONALITY.test(mention.text) &&
			!ROLE_AND_NAME_AFTER.test(sentence.slice(mention.end))
		) {
			// "founded by brothers Rory and Declan Farrelly", "her son, David": kin are people.
			if (words.length >= 2) people.byLastName.set(words[words.length - 1] ?? mention.text, { name: mention.text });
			add('person', mention.text, mention.start, mention.end);
		} else if (people.byLastName.has(mention.text)) {
			const known = people.byLastName.get(mention.text);
			add('person', known?.name ?? mention.text, mention.start, mention.end, known?.role);
		} else if (
			words.every((w) => PLACE_NAMES.has(w)) ||
			(mention.start === 0 && /^\p{Lu}{2,}/u.test(mention.text) && DATELINE_AFTER.test(sentence.slice(mention.end))) ||
			(words.length >= 2 && PLACE_HEADS.has(words[words.length - 1] ?? '')) ||
			(words.length >= 2 && PLACE_PREFIXES.has(words[0] ?? '')) ||
			continuesList ||
			(HOME_AFTER.test(sentence.slice(mention.end, mention.end + 16)) && homeName(mention.text)) ||
			(PLACE_CUE.test(before) && !NATIONALITY.test(mention.text))
		) {
			add('place', mention.text, mention.start, mention.end);
			previousPlaceEnd = mention.end;
		} else if (
			words.length >= 2 &&
			(/^\s+(?:said|says|told|added|wrote|noted)\b/.test(sentence.slice(mention.end)) ||
				(PERSON_DONE_TO_BEFORE.test(before) && NAME_ENDS.test(sentence.slice(mention.end, mention.end + 20))) ||
				PERSON_DONE_TO_AFTER.test(sentence.slice(mention.end, mention.end + 40)))
		) {
			people.byLastName.set(words[words.length - 1] ?? mention.text, { name: mention.text });
			add('person', mention.text, mention.start, mention.end);
		} else if (
			/^,\s+(?:\p{Lu}[\p{L}-]+\s*)+,?/u.test(sentence.slice(mention.end)) &&
			/\b(?:in|from|at)\s+$/.test(before)
		) {
			add('place', mention.text, mention.start, mention.end);
		}
	}
	return facts;
}

/** Deeds done to people, not places or bodies, before a name: "Police arrested (the ferry operator) Martin Oakes". */
const PERSON_DONE_TO_BEFORE =
	/\b(?:arrested|jailed|sentenced|detained|convicted|acquitted|interviewed|sacked|married|stabbed)\s+(?:(?:the|a|an|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){1,3})?$/u;
/** The same deeds told of a name: "Martin Oakes was jailed", "Ana Reyes has been sacked". */
const PERSON_DONE_TO_AFTER =
	/^\s+(?:was|is|has\s+been|had\s+been|were)\s+(?:arrested|jailed|sentenced|detained|convicted|acquitted|sacked|stabbed)\b/u;
/** A name that ends where it stands, not one naming what follows it ("Hope Cove residents", "Canary Wharf staff"). */
const NAME_ENDS =
	/^(?:\s*[,.;:)]|\s*$|\s+(?:on|in|at|for|with|and|or|after|before|who|whose|was|is|has|had|said|says|to|from|over|last|this|yesterday|today|as|by|of|but|when|while|following|outside|near)\b)/u;

/** Words that open the names of places: "Lake Geneva", "Isle of Wight", "Gulf of Mexico", "Cape Cod", "Fort Worth". */
/** "Inverness" of "the Inverness-based carrier": a place something is based in or from. */
const HOME_AFTER = /^-(?:based|born|bred|headquartered)\b/u;
/** A name that can be a place before "-based": no nationality ("Swiss"), acronym ("AI") or hyphened word in it. */
function homeName(name: string): boolean {
	return !NATIONALITY.test(name) && !/^\p{Lu}{1,4}$/u.test(name) && !/-\p{Ll}/u.test(name);
}

const PLACE_PREFIXES = new Set('Lake Loch Lough Mount Mt Isle Isles Gulf Bay Cape River Strait Fort Port'.split(' '));

/** Last words of companies' names that a country's possessive comes before too ("Japan's Toyota Motor"). */
const COMPANY_HEADS = new Set(
	'Motor Motors Electronics Energy Telecom Steel Oil Gas Power Mobile Cars Petroleum Chemical Chemicals Industries Systems Technologies Capital Partners Media Mining Resources Foods Brands'.split(
		' ',
	),
);

/** A possessive: "Sweden's". */
const OWNER = /^(\p{Lu}[\p{L}-]+)['’]s$/u;

/**
 * A country's possessive, then a person's two or three name words ("Sweden's Erik Lindqvist", "China's Zhou
 * Hanwen"), or those words, then "of" and the country ("Luka Zupan of Slovenia").
 */
function countryPerson(words: readonly string[], before = ''): boolean {
	const owner = OWNER.exec(words[0] ?? '')?.[1];
	const name = owner
		? PLACE_NAMES.has(owner) && words.slice(1)
		: nationalOpener(words, before)
			? words.slice(1)
			: words.at(-2) === 'of' && PLACE_NAMES.has(words.at(-1) ?? '') && words.slice(0, -2);
	if (!name || name.length < 2 || name.length > 3) return false;
	return name.every(
		(w) =>
			NAME_WORD.test(w) &&
			!ORGANISATION_WORDS.has(w) &&
			!PLACE_NAMES.has(w) &&
			!PLACE_HEADS.has(w) &&
			!INSTITUTIONS.has(w) &&
			!COMPANY_HEADS.has(w) &&
			!ROLE_WORDS.has(w),
	);
}

/**
 * A people's adjective opening a name of three words, not after an article: "set by Austrian Florian Mairhofer" (not
 * "the Japanese Grand Prix", nor "Chinese New Year").
 */
function nationalOpener(words: readonly string[], before: string): boolean {
	return (
		words.length === 3 &&
		NATIONALITY.test(words[0] ?? '') &&
		!/\b(?:the|a|an|its|their|this|that|his|her)\s+$/iu.test(before) &&
		!words.some((w) => NOT_GIVEN.has(w))
	);
}

/** Capitalised words of the names of feasts, contests and things a people's adjective goes before. */
const NOT_GIVEN = new Set(
	'New Year Years Grand Prix Open Cup League Championship Championships Games Festival Day Week Air Airlines Airways Embassy Consulate Red Cross Navy Army Federation Association Society'.split(
		' ',
	),
);

/** An age right after a name: ", 19," or ", a 19-year-old". */
/** A name of one capitalised word: a surname, when an age follows it. */
const SURNAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const AGE_AFTER = /^,\s+(?:\d{1,3},|(?:a|an)\s+\d{1,3}-year-old\b)/u;

/** Trades that are surnames as often ("Baker Hughes", "Porter Airlines"): no office before a name. */
const TRADE_SURNAMES = new Set(
	'baker cook fisher porter mason miller smith taylor carpenter butler turner walker hunter shepherd weaver farmer archer bishop cooper draper fowler gardener glover knight marshal page parker potter sawyer slater spencer steward tucker wright judge dean'.split(
		' ',
	),
);

/** Offices that a capitalised portfolio may stand before: "Health Secretary", "Labour Minister". */
const OFFICES = new Set(['Minister', 'Secretary', 'Commissioner', 'Spokesman', 'Spokeswoman', 'Spokesperson']);

function lastRoleIndex(words: string[], opensSentence: boolean): number {
	let last = -1;
	for (let i = 0; i < words.length - 1; i++) {
		const word = (words[i] ?? '').replace(/\./g, '');
		if (ROLE_WORDS.has(word)) last = i;
		// "Curator Priya Nandakumar spent…": a noun of office capitalised only because it opens the sentence.
		else if (
			opensSentence &&
			i === 0 &&
			words.length >= 3 &&
			describesPerson(word.toLowerCase()) &&
			!TRADE_SURNAMES.has(word.toLowerCase()) &&
			words.slice(1).every((w) => NAME_WORD.test(w) && !INSTITUTIONS.has(w) && !ORGANISATION_WORDS.has(w))
		)
			last = i;
		// "Health Secretary Tom Reyes", "Labour Minister Elena Castañeda": a portfolio before the office.
		else if (OFFICES.has(words[i + 1] ?? '') && i < words.length - 2) last = i;
		else if (!(NATIONALITY.test(word) && i < words.length - 2)) break;
	}
	return last;
}

/** Heads of the names of buildings and institutions, which no person's name ends in: "Royal Prince Alfred Hospital". */
const INSTITUTIONS = new Set(
	'Hospital School College Academy Museum Library Church Chapel Hall Centre Center Prison Gallery Theatre Theater Hotel Institute University Building Tower House Memorial Prize Award Cup Trophy Foundation Fund Trust'.split(
		' ',
	),
);

/** A word of a person's name: capitalised, no more. */
const NAME_WORD = /^(?:\p{Lu}\p{Ll}[\p{L}'’.-]*|\p{Lu}\.)$/u;

/**
 * Where the role ends in a body's name, a role and a person's name ("District Court Judge Helen McCrae", "Apple Chief
 * Executive Tim Cook"): the last role word, when only a name's words follow it; -1 otherwise.
 */
function roleAfterBody(words: readonly string[]): number {
	let last = -1;
	for (let i = 0; i < words.length - 1; i++) if (ROLE_WORDS.has((words[i] ?? '').replace(/\./g, ''))) last = i;
	if (last < 1 || words.length - last - 1 > 3) return -1;
	const name = words.slice(last + 1);
	const named = name.every(
		(w) =>
			NAME_WORD.test(w) &&
			!ORGANISATION_WORDS.has(w) &&
			!PLACE_NAMES.has(w) &&
			!PLACE_HEADS.has(w) &&
			!INSTITUTIONS.has(w),
	);
	return named ? last : -1;
}

/**
 * What marks a name of two words or more as a person's: the lowercase title written right before it ("union
 * president"), or a description of a person in apposition ("her rival, Tomas Hegel", "Maris Ozols, who leads":
 * '' — it is no title).
 */
function titled(name: string, sentence: string): string | undefined {
	if (!/\s/.test(name)) return undefined;
	const title = findTitle(name, sentence);
	if (title) return title.text.slice(0, title.text.length - name.length).trim();
	const appositive = findAppositive(name, sentence)
		?.text.replace(name, '')
		.replace(/^[\s,]+|[\s,]+$/g, '');
	if (appositive && (describesPerson(appositive) || WINNER.test(appositive) || appositive.startsWith('who ')))
		return '';
	// "A spokesman for LUN, Javier Olabarria, said…": the role in apposition before the name.
	const at = sentence.indexOf(name);
	const before = at < 0 ? undefined : ROLE_BEFORE.exec(sentence.slice(Math.max(0, at - 80), at));
	const head =
		before?.[1]
			?.split(/\s+(?:for|of|at)\s+/)[0]
			?.split(/\s+/)
			.pop() ?? '';
	// "The man, identified by prosecutors as Darius Fennick": "man" says nothing of what he does.
	const identified = before?.[0].includes('identified') === true && /^(?:man|woman|boy|girl|person)$/u.test(head);
	if (before?.[1] && describesPerson(head) && !identified && /^(?:,|\s*$)/u.test(sentence.slice(at + name.length)))
		return before[1];
	// "Ange-Félix Patassé became president", "Lena Berg was appointed chief executive": the role the sentence gives.
	const role =
		at < 0 ? undefined : ROLE_TAKEN.exec(sentence.slice(at + name.length, at + name.length + 80))?.[1]?.trim();
	if (role && describesPerson(role.split(/\s+/).pop() ?? '')) return role;
	// "Priya Landsman, secretary of the Tram Workers' Union branch": the noun before "of" is the one described.
	const described = appositive?.split(/\s+(?:of|for|at|with)\s+/u)[0];
	return described && describesPerson(described) ? '' : undefined;
}

/** One who won, in apposition ("the two-time Formula One world champion"): a person, though no role is asked by it. */
const WINNER = /\b(?:champions?|winners?|medall?ists?|titleholders?)$/u;

/**
 * A role in apposition before a name, with the body it serves: "A spokesman for LUN, ", "Its coach, ", "whose specialist, ",
 * "The captain, identified by police as ".
 */
const ROLE_BEFORE =
	/(?:^|[\s(])(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Ww]hose)\s+((?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+(?:\s+(?:for|of|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3})?),\s+(?:identified\s+(?:by\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+\s+)?as\s+)?$/u;
/** A role a name takes in the sentence: "became president", "was appointed chief executive", "served as mayor". */
const ROLE_TAKEN =
	/^\s+(?:became|becomes|has\s+become|was\s+(?:elected|appointed|named|made|sworn\s+in\s+as)|(?:served|serves)\s+as)\s+(?:(?:the|a|an|its|their)\s+)?((?:(?!(?:in|on|at|of|for|and|or|but|by|after|before|until|from|with|to|when|while|since)\b)[\p{Ll}-]+(?:\s+|(?=[,.;:]|$))){1,3})(?=$|[,.;:]|(?:in|on|by|after|before|until|from|with|to|when|while|since|and|but|or)\b)/u;
