/** A sliding-window limiter: at most `limit` hits per key within `windowMs`. */
export class RateLimiter {
	readonly #hits = new Map<string, number[]>();

	constructor(
		private readonly limit: number,
		private readonly windowMs: number,
		private readonly now: () => number = Date.now,
	) {}

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
		const recent = (this.#hits.get(key) ?? []).filter((t) => now - t < this.windowMs);
		if (recent.length >= this.limit) {
			this.#hits.set(key, recent);
			return this.windowMs - (now - (recent[0] ?? now));
		}
		recent.push(now);
		this.#hits.set(key, recent);
		return 0;
	}
}
