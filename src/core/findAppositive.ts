import { plain } from './anothersAge.ts';
import { describesPerson } from './findTitle.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';

const ASKS_WHAT_IS = /^\s*(?:(?:who|what)\s*(?:is|was|are|were|['’]s)|whos|whats)\s+(.+?)[\s?!.]*$/i;
const DESCRIPTION =
	/^(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|(?:\p{Lu}[\p{L}’']*\s+){0,2}\p{Lu}[\p{L}’']*[’']s)\s/u;
const MAX_WORDS = 8;
/** A relative clause describes at more length: "who was jailed for life in 2019 for the murder of a guard". */
const RELATIVE_MAX_WORDS = 20;
/** A description without an article that names a role: "Diane Swonk, chief economist at KPMG". */
const ROLE_START =
	/^(?:chief|senior|deputy|head|director|president|vice|minister|spokes\w+|professor|founder|co-founder|leader|economist|analyst|researcher|manager|editor|secretary|chair\w*|co-\w+|executive|governor|mayor|ceo|coach|captain|author|lawyer|attorney)\b/iu;
/** A relative clause that describes the name by a role: "Maris Ozols, who leads the union at Baltia". */
const RELATIVE =
	/^,\s+(who\s+(?:is|was|leads|led|heads|headed|runs|ran|founded|owns|chairs|represents|works|worked|served|serves)\s(?:[^,;.“”"]|(?<=\b(?:Dr|Mr|Mrs|Ms|Prof|St|Mt|Ft|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Rev))\.)+)/u;
/**
 * Any other relative clause that tells who they are, where no role is given: "Ivan Kovacic, 57, who has hunted
 * truffles for 40 years"; not one that tells what they said or did once ("who said the plan would fail").
 */
const OTHER_RELATIVE =
	/^,\s+(who\s+(?:(?:has|had|have)\s+(?:been\s+|long\s+)?)?(?!(?:has|had|have|been|said|says|told|tells|added|asked|declined|refused|spoke|wrote|warned|called|urged|described|requested|gave|wished|did|does|would|will|could|can|may|might|not|also|earlier|later|then|last|on|in|at|this|they|he|she|we|i|you|it|police|officials)\b)(?!\p{Ll}+ly\b)\p{Ll}+\s(?:[^,;.“”"]|(?<=\b(?:Dr|Mr|Mrs|Ms|Prof|St|Mt|Ft|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Rev))\.)+)/u;
/** A description at the end of a longer clause: "(…for) her conservative rival". */
const LAST_DESCRIPTION = /\s((?:the|its|their|his|her)\s(?:(?!\b(?:the|its|their|his|her)\s)[^,;:])+)$/u;
/** Capitalised given names right before the surname asked: "Roberto " before "Figueiredo". */
const GIVEN_NAMES = /(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}$/u;
/** An age in apposition right after a name: ", 36" in "Thabo Mokoena, 36, who…". */
const AGE = /^,\s+\d{1,3}(?=,)/u;
/** A role after its owner's possessive, at a clause's end: "Arena Montagens' owner", "the union's new leader". */
const OWNER_ROLE =
	/(?:^|\s)((?:(?:the|its|their|his|her)\s)?(?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}-]*(?:[’']s|s[’'])\s(?:[\p{Ll}-]+\s){0,2}[\p{Ll}-]+)$/u;
/**
 * "general manager of the water district", "head keeper at the zoo": a lowercase description whose words before "of",
 * "at" or "for" end in a noun for a person.
 */
function headsRole(description: string): boolean {
	const head = /^((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)(?=\s+(?:of|at|for|with|in|on)\b|$)/u.exec(
		description,
	)?.[1];
	return head !== undefined && describesPerson(head);
}

/** A description is looked for this many characters before the name at most. */
const LOOK_BACK = 120;

/** The name a "Who is X?" or "What is X?" question asks about: "X". */
export function askedName(question: string): string | undefined {
	return ASKS_WHAT_IS.exec(question)?.[1]?.trim();
}

/**
 * The description a sentence gives a name in apposition: "Ukraine’s state railway company, Ukrzaliznytsya" for
 * "Ukrzaliznytsya" in "…, Ukraine’s state railway company, Ukrzaliznytsya, confirmed…", "Marta Lindqvist, the
 * union leader", or a relative clause ("Maris Ozols, who leads the union"); none when the sentence gives it none.
 *
 * @example
 * findAppositive('Ukrzaliznytsya', 'Its railway, Ukrzaliznytsya, said so.')?.text; // 'Its railway, Ukrzaliznytsya'
 */
export function findAppositive(name: string, sentence: string, maxWords = MAX_WORDS): AnswerPhrase | undefined {
	const at = plain(sentence).toLowerCase().indexOf(plain(name).toLowerCase());
	if (at < 0 || name.length < 2) return undefined;
	// "Figueiredo" asked, "owner, Roberto Figueiredo" written: the description stands before the whole name.
	const whole = at - (GIVEN_NAMES.exec(sentence.slice(Math.max(0, at - 40), at))?.[0].length ?? 0);
	// "Siriporn" asked, "Siriporn Wattanakul, 58, the centre's director" written: the surname is skipped too.
	const named = at + name.length + (SURNAMES.exec(sentence.slice(at + name.length))?.[0].length ?? 0);
	// "Thabo Mokoena, 36, who was jailed…": the age between name and description is skipped.
	const end = named + (AGE.exec(sentence.slice(named))?.[0].length ?? 0);
	const stop = describedAfter(sentence, end, maxWords);
	if (stop !== undefined) return { text: sentence.slice(at, stop), start: at, end: stop, typed: true };
	const clause = (pattern: RegExp): AnswerPhrase | undefined => {
		const relative = pattern.exec(sentence.slice(end, end + LOOK_BACK));
		if (!relative?.[1] || words(relative[1]) > RELATIVE_MAX_WORDS) return undefined;
		const stop = end + relative[0].length;
		return { text: sentence.slice(at, stop), start: at, end: stop, typed: true };
	};
	return clause(RELATIVE) ?? describedBefore(sentence, whole, end) ?? clause(OTHER_RELATIVE);
}

/**
 * A title and name ("conductor Lionel Baptiste") with the descriptions written around them: one before, in commas
 * ("The competition's head adjudicator, conductor Lionel Baptiste"), and a relative clause of role or a description
 * in apposition after ("Councillor Imogen Strachan-Bell, who chairs the licensing committee"; "…, the cabinet member
 * for transport"); the phrase itself where there are none.
 */
export function withDescriptions(sentence: string, phrase: AnswerPhrase): AnswerPhrase {
	const before = describedBefore(sentence, phrase.start, phrase.end);
	const start = before?.start ?? phrase.start;
	const relative = RELATIVE.exec(sentence.slice(phrase.end, phrase.end + LOOK_BACK));
	// "Councillor Harriet Vossberg, the council's cabinet member for transport": the office after says what she does.
	const end =
		relative?.[1] && words(relative[1]) <= RELATIVE_MAX_WORDS
			? phrase.end + relative[0].length
			: (describedAfter(sentence, phrase.end) ?? phrase.end);
	return start === phrase.start && end === phrase.end
		? phrase
		: { text: sentence.slice(start, end), start, end, typed: true };
}

/**
 * Where a description in apposition right after `end` ends (", the union leader," or ", chief economist at KPMG"), at
 * most `maxWords` words of it; none when what follows the comma describes no one.
 */
function describedAfter(sentence: string, end: number, maxWords = MAX_WORDS): number | undefined {
	const after =
		/^,\s+((?:\d[.,]\d|[^,;.“”"]|(?<=\b(?:Dr|Mr|Mrs|Ms|Prof|St|Mt|Ft|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Rev))\.)+?)(?:,|[.;]?\s*$)/u.exec(
			sentence.slice(end, end + LOOK_BACK),
		);
	const described =
		after?.[1] !== undefined && (DESCRIPTION.test(after[1]) || ROLE_START.test(after[1]) || headsRole(after[1]));
	const kept = after?.[1] && described ? shortened(after[1], maxWords) : undefined;
	return after && kept ? end + after[0].indexOf(kept) + kept.length : undefined;
}

/** The description written before the name (from `whole` to `end`): "the district's superintendent, Angela Norquist". */
function describedBefore(sentence: string, whole: number, end: number): AnswerPhrase | undefined {
	if (!/^(?:[,.;:!?)]|$)/u.test(sentence.slice(end))) return undefined;
	const from = Math.max(0, whole - LOOK_BACK);
	// "…until the gusts drop," the company's operations director, Sofia Ekman": a quotation ends before it too.
	const before =
		/(?:^|[,;:]\s+|[,.!?]?[”"]\s+(?!(?:said|says|added|told)\s)|\b(?:said|says|added|told)\s+)([^,;:“”"]+?),\s+$/u.exec(
			sentence.slice(from, whole),
		);
	if (!before?.[1]) return undefined;
	// "…against 44% for her conservative rival, Tomas Hegel": the description is the clause's last phrase; "…would
	// charge Arena Montagens' owner, Roberto Figueiredo": the owner and the noun after it.
	const owned = OWNER_ROLE.exec(before[1])?.[1];
	const own = owned ?? (DESCRIPTION.test(before[1]) ? before[1] : LAST_DESCRIPTION.exec(before[1])?.[1]);
	if (!own || words(own) > MAX_WORDS) return undefined;
	if (own === before[1] && from > 0 && before.index === 0 && !/^[,;:.!?”"]/.test(before[0])) return undefined;
	const start = from + before.index + before[0].indexOf(before[1]) + before[1].length - own.length;
	return { text: sentence.slice(start, end), start, end, typed: true };
}

/** Capitalised words after the name asked, up to the comma before its description: " Wattanakul" in "Siriporn Wattanakul,". */
const SURNAMES = /^(?:\s+\p{Lu}[\p{L}’'-]*){1,2}(?=,)/u;
/** Where a long description's noun phrase ends: a relative clause, then a place or body it is of. */
const CLAUSE_AFTER = /\s(?:who|which|whose)\s/u;
const PLACE_AFTER = /\s(?:at|in|from|with|for|on)\s/u;
/** A second description joined to the first: " and the paper's lead author". */
const SECOND_ROLE = /\s(?:and|as\s+well\s+as)\s+(?:the|a|an|its|his|her|their)\s/u;

/**
 * A description of at most MAX_WORDS words: as written, else up to its relative clause ("a line supervisor | who has
 * worked at the cannery for 28 years"), else its first of two roles, else up to the place it is at ("a marine geologist | at the University of the
 * Azores"); undefined when even that is longer.
 */
function shortened(description: string, maxWords = MAX_WORDS): string | undefined {
	if (words(description) <= maxWords) return description;
	const clause = description.slice(0, CLAUSE_AFTER.exec(description)?.index ?? description.length);
	if (words(clause) <= maxWords) return clause;
	// "the observatory's chief scientist | and the paper's lead author": the first of two roles joined.
	const first = clause.slice(0, SECOND_ROLE.exec(clause)?.index ?? clause.length);
	if (words(first) <= maxWords) return first;
	const head = clause.slice(0, PLACE_AFTER.exec(clause)?.index ?? clause.length);
	return words(head) <= maxWords ? head : undefined;
}

function words(text: string): number {
	return text.trim().split(/\s+/).length;
}
