import { RateLimiter } from './RateLimiter.ts';

export interface AutocompleteLimits {
	/** Autocomplete requests a member may make a second; more get no suggestions. */
	perMemberPerSecond: number;
	/** Suggestions being worked out by the engine at once; past that a request gets none instead of queueing. */
	maxInFlight: number;
	/** How long to wait for the engine's suggestions before answering with none (Discord allows 3 s). */
	timeoutMs: number;
}

export const AUTOCOMPLETE_LIMITS: AutocompleteLimits = { perMemberPerSecond: 4, maxInFlight: 4, timeoutMs: 1_000 };

/**
 * Keeps autocomplete from starving the engine that answers questions: each member gets a few requests a second,
 * only a few suggestion lists are worked out at once (a request beyond that is answered with none rather than
 * queued behind the others), and a slow one is answered with none when its time is up.
 *
 * @example
 * const gate = new AutocompleteGate();
 * await interaction.respond(await gate.choices(interaction.user.id, () => suggestionsFor(interaction)));
 */
export class AutocompleteGate {
	#inFlight = 0;
	readonly #perMember: RateLimiter;

	constructor(private readonly limits: AutocompleteLimits = AUTOCOMPLETE_LIMITS) {
		this.#perMember = new RateLimiter(limits.perMemberPerSecond, 1_000);
	}

	/** The choices `work` finds, or none when the member asks too often, the engine is busy, or it is too slow. */
	async choices<T>(memberId: string, work: () => Promise<T[]>): Promise<T[]> {
		if (this.#inFlight >= this.limits.maxInFlight || this.#perMember.take(memberId) > 0) return [];
		this.#inFlight++;
		const working = work().finally(() => this.#inFlight--);
		let timer: NodeJS.Timeout | undefined;
		const late = new Promise<T[]>((resolve) => {
			timer = setTimeout(() => resolve([]), this.limits.timeoutMs);
		});
		try {
			return await Promise.race([working, late]);
		} finally {
			clearTimeout(timer);
			working.catch(() => undefined);
		}
	}
}
