import type { Mention, MentionType } from './findMentions.ts';
import type { Token } from './tokenize.ts';

/** Mentions looked at per sentence: enough for any real sentence, bounded for a wall of numbers. */
const MAX_MENTIONS = 40;

/** Kinds of mention in the sentence that the question does not itself name. */
export function unaskedMentionTypes(
	mentions: Mention[],
	tokens: Token[],
	asked: ReadonlySet<string>,
): Set<MentionType> {
	const kinds = new Set<MentionType>();
	for (let i = 0; i < Math.min(mentions.length, MAX_MENTIONS); i++) {
		const m = mentions[i] as Mention;
		if (kinds.has(m.type)) continue;
		if (!allAsked(m, tokens, asked)) kinds.add(m.type);
	}
	return kinds;
}

function allAsked(mention: Mention, tokens: Token[], asked: ReadonlySet<string>): boolean {
	let inside = 0;
	const from = firstTokenFrom(tokens, mention.start);
	for (let k = from < 0 ? tokens.length : from; k < tokens.length; k++) {
		const t = tokens[k] as Token;
		if (t.start >= mention.end) break;
		inside++;
		if (!asked.has(t.stem)) return false;
	}
	return inside > 0;
}

/** 1 / (1 + token distance) from the nearest unasked mention to the nearest question word; 0 when either is missing. */
export function answerProximity(
	mentions: Mention[],
	tokens: Token[],
	asked: ReadonlySet<string>,
	present: ReadonlySet<MentionType>,
): number {
	if (present.size === 0) return 0;
	const anchors: number[] = [];
	tokens.forEach((t, i) => {
		if (asked.has(t.stem)) anchors.push(i);
	});
	if (anchors.length === 0) return 0;
	let best = Number.POSITIVE_INFINITY;
	for (let i = 0; i < Math.min(mentions.length, MAX_MENTIONS); i++) {
		const m = mentions[i] as Mention;
		if (allAsked(m, tokens, asked)) continue;
		const at = firstTokenFrom(tokens, m.start);
		if (at < 0) continue;
		for (const a of anchors) best = Math.min(best, Math.abs(a - at));
	}
	return Number.isFinite(best) ? 1 / (1 + best) : 0;
}

/** The first token that starts at or after `offset`, or -1 (tokens are in order: a binary search). */
function firstTokenFrom(tokens: readonly Token[], offset: number): number {
	let low = 0;
	let high = tokens.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((tokens[middle] as Token).start < offset) low = middle + 1;
		else high = middle;
	}
	return low < tokens.length ? low : -1;
}
