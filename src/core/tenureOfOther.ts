/**
 * A person named and described, with the length of their time at something inside the description: "Grace Oduya, a
 * ward sister with ", "Kieran Moss, 44, a season-ticket holder for ", "Janet Okoro, a nurse who has worked at the home
 * for ". Group 1: the name; group 2: the description.
 */
const APPOSED_TENURE =
	/(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*),\s+(?:\d{1,3},\s+)?((?:an?|the)\s+[^,;.!?"“”]{0,80}?)\b(?:with|for)\s+(?:(?:about|almost|nearly|more\s+than|over|some)\s+)?$/u;
/** "How long has…", "how long had she been…": the time someone has spent at something. */
const TENURE_ASKED = /\bhow\s+long\s+(?:has|had|have)\b/iu;
/** A description of someone: a relative clause of who they are, or an age before it ("Kieran Moss, 44, a…"). */
const OF_SOMEONE = /\bwho\b/iu;

/**
 * Whether the length of time at `start` is someone's time at their work or place, told in the description beside their
 * name ("said Grace Oduya, a ward sister with 22 years at Harbourside"), while the question asks the length of
 * something else ("How long is the strike?") or someone else's ("How long has Aldridge led the group?", `names` being
 * the names the question writes).
 *
 * @example
 * tenureOfOther('how long is the strike', 'said Grace Oduya, a ward sister with 22 years at Harbourside.', 43, [], () => true); // true
 */
export function tenureOfOther(
	question: string,
	quote: string,
	start: number,
	names: readonly string[],
	isPerson: (at: number) => boolean,
): boolean {
	const from = Math.max(0, start - 160);
	const told = APPOSED_TENURE.exec(quote.slice(from, start));
	const name = told?.[1];
	if (!told || !name) return false;
	const aged = /^,\s+\d/u.test(quote.slice(from + told.index + name.length));
	if (!aged && !OF_SOMEONE.test(told[2] ?? '') && !isPerson(from + told.index)) return false;
	const asked = question.toLowerCase();
	const owner = name.toLowerCase().split(/\s+/u);
	if (owner.some((word) => word.length > 2 && new RegExp(`\\b${word.replace(/[’'-]/gu, '.')}\\b`, 'u').test(asked)))
		return false;
	return !TENURE_ASKED.test(question) || names.length > 0;
}
