/**
 * "Who was the other councillor who voted against?", "which two other ski centres…", "who else was on the shortlist",
 * "which councillors voted against besides Keel?": the ones asked are others than someone the report names, which a
 * report that names them often leaves unnamed ("two other retailers").
 */
const OTHERS_ASKED =
	/^\s*(?:who|which)\b(?:\s+(?:is|was|are|were|r))?\s+(?:the\s+)?(?:(?:two|three|four|five|\d+)\s+)?others?\b|^\s*(?:who|which)\b(?:\s+(?:is|was|are|were|r))?\s+(?:the\s+)?(?:\p{L}+\s+)?else\b|^\s*(?:who|which)\b.*\bbesides\s+\p{L}+/iu;

/**
 * Whether a "who" or "which" question asks for others than someone named ("who was the other councillor who voted
 * against"), whose answer the sentence that names that one does not give.
 *
 * @example
 * othersAsked('who was the other councillor who voted against'); // true
 * othersAsked('who donated the money for the other robots'); // false
 */
export function othersAsked(question: string): boolean {
	return OTHERS_ASKED.test(question);
}
