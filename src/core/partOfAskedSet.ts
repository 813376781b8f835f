import { synonymStems } from './synonymStems.ts';
import { contentStems, stem } from './tokenize.ts';

/** A figure at the start of a count's phrase: "Three", "about 30", "31". */
const FIGURE_AT = /^(?:\d[\d,.]*|[\p{L}-]+)/u;
/** What a partitive's set is written after: "of the", "of its", "of DMT's", "of about 30". */
const PARTITIVE =
	/^\s+(?:out\s+)?of\s+((?:(?:the|its|their|his|her|our|those|these|all|about|around|some|nearly|roughly|almost|more\s+than|at\s+least)\s+|\p{L}[\p{L}.&-]*['’]s?\s+|[\d,.]+\s+)*)([^,;:.!?"“”()]*)/iu;
/** A question that asks a part itself: "how many of the injured", "how many among them". */
const ASKS_PART = /\b(?:of|among|amongst)\s+(?:the|them|its|their|those|these|his|her|us|you)\b/iu;
/** A question that asks the whole: "in total", "does the orchestra have", "employ". */
const ASKS_WHOLE =
	/\b(?:does|do|did)\b[^?]*\bhave\b|\b(?:employ|employs|employed|total|in\s+all|altogether|overall|all\s+told)\b/iu;
/** Words after a set's noun that begin the part's own deed, not the set's description. */
const VERB_START =
	/^(?:were|was|are|is|had|have|has|will|would|could|can|may|might|must|should|remain|remained|remains|been|being|did|do|does|also|still|now|then|later|all)$/iu;
/** Words a set's description is told with after its noun: "riders to avoid the crash", "people who were evacuated". */
const CLAUSE_START = /^(?:to|who|that|which|whom)$/iu;
/** A set named by a pronoun: "of them", "of those". */
const PRONOUN = /^(?:them|us|you|those|these|which|whom)$/iu;
/** Participles a set is named by, besides those ending in -ed: "the hurt", "the dead", "the missing". */
const PARTICIPLE = /^(?:\p{L}+ed|hurt|dead|missing|wounded|sick|stranded|killed|shot|hit|held|taken|left|caught)$/iu;

/** "was one of", "is one of": who or what something is, one of a set. */
const ONE_OF_AFTER_BE = /\b(?:is|was|are|were|be|been|became|becomes|remains|remained)\s+one\s+of$/iu;
/** Counted nouns that name no kind of member: "how many people". */
const NO_KIND = new Set(contentStems('people person persons individuals'));
/** A set told before its part, at the head of a clause: "Of those who fell ill, ", "Of those arrested, ". */
const FRONTED_SET = /(?:^|[;:.]\s+)of\s+(?:those|them|these)\b([^,;:.!?"“”()]*),\s*$/iu;

/**
 * "Of those who fell ill, 11 people were treated in hospital" for "how many got sick": the set asked, told before the
 * count, with a deed of the part's own after it that the question does not ask.
 */
function frontedSetHolds(question: string, sentence: string, start: number, figure: string): boolean {
	const set = FRONTED_SET.exec(sentence.slice(Math.max(0, start - 80), start));
	if (!set) return false;
	const described = new Set(contentStems(set[1] ?? '').flatMap((word) => [word, ...synonymStems(word)]));
	const counted = new Set(contentStems(/\bhow\s+many\s+([\p{L}-]+)/iu.exec(question)?.[1] ?? ''));
	const asked = contentStems(question).filter((word) => !counted.has(word) && !/^(?:how|many)$/u.test(word));
	if (!asked.some((word) => described.has(word))) return false;
	// "Of those who have fallen ill, 61 are patients and 26 are members of staff" for "how many staff got sick": the
	// parts are the kinds counted, so one of them answers; "people" names no kind.
	const rest = new Set(contentStems(sentence.slice(start).split(/[;.!?]/u)[0] ?? ''));
	if ([...counted].some((word) => !NO_KIND.has(word) && rest.has(word))) return false;
	const deed = contentStems(sentence.slice(start + figure.length).split(/[,;:.!?]/u)[0] ?? '');
	const widened = new Set(asked.flatMap((word) => [word, ...synonymStems(word)]));
	return !deed.some((word) => widened.has(word) && !described.has(word));
}

/**
 * Whether the count at `start` of `sentence` is a part of the very set the question counts, so no answer to it:
 * "how many were injured" of "three of the injured were in critical condition", "how many riders crashed" of "one of
 * about 30 riders to avoid the crash", "how many musicians does the orchestra have in total" of "31 of its
 * musicians". A question that asks a part ("how many of the injured…") or a sentence whose own deed after the set is
 * the one asked ("three of the injured children were airlifted" for "how many were airlifted") keeps the count.
 *
 * @example
 * partOfAskedSet('how many were injured', 'Three of the injured were in critical condition.', 0); // true
 */
export function partOfAskedSet(question: string, sentence: string, start: number): boolean {
	if (ASKS_PART.test(question)) return false;
	const figure = FIGURE_AT.exec(sentence.slice(start))?.[0];
	// "all 28 of its districts": every one of them, the whole itself.
	if (!figure || /\ball\s+$/iu.test(sentence.slice(Math.max(0, start - 5), start))) return false;
	// "whose late husband Ray was one of the faces on the wall": one member named, no count of them.
	if (
		/^one$/iu.test(figure) &&
		ONE_OF_AFTER_BE.test(sentence.slice(Math.max(0, start - 12), start + figure.length + 4).trimEnd())
	)
		return true;
	const set = PARTITIVE.exec(sentence.slice(start + figure.length, start + figure.length + 120));
	if (!set?.[2]) return frontedSetHolds(question, sentence, start, figure);
	const words = set[2].trim().split(/\s+/u).filter(Boolean);
	const described: string[] = [];
	let at = 0;
	if (words[0] && PARTICIPLE.test(words[0])) described.push(words[at++] ?? '');
	const noun = words[at] && !VERB_START.test(words[at] ?? '') ? words[at++] : undefined;
	// "11 of them to intensive care": a pronoun's set is told before; what follows is the part's own deed.
	if (noun && !PRONOUN.test(noun) && words[at] && CLAUSE_START.test(words[at] ?? '')) {
		described.push(...words.slice(at));
		at = words.length;
	}
	const counted = /\bhow\s+many\s+([\p{L}-]+)/iu.exec(question)?.[1];
	const countedStems = new Set(
		counted ? [stem(counted.toLowerCase()), ...synonymStems(stem(counted.toLowerCase()))] : [],
	);
	if (noun && countedStems.has(stem(noun.toLowerCase())) && ASKS_WHOLE.test(question) && !/\d/u.test(set[1] ?? ''))
		return true;
	const asked = contentStems(question).filter((word) => !countedStems.has(word) && !/^(?:how|many)$/u.test(word));
	const widened = new Set(asked.flatMap((word) => [word, ...synonymStems(word)]));
	const inSet = contentStems(described.join(' ')).some((word) => widened.has(word));
	const deed = contentStems(words.slice(at).join(' '));
	// "who treated one of the children.": one of those asked, doing nothing of its own, counts none of them.
	if (/^one$/iu.test(figure) && noun && countedStems.has(stem(noun.toLowerCase())) && deed.length === 0) return true;
	return inSet && !deed.some((word) => widened.has(word));
}
