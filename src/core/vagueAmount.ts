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
	// "some 30 performances", "a few hundred people": a figure after all.
	return VAGUE.test(answer.trim()) && !/\d/.test(answer) && !NUMBER_WORD.test(answer);
}

/** A number in words inside an amount: "a few hundred", "some two dozen". */
const NUMBER_WORD =
	/\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen)\b/i;
