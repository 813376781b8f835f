import type { AnalysedQuestion } from './analyseQuestion.ts';
import type { FeatureRow } from './FeatureRow.ts';
import type { MentionType } from './findMentions.ts';
import { STOPWORDS, type Token } from './tokenize.ts';

/** Buckets the question's opening ("what year", "how many", "who") is hashed into, each with its own weights. */
export const HEAD_BUCKETS = 24;
/** What a sentence may hold that some openings ask for. */
const SHAPES = ['number', 'date', 'name', 'quote', 'year', 'percent', 'money', 'cause'] as const;
const AUXILIARY = /^(is|was|are|were|did|does|do|has|have|had|can|could|will|would|should|may|might)$/;
const HEAD = /\b(what|which|who|whom|whose|when|where|why|how)\b(?:\s+([\p{L}]+))?/iu;
const SHAPE_PATTERNS: Partial<Record<(typeof SHAPES)[number], RegExp>> = {
	year: /\b(1[0-9]{3}|20[0-9]{2})s?\b/,
	percent: /%|\bper ?cent\b/i,
	money: /[$£€¥]|\b(dollars?|pounds?|euros?|yen)\b/i,
	cause: /\b(because|due to|in order to|so that|owing to|as a result|led to|caused)\b/i,
};

/** Names of the lexical features, in the order lexicalFeatures writes them. */
export const LEXICAL_FEATURES: readonly string[] = [
	'focusCovered',
	'compactness',
	'orderOverlap',
	...Array.from({ length: HEAD_BUCKETS }, (_, b) => SHAPES.map((s) => `head${b}×${s}`)).flat(),
];

/** The question's opening, reduced: the wh-word and the word after it ("what year"), auxiliaries as "aux". */
export function questionHead(text: string): { key: string; focus: string[] } {
	const match = HEAD.exec(text);
	if (!match) return { key: 'none', focus: [] };
	const wh = (match[1] ?? '').toLowerCase();
	const next = (match[2] ?? '').toLowerCase();
	if (!next || AUXILIARY.test(next)) return { key: `${wh} aux`, focus: [] };
	if (STOPWORDS.has(next)) return { key: `${wh} ${next}`, focus: [] };
	return { key: `${wh} ${next}`, focus: [next] };
}

/**
 * Features of how a sentence's words meet the question's: the words right after the wh-word ("which *river*"), how
 * close together the question's words stand, how much of their order is kept, and what the sentence holds that the
 * question's opening asks for (a year for "what year"), hashed by opening; appended to `out`.
 */
export function lexicalFeatures(
	head: ReturnType<typeof headOf>,
	tokens: readonly Token[],
	quote: string,
	mentionTypes: ReadonlySet<MentionType>,
	out: Pick<FeatureRow, 'add'>,
): void {
	const own = head.ownStems;
	// Where the question's own words stand (first and last), and the sentence's content stems, in one pass.
	let first = -1;
	let last = -1;
	const sentenceStems: string[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i] as Token;
		if (STOPWORDS.has(t.word)) continue;
		sentenceStems.push(t.stem);
		if (!own.includes(t.stem)) continue;
		if (first < 0) first = i;
		last = i;
	}
	let matched = 0;
	for (let i = 0; i < own.length; i++) {
		const s = own[i] as string;
		if (own.indexOf(s) === i && sentenceStems.includes(s)) matched++;
	}
	const window = first < 0 ? 0 : last - first + 1;
	const focus = head.focusStems.length
		? head.focusStems.filter((f) => sentenceStems.includes(f)).length / head.focusStems.length
		: 0;
	const shapes = SHAPES.map((shape) => {
		const pattern = SHAPE_PATTERNS[shape];
		return pattern ? pattern.test(quote) : mentionTypes.has(shape as MentionType);
	});
	out.add(focus);
	out.add(matched > 1 ? matched / window : matched);
	out.add(own.length ? longestCommonSubsequence(own, sentenceStems) / own.length : 0);
	for (let b = 0; b < HEAD_BUCKETS; b++) for (const present of shapes) out.add(b === head.bucket && present ? 1 : 0);
}

/** The question's head bucket, focus stems and own stems, once per question. */
export function headOf(question: AnalysedQuestion, stemOf: (word: string) => string) {
	const { key, focus } = questionHead(question.text);
	let hash = 2166136261;
	for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619);
	const ownStems = question.terms.filter((t) => t.weight === 1).map((t) => t.stem);
	return { bucket: (hash >>> 0) % HEAD_BUCKETS, focusStems: focus.map(stemOf), ownStems };
}

function longestCommonSubsequence(a: readonly string[], b: readonly string[]): number {
	const row = new Array<number>(b.length + 1).fill(0);
	for (const x of a) {
		let diagonal = 0;
		for (let j = 1; j <= b.length; j++) {
			const above = row[j] ?? 0;
			row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] ?? 0);
			diagonal = above;
		}
	}
	return row[b.length] ?? 0;
}
