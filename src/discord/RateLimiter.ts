/**
 * A sliding-window limiter: at most `limit` hits per key within `windowMs`. Keys live in two generations: each
 * `windowMs` the older one is dropped whole and the newer one becomes the older, and a key hit again moves to the
 * newest. A key whose hits have all left the window is forgotten within two windows, so memory follows the keys
 * active lately, never every key ever seen; `maxKeys` bounds it even then (a full generation is rotated early).
 */
export class RateLimiter {
	#current = new Map<string, number[]>();
	#previous = new Map<string, number[]>();
	#rotatedAt: number | undefined;

	constructor(
		private readonly limit: number,
		private readonly windowMs: number,
		private readonly now: () => number = Date.now,
		private readonly maxKeys = 1_000_000,
	) {}

	/** How many keys are held now. */
	get size(): number {
		return this.#current.size + this.#previous.size;
	}

	/**
	 * Records a hit for `key` when allowed; returns 0 when allowed, else the milliseconds until it would be.
	 *
	 * @example
	 * const cooldown = new RateLimiter(1, 5_000);
	 * cooldown.take('user'); // 0
	 * cooldown.take('user'); // about 5000
	 */
	take(key: string): number {
		if (this.limit <= 0 || this.windowMs <= 0) return 0;
		const now = this.now();
		this.#rotate(now);
		const held = this.#current.get(key) ?? this.#previous.get(key) ?? [];
		this.#previous.delete(key);
		const recent = held.filter((t) => now - t < this.windowMs);
		const wait = recent.length >= this.limit ? this.windowMs - (now - (recent[0] ?? now)) : 0;
		if (wait === 0) recent.push(now);
		this.#current.set(key, recent);
		return wait;
	}

	/** A generation older than a window holds only expired hits once the next rotation comes: drop it. */
	#rotate(now: number): void {
		this.#rotatedAt ??= now;
		if (now - this.#rotatedAt >= this.windowMs) {
			const skipped = now - this.#rotatedAt >= 2 * this.windowMs;
			this.#previous = skipped ? new Map() : this.#current;
			this.#current = new Map();
			this.#rotatedAt = now;
		} else if (this.#current.size >= this.maxKeys / 2) {
			this.#previous = this.#current;
			this.#current = new Map();
		}
	}
}
