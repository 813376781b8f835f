import type { FactQuery } from './Factdesk.ts';
import { contentStems } from './tokenize.ts';
import type { Fact } from './types.ts';

/** Whether a fact is about any of the given stems (its own words, its subject, or, but for claims, its sentence). */
export type AboutMatcher = (fact: Fact, about: ReadonlySet<string>) => boolean;

/**
 * The facts of a kind, about some words, in a report; without a kind, every kind but the sentence-claims.
 * Repeats of the same fact (the same person named twice) are listed once, at their first mention. `isAbout`
 * decides what "about" means; the engine passes one that reuses its index instead of tokenising each sentence.
 *
 * @example
 * queryFacts(facts, { kind: 'count', about: 'drones' }).map((f) => f.text); // ['150 drones launched', …]
 */
export function queryFacts(facts: Fact[], query: FactQuery, isAbout: AboutMatcher = mentionsAny): Fact[] {
	const about = new Set(contentStems(query.about ?? ''));
	const seen = new Set<string>();
	return facts.filter((fact) => {
		if (query.kind ? fact.kind !== query.kind : fact.kind === 'claim') return false;
		if (query.report && fact.source.report !== query.report) return false;
		if (about.size && !isAbout(fact, about)) return false;
		const key = `${fact.source.report}|${fact.kind}|${fact.text.toLowerCase()}`;
		if (fact.kind !== 'claim' && fact.kind !== 'count' && fact.kind !== 'casualty' && seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** The plain AboutMatcher: tokenises the fact's text, subject and sentence each time. */
export function mentionsAny(fact: Fact, about: ReadonlySet<string>): boolean {
	const words = contentStems(`${fact.text} ${fact.subject ?? ''} ${fact.kind === 'claim' ? '' : fact.source.quote}`);
	return words.some((w) => about.has(w));
}
