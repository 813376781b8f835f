/** A figure in words of no number: "several outer islands", "thousands of households", "a few weeks". */
const VAGUE =
	/^(?:several|many|some|a\s+few|a\s+number\s+of|numerous|countless|hundreds|thousands|millions|dozens|scores)\b/i;

/**
 * Whether an answer to "how many/much/long/fast…" is an amount of no number ("several outer islands", "thousands"):
 * a sentence below may give the figure.
 *
 * @example
 * vagueAmount('several outer islands'); // true
 * vagueAmount('85 islands'); // false
 */
export function vagueAmount(answer: string): boolean {
	return VAGUE.test(answer.trim());
}
