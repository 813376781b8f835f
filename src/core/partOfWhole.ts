import { ASKS_ALL_THERE } from './partOfTotal.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { contentStems } from './tokenize.ts';

/** A figure, maybe hedged: "about 2,900", "37". */
const FIGURE = String.raw`(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|fewer\s+than\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)`;
/** The part before its whole: "About 2,900 of DMT's ", "37 of the ". */
const PART_BEFORE = new RegExp(
	String.raw`(?:^|[^\p{L}\d])(${FIGURE})\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|[\p{L}.&-]+['’]s\s+)?$`,
	'iu',
);
/** The whole before its part: "Of the 148 sites, 37 …". */
const WHOLE_OPENING = /(?:^|[,;]\s*)of\s+(?:the\s+|its\s+|their\s+|[\p{L}.&-]+['’]s\s+)?$/iu;
/** A later figure that did a deed, no noun between: "…found that 17 had disappeared", "17 of them had gone". */
const PART_DOING = new RegExp(
	String.raw`(?<![\p{L}\d,.])(${FIGURE})\s+(?:of\s+them\s+)?(?:(had|have|has|were|was|are|is)\s+)?(?:(?:been|already|now|all|\p{L}+ly)\s+)?(\p{L}+)`,
	'giu',
);
const PART_AFTER = new RegExp(String.raw`^,\s*(${FIGURE})\b`, 'iu');
/** Words that go on describing the whole after its noun: " on board", " in the building". */
const WHOLE_MODIFIER = /^\s+((?:on|in|at|aboard|inside|from|of|with)\s+(?:the\s+|a\s+)?[\p{L}-]+)/iu;
/** A question that asks the whole: "how many drivers does DMT have", "in total", "altogether". */
const ASKS_WHOLE =
	/\b(?:does|do|did)\b[^?]*\bhave\b|\b(?:employ|employs|employed|own|owns|total|in\s+all|altogether|overall|all\s+told|out\s+of)\b/iu;

/**
 * For "how many drivers joined the strike?" of "About 2,900 of DMT's 3,400 drivers joined the walkout" (or "Of the 148
 * sites, 37 no longer had frogs"), where the count found (`start`…`end`) is the whole: the part that did the deed
 * ("About 2,900"), of several the one told with the question's words ("Of the 14 deaths, nine were in Cagayan and five
 * in Isabela": five for Isabela). Undefined where the question asks the whole ("how many drivers does DMT have") or the
 * count has no part.
 *
 * @example
 * partOfWhole('how many drivers joined', "About 2,900 of DMT's 3,400 drivers joined.", 20, 34)?.text; // 'About 2,900'
 */
export function partOfWhole(question: string, sentence: string, start: number, end: number): AnswerPhrase | undefined {
	if (ASKS_WHOLE.test(question) || ASKS_ALL_THERE.test(question)) return undefined;
	// "Three of the 20 people on board died" for "how many people were on board": the whole's own words.
	const own = WHOLE_MODIFIER.exec(sentence.slice(end))?.[1];
	if (own && contentStems(own).some((word) => contentStems(question).includes(word))) return undefined;
	const before = PART_BEFORE.exec(sentence.slice(Math.max(0, start - 40), start));
	if (before?.[1]) {
		const from = start - before[0].length + before[0].indexOf(before[1]);
		return { text: before[1], start: from, end: from + before[1].length, typed: true };
	}
	if (!WHOLE_OPENING.test(sentence.slice(Math.max(0, start - 30), start)))
		return /\p{L}/u.test(sentence.slice(start, end)) ? partDoing(question, sentence, end) : undefined;
	const after = PART_AFTER.exec(sentence.slice(end));
	if (!after?.[1]) return undefined;
	const from = end + after[0].length - after[1].length;
	// "Of the 14 deaths, nine were in Cagayan and five in neighbouring Isabela": the part told with the question's words.
	const asked = new Set(contentStems(question));
	const clause = sentence.slice(from).split(/[.;]/u)[0] ?? '';
	const parts = [...clause.matchAll(new RegExp(String.raw`(?<![\p{L}\d])${FIGURE}\b`, 'giu'))];
	for (const [i, part] of parts.entries()) {
		const tail = clause.slice((part.index ?? 0) + part[0].length, parts[i + 1]?.index ?? clause.length);
		if (contentStems(tail).some((word) => asked.has(word))) {
			const at = from + (part.index ?? 0);
			return { text: part[0], start: at, end: at + part[0].length, typed: true };
		}
	}
	return { text: after[1], start: from, end: from + after[1].length, typed: true };
}

/**
 * "A survey of 112 glaciers … found that 17 had disappeared": a later figure of the same clause whose deed, right
 * after it, is the question's ("how many glaciers disappeared").
 */
function partDoing(question: string, sentence: string, end: number): AnswerPhrase | undefined {
	const asked = new Set(contentStems(question));
	// A sentence past the limit is read up to it, so the work a question does stays bounded.
	const rest = sentence.slice(end, end + SENTENCE_LIMITS.chars).split(/[.;]/u)[0] ?? '';
	// "212 residents voted against, 31 voted in favour": a count that did the deed itself is no whole.
	const own = /^\s+(?:(?:had|have|has|were|was|are|is)\s+)?(?:(?:been|already|now|all|\p{L}+ly)\s+)?(\p{L}+)/u.exec(
		rest,
	)?.[1];
	if (own && contentStems(own).some((word) => asked.has(word))) return undefined;
	for (const part of rest.matchAll(PART_DOING)) {
		// A deed, told by a helping verb or a past form ("17 had disappeared", "97 signed"), not a noun ("3,400 drivers").
		const deed = part[3] ?? '';
		if (!part[1] || !(part[2] || /ed$/u.test(deed)) || !contentStems(deed).some((word) => asked.has(word))) continue;
		const at = end + part.index;
		return { text: part[1], start: at, end: at + part[1].length, typed: true };
	}
	return undefined;
}
