/** "How many votes did Labour get?": the side asked, between "did" and a verb of getting. */
const ASKED_SIDE =
	/\bhow\s+many\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:did|does|do|has|have|had|will)\s+(?:the\s+)?([\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2}?)\s+(?:get|gets|got|win|wins|won|receive|received|take|took|poll|polled|score|scored|gain|gained|secure|secured|have|finish\s+with|end\s+(?:up\s+)?with)\b/iu;
/** After a side's name, its tally: "Labour's Martin Gayle on 987", "Reform UK fourth with 298". */
const TALLY_AFTER =
	/^(?:[’']s)?(?:\s+(?:\p{Lu}[\p{L}’'-]*|UK|candidate|party|team|side|club|list))*(?:\s+(?:came|finished|was|were|is|are|ended))?(?:\s+(?:first|second|third|fourth|fifth|sixth|last))?\s+(?:on|with|at|polled|received|got|took|won)\s+((?:about|around|nearly|just|only|some)\s+)?(\d+(?:[,.]\d+)*)/u;

/**
 * For "How many votes did Labour get?", the figure the sentence gives right after the side asked ("ahead of Labour's
 * Martin Gayle on 987", "Reform UK fourth with 298"): its offsets, or undefined.
 *
 * @example
 * namedTally('how many votes did labour get', 'Raman received 1,412 votes, ahead of Labour’s Martin Gayle on 987.'); // [59, 62]
 */
export function namedTally(question: string, sentence: string): [number, number] | undefined {
	const side = ASKED_SIDE.exec(question)?.[1];
	if (!side) return undefined;
	const lower = sentence.toLowerCase();
	let at = lower.indexOf(side.toLowerCase());
	while (at >= 0) {
		const before = at === 0 ? ' ' : (sentence[at - 1] ?? ' ');
		const end = at + side.length;
		const tally = /[\p{L}\d]/u.test(before) ? null : TALLY_AFTER.exec(sentence.slice(end));
		if (tally?.[2]) {
			const start = end + tally[0].length - tally[2].length;
			return [start, start + tally[2].length];
		}
		at = lower.indexOf(side.toLowerCase(), end);
	}
	return undefined;
}
