import Fuse from 'fuse.js';
import { DEFAULT_OPTIONS } from './options.ts';
import type { Fact } from './types.ts';

/** The most characters of what the user typed that are matched: Fuse's cost grows with the pattern's length. */
export const MAX_SUGGEST_INPUT = 32;

/**
 * Questions the reports can answer, written from their facts, for autocomplete: all of them for an empty
 * prefix, else those closest to what the user has typed so far (its first MAX_SUGGEST_INPUT characters). The
 * questions and their Fuse index are built once, on the first call, and reused by every later one.
 *
 * @example
 * const suggest = createSuggester(facts);
 * suggest('how many dro', 3); // ['How many drones were shot down?', 'How many drones were launched?', …]
 */
export function createSuggester(
	facts: Fact[],
	threshold = DEFAULT_OPTIONS.suggestThreshold,
): (partial: string, limit: number) => string[] {
	let built: { questions: string[]; fuse: Fuse<string> } | undefined;
	return (partial, limit) => {
		if (!built) {
			const questions = [...new Set(facts.flatMap(questionsFor))];
			built = { questions, fuse: new Fuse(questions, { threshold, ignoreLocation: true }) };
		}
		const typed = partial.slice(0, MAX_SUGGEST_INPUT).trim();
		if (!typed) return built.questions.slice(0, limit);
		return built.fuse
			.search(typed, { limit })
			.map((hit) => hit.item)
			.concat(typed.length >= 3 ? [typed] : [])
			.filter((q, i, all) => all.indexOf(q) === i)
			.slice(0, limit);
	};
}

/** suggestQuestions(facts, partial, limit): createSuggester for one call (tests, one-off use). */
export function suggestQuestions(facts: Fact[], partial: string, limit: number): string[] {
	return createSuggester(facts)(partial, limit);
}

/** A passive verb right after a count ("94 people had been rescued"): what happened to what it counts. */
const PASSIVE_AFTER = /^\s+(?:had been|have been|has been|were|was|are|is|will be|would be)\s+(\p{Ll}+(?:ed|en))\b/u;

/** How far after a count its passive verb is read: a window, so a sentence of many counts costs no more per count. */
const PASSIVE_CHARS = 40;

/** What happened to what a count counts: its action, else the passive verb after it. */
function verbOf(fact: Fact): string | undefined {
	return fact.detail ?? PASSIVE_AFTER.exec(fact.source.quote.slice(fact.span[1], fact.span[1] + PASSIVE_CHARS))?.[1];
}

/** Nouns that count many without a plural "s". */
const UNMARKED_PLURALS = /^(?:people|children|men|women|police|staff|personnel|cattle|crew|feet|aircraft)$/i;

/** A singular noun after a number above one names a thing ("a magnitude 6.8 earthquake"): no "how many" asks it. */
function namesRatherThanCounts(fact: Fact): boolean {
	const noun = fact.subject?.split(/\s+/)[0] ?? '';
	return (fact.value ?? 0) > 1 && !/s$/i.test(noun) && !UNMARKED_PLURALS.test(noun);
}

/** Questions a fact answers, e.g. "How many drones were shot down?" for the count "72 drones shot down". */
export function questionsFor(fact: Fact): string[] {
	switch (fact.kind) {
		case 'count':
		case 'casualty':
			if (!fact.subject || namesRatherThanCounts(fact)) return [];
			return [`How many ${fact.subject}${verbOf(fact) ? ` were ${verbOf(fact)}` : ''}?`];
		case 'person':
			return [fact.subject ? `Who is ${fact.text}?` : `What did ${fact.text} do?`];
		case 'quote':
			return fact.subject ? [`What did ${fact.subject} say?`] : [];
		case 'place':
			return [`What happened in ${fact.text}?`];
		case 'organisation':
			return [`What did the ${fact.text} say?`];
		default:
			return [];
	}
}
