import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { synonymStems } from './synonymStems.ts';
import { contentStems, stem } from './tokenize.ts';

/** "How many of the stores…", "how many of these firms…": a part of a group asked; the words naming the group. */
const PART_ASKED =
	/\bhow\s+many\s+of\s+(?:the|these|those|its|their|his|her|our|your)\s+((?:(?!(?:are|were|is|was|had|have|has|did|do|does|got|get|in|on|at|from|for|with|that|who|which)\b)[\p{L}'’-]+\s*){1,3})/iu;
/** "14 of the 37 monitors", "1,800 of them engineers": the answer itself counts a part. */
const PART_GIVEN = /\bof\s+(?:the|them|whom|which|those|these|its|their|our|his|her)\b/iu;
/** "The injured", "the dead": people named by what befell them, counted as such in the part too ("Fourteen injured"). */
const BEFALLEN = /(?:ed|dead|missing)$/u;

/** How far around the figure the part's own words are looked for ("released 24 hostages", "45 stores will close"). */
const PREDICATE_WINDOW = 40;

/**
 * Whether a count answer counts the whole group a question asks a part of: "486 stores" for "How many of the stores
 * are in Wales?" of "runs 486 stores across England and Wales", "23 companies" for "how many of these firms had the
 * US already sanctioned". The group's size says nothing of the part, unless what the part did is written beside the
 * figure ("how many of the hostages were released" of "Hamas released 24 hostages").
 *
 * @example
 * wholeForPart('how many of the stores are in wales', 'runs 486 stores across England and Wales', answer); // true
 */
export function wholeForPart(question: string, sentence: string, answer: AnswerPhrase): boolean {
	const asked = PART_ASKED.exec(question);
	const group = asked?.[1];
	if (!asked || !group || PART_GIVEN.test(answer.text)) return false;
	const groupStems = new Set(
		group
			.toLowerCase()
			.split(/\s+/)
			.filter((w) => /\p{L}{3}/u.test(w) && !BEFALLEN.test(w))
			.flatMap((w) => [stem(w), ...synonymStems(stem(w))]),
	);
	if (![...answer.text.toLowerCase().matchAll(/\p{L}{3,}/gu)].some((m) => groupStems.has(stem(m[0])))) return false;
	const tail = question.slice(asked.index + asked[0].length);
	const predicate = new Set(contentStems(tail));
	// Where the part is: "in korea", "across wales".
	const places = [...tail.matchAll(/\b(?:in|at|across|inside)\s+([\p{L}-]+)/gu)].flatMap((m) =>
		contentStems(m[1] ?? ''),
	);
	const before = sentence.slice(Math.max(0, answer.start - PREDICATE_WINDOW), answer.start);
	// "…across England and Wales": a place in a list after the figure says where the whole is, not the part.
	const after = sentence.slice(answer.end, answer.end + PREDICATE_WINDOW).replace(/\b(?:and|or)\s+\S+|,\s*\S+/gu, ' ');
	// "how many of the vacuums were sold in korea" of "218,000 vacuums sold in seven countries": the part's place unsaid.
	const beside = new Set(contentStems(`${before} ${after}`));
	return ![...predicate].some((s) => beside.has(s)) || places.some((s) => !beside.has(s));
}
