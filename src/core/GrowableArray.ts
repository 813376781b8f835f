/** A Uint32Array that grows as values are pushed (doubling), for building the index without arrays of objects. */
export class GrowableUint32 {
	private data: Uint32Array;
	length = 0;

	constructor(capacity = 1024) {
		this.data = new Uint32Array(capacity);
	}

	push(value: number): void {
		if (this.length === this.data.length) {
			const bigger = new Uint32Array(this.data.length * 2);
			bigger.set(this.data);
			this.data = bigger;
		}
		this.data[this.length++] = value;
	}

	at(index: number): number {
		return this.data[index] ?? 0;
	}

	set(index: number, value: number): void {
		this.data[index] = value;
	}

	/** Forgets everything from `length` on (a report left out of the index). */
	truncate(length: number): void {
		this.length = Math.min(this.length, length);
	}

	/** The values pushed, in an array of their own size. */
	toArray(): Uint32Array {
		return this.data.slice(0, this.length);
	}
}

/** The same for float values (mention values: numbers may be fractional or huge). */
export class GrowableFloat64 {
	private data = new Float64Array(1024);
	length = 0;

	push(value: number): void {
		if (this.length === this.data.length) {
			const bigger = new Float64Array(this.data.length * 2);
			bigger.set(this.data);
			this.data = bigger;
		}
		this.data[this.length++] = value;
	}

	truncate(length: number): void {
		this.length = Math.min(this.length, length);
	}

	toArray(): Float64Array {
		return this.data.slice(0, this.length);
	}
}
