/**
 * Whether a text writes a word that begins with the first `letters` letters of `word`, case aside: "Ukrainian" for
 * "ukraine", "erupted" for "eruption" (with 5 letters).
 *
 * @example
 * writesWordStarting('Ukrainian President Zelensky', 'ukraine', 5); // true
 */
export function writesWordStarting(text: string, word: string, letters: number): boolean {
	return new RegExp(`(?<!\\p{L})${escapeRegExp(word.slice(0, letters))}`, 'iu').test(text);
}

/** The text with every character a regular expression reads specially escaped. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
