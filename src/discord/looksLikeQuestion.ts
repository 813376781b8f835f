const INTERROGATIVES = new Set(
	'who whom whose what which when where why how is are was were did does do can could will would should has have had'.split(
		' ',
	),
);

/**
 * Whether a chat message reads like a question: it ends in a question mark or starts with an interrogative word.
 *
 * @example
 * looksLikeQuestion('How many drones were shot down'); // true
 * looksLikeQuestion('good morning'); // false
 */
export function looksLikeQuestion(text: string): boolean {
	const trimmed = text.trim();
	if (trimmed.endsWith('?') || trimmed.endsWith('？')) return true;
	const first =
		trimmed
			.split(/\s+/, 1)[0]
			?.toLowerCase()
			.replace(/[^\p{L}]/gu, '') ?? '';
	return INTERROGATIVES.has(first);
}
