/**
 * A feature vector written in order, like an array pushed to, but stored at its expected length from the start:
 * a 250-feature array grown push by push is copied half a dozen times, for every candidate of every question.
 */
export class FeatureRow {
	private readonly values: number[];
	private length = 0;

	constructor(expected: number) {
		// Filled with a fraction so the array holds doubles from the start (no copy when the first one is written).
		this.values = new Array<number>(expected).fill(0.5);
	}

	/** Appends one value. */
	add(value: number): void {
		this.values[this.length++] = value;
	}

	/** Appends values in order. */
	addAll(values: readonly number[]): void {
		for (const value of values) this.values[this.length++] = value;
	}

	/** The values added, as an array exactly as long as what was added. */
	finish(): number[] {
		if (this.values.length !== this.length) this.values.length = this.length;
		return this.values;
	}
}
