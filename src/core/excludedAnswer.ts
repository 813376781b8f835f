import { contentStems } from './tokenize.ts';

/** "besides Kettlebury", "apart from Sutherland", "other than the N14": what the question leaves out of its answer. */
const LEFT_OUT =
	/\b(?:apart\s+from|aside\s+from|besides|except(?:\s+for)?|other\s+than|excluding|not\s+counting)\s+(?:the\s+)?([^?,.!]+?)(?=\s*[?,.!]|\s+(?:and|or|who|that|did|does|do|was|were|is|are|has|have|had|will|would|voted|got|get)\b|\s*$)/iu;

/**
 * Whether a short answer is what the question itself leaves out: "In Kettlebury" for "which other towns are losing
 * their only pharmacy besides kettlebury", "Ray Sutherland" for "which councillors voted no apart from sutherland".
 *
 * @example
 * excludedAnswer('which councillors voted no apart from sutherland', 'Ray Sutherland'); // true
 */
export function excludedAnswer(question: string, answer: string): boolean {
	const left = LEFT_OUT.exec(question)?.[1];
	if (!left) return false;
	const out = new Set(contentStems(left));
	return out.size > 0 && contentStems(answer).some((word) => out.has(word));
}
