/** "Where exactly was the reading taken?", "what burst exactly": a finer detail than a sentence's plain answer. */
const EXACTLY = /\bexactly\b/i;
/** "What exactly is a quark?", "what exactly does short-term memory allow…": a definition asked, told as one. */
const DEFINITION = /^\s*what\s+exactly\s+(?:is|are|does|do)\b/i;

/**
 * Whether a question asks for the exact detail ("where exactly did they find it", "what is he charged with exactly"),
 * which a sentence naming the broader answer (a region, "31 offences") seldom gives; not a definition ("what exactly
 * is a quark").
 *
 * @example
 * exactDetailAsked('where exactly did the avalanche happen'); // true
 */
export function exactDetailAsked(question: string): boolean {
	return EXACTLY.test(question) && !DEFINITION.test(question);
}
