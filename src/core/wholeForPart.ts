import { synonymStems } from './synonymStems.ts';
import { stem } from './tokenize.ts';

/** "How many of the stores…", "how many of these firms…": a part of a group asked; the words naming the group. */
const PART_ASKED =
	/\bhow\s+many\s+of\s+(?:the|these|those|its|their|his|her|our|your)\s+((?:(?!(?:are|were|is|was|had|have|has|did|do|does|got|get|in|on|at|from|for|with|that|who|which)\b)[\p{L}'’-]+\s*){1,3})/iu;
/** "14 of the 37 monitors", "1,800 of them engineers": the answer itself counts a part. */
const PART_GIVEN = /\bof\s+(?:the|them|whom|which|those|these)\b/iu;
/** "The injured", "the dead": people named by what befell them, counted as such in the part too ("Fourteen injured"). */
const BEFALLEN = /(?:ed|dead|missing)$/u;

/**
 * Whether a count answer counts the whole group a question asks a part of: "486 stores" for "How many of the stores
 * are in Wales?" of "runs 486 stores across England and Wales", "23 companies" for "how many of these firms had the
 * US already sanctioned". The group's size says nothing of the part.
 *
 * @example
 * wholeForPart('how many of the stores are in wales', '486 stores'); // true
 * wholeForPart('how many of the classical games were draws', 'eight draws'); // false
 */
export function wholeForPart(question: string, answer: string): boolean {
	const group = PART_ASKED.exec(question)?.[1];
	if (!group || PART_GIVEN.test(answer)) return false;
	const asked = new Set(
		group
			.toLowerCase()
			.split(/\s+/)
			.filter((w) => /\p{L}{3}/u.test(w) && !BEFALLEN.test(w))
			.flatMap((w) => [stem(w), ...synonymStems(stem(w))]),
	);
	return [...answer.toLowerCase().matchAll(/\p{L}{3,}/gu)].some((m) => asked.has(stem(m[0])));
}
