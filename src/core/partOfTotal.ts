import { contentStems } from './tokenize.ts';

/**
 * A part written before its total: "118 of the 530", "9 out of 10", "two of its 12", "five of the cabinet's 18", "300
 * of the promised 18,000".
 */
const PART_BEFORE =
	/(?<![\p{L}\d.,-])(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|all\s+)?(?:\p{L}[\p{L}-]*(?:['’]s|s['’])\s+)?(?:(?:promised|planned|original|expected|estimated|registered|reported|total)\s+)?$/iu;
/** "How many reverse vending machines are there?": the whole asked, however many one of them did. */
export const ASKS_ALL_THERE = /\b(?:are|were|r)\s+there\s*\??\s*$/iu;
/** A question about the whole: "in total", "altogether", "how many … in the study". */
const ASKS_TOTAL = /\b(?:total|altogether|in\s+all|overall|whole|entire|all\s+together)\b/iu;
/** How far past the total's noun the words that describe the whole are read ("530 pupils tested on Monday"). */
const DESCRIBED_CHARS = 30;

/**
 * Where a count at `start`…`end` is the whole of a part written before it ("118 of the 530 pupils tested were
 * referred") and the question asks of the part: the part figure's offsets; undefined when the question asks the whole
 * ("in total", or the words that describe the whole: "how many pupils were tested").
 *
 * @example
 * partOfTotal('how many pupils were referred', '118 of the 530 pupils tested were referred.', 11, 21); // [0, 3]
 */
export function partOfTotal(
	question: string,
	sentence: string,
	start: number,
	end: number,
): [number, number] | undefined {
	if (!/\bhow\s+many\b/iu.test(question) || ASKS_TOTAL.test(question) || ASKS_ALL_THERE.test(question))
		return undefined;
	const part = PART_BEFORE.exec(sentence.slice(Math.max(0, start - 40), start));
	if (!part?.[1]) return undefined;
	const asked = new Set(contentStems(question));
	const described = contentStems(
		sentence.slice(end, end + DESCRIBED_CHARS).split(/[,;]|\s(?:were|was|are|is|had|have|has)\s/u)[0] ?? '',
	);
	// "How many of the treated mice survived?" asks the part, whatever words describe the whole.
	if (!/\bhow\s+many\s+of\b/iu.test(question) && described.some((word) => asked.has(word))) return undefined;
	const at = Math.max(0, start - 40) + part.index;
	return [at, at + part[1].length];
}
