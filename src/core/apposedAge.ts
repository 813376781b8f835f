/** A question of someone's age: "how old is Fenwick", "what age was she". */
export const AGE_ASKED = /\b(?:how\s+old|ages?|aged|years?\s+old|born)\b/iu;

/**
 * Whether a figure is a bare number in commas right after a name, as ages are written ("Morwenna Kettle, 52, and her
 * son Jago, 27."): it counts nothing.
 *
 * @example
 * apposedAge('run by Ann Kettle, 52, and her son', { text: '52', start: 19, end: 21 }); // true
 */
export function apposedAge(sentence: string, figure: { text: string; start: number; end: number }): boolean {
	return (
		/^\d{1,3}$/u.test(figure.text) &&
		/\p{Lu}[\p{L}'’-]*,\s*$/u.test(sentence.slice(Math.max(0, figure.start - 40), figure.start)) &&
		/^\s*(?:,|\.?["”]?\s*$)/u.test(sentence.slice(figure.end))
	);
}
