import type { AnalysedQuestion } from './analyseQuestion.ts';
import type { Mention } from './findMentions.ts';
import { NATIONALITY } from './mentionPatterns.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { synonymStems } from './synonymStems.ts';
import { contentStems, STOPWORDS, stem } from './tokenize.ts';

/** "What company runs…", "which law firm led…": the words after the question word name the kind of thing asked. */
const FOCUS = /^\s*(?:what|which)\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?\s/iu;
/** Nouns after "what" that ask for no name: "what kind of", "what year", "what percentage". */
const NO_NAME = new Set(
	'kind type sort form year years time day date month percentage percent number amount part way reason role effect'.split(
		' ',
	),
);
/** A count of several, maybe of "other" or "more": "three other ", "12 ", "several ". */
export const SEVERAL = String.raw`\b(?:two|three|four|five|six|seven|eight|nine|ten|several|many|(?<![\d,.])\d{1,3})\s+(?:other\s+|more\s+)?`;
/** A count right before a name, as "three other " before "Wessmoor institutions". */
const COUNT_BEFORE_NAME = new RegExp(`${SEVERAL}$`, 'iu');
/** Words that give a thing its name: "calling itself", "known as". */
const NAMING = /\s+(?:calling\s+(?:itself|themselves)|called|named|known\s+as|dubbed),?\s+$/u;
/** How far before a name the noun it is given by may end ("state railway company, Ukrzaliznytsya"). */
const BEFORE_CHARS = 40;

/**
 * For "What company runs Ukraine's railways?", the name the sentence gives right after the noun asked about, as a
 * title or in apposition, or right before it: "Ukrzaliznytsya" in "Ukraine's state railway company, Ukrzaliznytsya,
 * confirmed…", "Carver & Lowe" in "led by the law firm Carver & Lowe", "Falcon" in "aboard a Falcon 9 rocket"; none
 * when no name stands by that noun, or the question names it.
 *
 * @example
 * focusName('What firm led it?', 'It was led by the law firm Carver & Lowe.', mentions)?.text; // 'Carver & Lowe'
 */
export function focusName(question: string, sentence: string, mentions: readonly Mention[]): AnswerPhrase | undefined {
	const found = FOCUS.exec(question);
	const focus = found?.[1]?.toLowerCase();
	if (!found || !focus || NO_NAME.has(focus)) return undefined;
	const words = [focus, found[2]?.toLowerCase()].filter((w): w is string => w !== undefined && !STOPWORDS.has(w));
	const wanted = new Set(words.flatMap((w) => [stem(w), ...synonymStems(stem(w))]));
	const asked = new Set(contentStems(question));
	const kind = askedKind(question);
	for (const mention of mentions.slice(0, SENTENCE_LIMITS.mentions)) {
		if (mention.type !== 'name' || contentStems(mention.text).every((s) => asked.has(s))) continue;
		// "the Danish firm Nordlys Arkitekter": a nation's word before the noun describes the one named after it.
		if (NATIONALITY.test(mention.text) && !/^\p{Lu}{2}$/u.test(mention.text) && !NATION_KINDS.test(focus)) continue;
		// "a criminal gang calling itself Nightwharf": the noun stands before the naming words.
		const before = sentence.slice(Math.max(0, mention.start - BEFORE_CHARS), mention.start).replace(NAMING, ' ');
		const noun = /(\p{L}+)(?:,|\s+of)?\s+$/u.exec(before)?.[1];
		// "a Falcon 9 rocket", "the Green Vault museum": the noun may follow the name too.
		const after = /^(\s+\d+)?\s+(\p{Ll}+)/u.exec(sentence.slice(mention.end, mention.end + BEFORE_CHARS));
		// "three other Wessmoor institutions": a name between a count and the plural it counts tells where, not which.
		if (
			after?.[2]?.endsWith('s') &&
			COUNT_BEFORE_NAME.test(sentence.slice(Math.max(0, mention.start - 20), mention.start))
		)
			continue;
		const end = mention.end + (after?.[1]?.length ?? 0);
		// "Westbrook Elementary School" for "which school": the kind asked is the name's own last word.
		const final = mention.text.split(/\s+/).at(-1)?.toLowerCase() ?? '';
		const head = kind !== undefined && stem(final) === stem(kind) ? final : undefined;
		if (![noun, after?.[2], head].some((word) => word !== undefined && wanted.has(stem(word.toLowerCase())))) continue;
		// "Which ports…": the plural asks for the whole list ("Felixstowe, Liverpool and Southampton").
		const several = focus.endsWith('s');
		const last = several ? listEnd(sentence, mentions, mention) : end;
		// "the Halvey's and FreshWay supermarket chains": the names joined before the one beside the noun, too.
		const first = several ? listStart(sentence, mentions, mention) : mention.start;
		return { text: sentence.slice(first, last), start: first, end: last, typed: true };
	}
	return undefined;
}

/** Kinds a nation's or a faith's word names: "which cultures", "what language", "which nationality". */
const NATION_KINDS =
	/^(?:cultures?|languages?|nationalit(?:y|ies)|peoples?|religions?|faiths?|ethnicit(?:y|ies)|cuisines?)$/;

/** What joins two names of a list: a comma, "and", or both, maybe after the first's possessive "'s". */
const LIST_JOINER = /^(?:['’]s)?(?:,\s*|,?\s+and\s+)$/u;

/** The start of the list of names that `last` ends ("Halvey's and FreshWay"): the first of the names joined before it. */
function listStart(sentence: string, mentions: readonly Mention[], last: Mention): number {
	let start = last.start;
	for (const before of mentions.slice(0, mentions.indexOf(last)).reverse()) {
		if (before.type !== 'name' || !LIST_JOINER.test(sentence.slice(before.end, start))) break;
		start = before.start;
	}
	return start;
}

/** The end of the list of names that `first` begins ("Felixstowe, Liverpool and Southampton"). */
function listEnd(sentence: string, mentions: readonly Mention[], first: Mention): number {
	let end = first.end;
	for (const next of mentions.slice(mentions.indexOf(first) + 1, SENTENCE_LIMITS.mentions)) {
		if (next.type !== 'name' || !LIST_JOINER.test(sentence.slice(end, next.start))) break;
		end = next.end;
	}
	return end;
}

/** Kinds of thing that are answered by a name: "gang", "company", "country". */
export const NAMED_KIND_WORDS =
	'gang|group|company|firm|team|club|party|country|nation|city|town|village|newspaper|agency|organi[sz]ation|band|airline|bank|carrier|university|militia|union|hospital|court|prison|school|museum|restaurant|hotel|stadium|airport|ministry|publisher|studio|channel|network|website|app|supplier|manufacturer|maker|operator|exchange|brand|charity|regulator|province|region|district|county|island|port|judge|player|striker|coach|minister|official|lawyer|doctor|scientist|researcher|author|driver|pilot|captain|officer|spokes(?:man|woman|person)|manager|candidate|senator|mayor|governor|athlete|rider|runner|artist|singer|actor|actress|executive|supermarket|retailer|chain|store|shop|lender|insurer|carrier|broker|contractor|developer|consultancy|utility|volunteer|student|pupil|teacher|worker|resident|passenger|nurse|patient|farmer|fisherman|goalkeeper|keeper|winner|victim|survivor|witness|engineer|employee|fan|visitor|owner|founder|chef|guide|station|uni|road|street|ship|vessel|horse|song|album|film|book|venue|festival';
/** A question for a kind of thing answered by a name: "what gang", "which company", "what country". */
const NAMED_KINDS = new RegExp(
	`^\\s*(?:what|which)\\s+(?:(?:two|three|four|five|six|other|\\d+|(?!(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should|the|a|an|of|kind|type|sort)\\b)[\\p{Ll}-]+)\\s+){0,2}(${NAMED_KIND_WORDS})(?:s|ies)?\\s+(?!of\\b)`,
	'iu',
);

/** The kind of thing a name answers that the question asks for: "gang" in "What gang claimed the attack?". */
export function askedKind(question: string): string | undefined {
	return (NAMED_KINDS.exec(question) ?? PLACE_LIKE_KINDS.exec(question))?.[1]?.toLowerCase();
}

/** Kinds a place's name may answer ("Lake Überlingen" is read as a place): asked for, but not by `asksNamedKind`. */
const PLACE_LIKE_KINDS =
	/^\s*(?:what|which)\s+(?:(?!(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should|the|a|an|of|kind|type|sort)\b)[\p{Ll}-]+\s+){0,2}(park|garden|beach|lake|river|farm|station|bridge|venue|theatre|gallery|vessel|ship)(?:es|s)?\s+(?!of\b)/iu;

/** Whether the question asks for a kind of thing a name answers: "What gang claimed the attack?". */
export function asksNamedKind(question: string): boolean {
	return NAMED_KINDS.test(question);
}

/** Kinds of body, which no person's or place's name answers: "which airline", "what company", "which charity". */
const BODY_KINDS =
	/^(?:company|firm|airline|carrier|charity|bank|lender|insurer|supplier|manufacturer|maker|operator|contractor|developer|consultancy|utility|supermarket|retailer|chain|publisher|broadcaster|newspaper|agency|organi[sz]ation|team|club|band|gang|militia|union|party|brand)$/u;
/** Kinds of place run by someone, which no person's name answers: "which restaurant", "what school". */
const VENUE_KINDS =
	/^(?:restaurant|hotel|pub|shop|store|school|hospital|museum|university|uni|court|prison|stadium|airport|station|venue|festival|theatre|gallery)$/u;
/** A count or "other" before a name that describes a plural: "two other HPV vaccine suppliers", "several EU states". */
const COUNTED_BEFORE = /\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|other|several|some|many|few)\s+$/iu;

/**
 * Whether a sentence names anything the question does not (a word of nationality names nothing: "a Dutch hospital";
 * nor does a name that only describes the things counted of the kind asked: "HPV" of "two other HPV vaccine
 * suppliers").
 */
export function namesOther(
	question: AnalysedQuestion,
	mentions: readonly Mention[],
	sentence = '',
	kinds?: ReadonlyMap<number, string>,
): boolean {
	const asked = new Set(question.terms.map((t) => t.stem));
	const kind = askedKind(question.text);
	// "Which airline was the cargo plane from?" of "…according to operations director Lena Marsh": a person's or a
	// place's name is no body's.
	const body = kind !== undefined && BODY_KINDS.test(kind);
	const venue = kind !== undefined && VENUE_KINDS.test(kind);
	const other = (m: Mention) =>
		((body || venue) && kinds?.get(m.start) === 'person') || (body && kinds?.get(m.start) === 'place');
	// "two other HPV vaccine suppliers": a count before the name, then at most one noun and the kind's plural; not
	// "Intel told company staff", "Amazon announced company-wide layoffs".
	const plural = kind?.endsWith('y') ? `${kind.slice(0, -1)}ies` : `${kind}e?s`;
	const modifier = kind ? new RegExp(`^\\s+(?:\\p{Ll}+(?<!ed|s)\\s+)?${plural}(?![\\p{L}-])`, 'u') : undefined;
	const describesKind = (m: Mention) =>
		modifier?.test(sentence.slice(m.end)) === true &&
		COUNTED_BEFORE.test(sentence.slice(Math.max(0, m.start - 16), m.start));
	return mentions.some(
		(m) =>
			m.type === 'name' &&
			!NATIONALITY.test(m.text) &&
			!contentStems(m.text).every((s) => asked.has(s)) &&
			!describesKind(m) &&
			!other(m),
	);
}
