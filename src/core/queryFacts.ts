import type { Corpus } from './Corpus.ts';
import type { FactPage, FactQuery } from './Factdesk.ts';
import { contentStems, indexedStems } from './tokenize.ts';
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
	const found = facts.filter((fact) => {
		if (query.kind ? fact.kind !== query.kind : fact.kind === 'claim') return false;
		if (query.report && fact.source.report !== query.report) return false;
		if (about.size && !isAbout(fact, about)) return false;
		const key = `${fact.source.report}|${fact.kind}|${fact.text.toLowerCase()}`;
		if (fact.kind !== 'claim' && fact.kind !== 'count' && fact.kind !== 'casualty' && seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	return factSheetOrder(found);
}

/** Where each kind stands on a fact sheet: key figures, then statements, then who, where and when. */
const SHEET_RANK: Readonly<Record<Fact['kind'], number>> = {
	count: 0,
	casualty: 0,
	quote: 1,
	attribution: 1,
	person: 2,
	place: 3,
	organisation: 4,
	date: 5,
	claim: 6,
};

/**
 * Facts in fact-sheet order: figures first (counts and casualties in report order, each conflicting figure right
 * after the first figure it disagrees with), then quotes and attributions, then people, places, organisations and
 * dates; within a kind, the order of the reports.
 *
 * @example
 * factSheetOrder(facts).map((f) => f.kind); // ['count', 'count', 'casualty', 'quote', 'person', 'place', 'date']
 */
export function factSheetOrder(facts: Fact[]): Fact[] {
	const ranked = facts
		.map((fact, at) => ({ fact, at }))
		.sort((a, b) => {
			return SHEET_RANK[a.fact.kind] - SHEET_RANK[b.fact.kind] || a.at - b.at;
		});
	const byId = new Map(facts.map((f) => [f.id, f]));
	const placed = new Set<string>();
	const ordered: Fact[] = [];
	for (const { fact } of ranked) {
		if (placed.has(fact.id)) continue;
		placed.add(fact.id);
		ordered.push(fact);
		for (const id of fact.conflicts) {
			const other = byId.get(id);
			if (other && !placed.has(id)) {
				placed.add(id);
				ordered.push(other);
			}
		}
	}
	return ordered;
}

/** The plain AboutMatcher: tokenises the fact's text, subject and sentence each time, as the index does. */
export function mentionsAny(fact: Fact, about: ReadonlySet<string>): boolean {
	const words = indexedStems(`${fact.text} ${fact.subject ?? ''} ${fact.kind === 'claim' ? '' : fact.source.quote}`);
	return words.some((w) => about.has(w));
}

/**
 * An AboutMatcher over the index: a sentence's words come from the corpus, a fact's own words are stemmed once
 * and kept (the same name recurs across facts), so a query over every fact takes milliseconds.
 */
export function indexedAbout(corpus: Corpus, sentenceAt: (fact: Fact) => number | undefined): AboutMatcher {
	const ownStems = new Map<string, Set<string>>();
	return (fact, about) => {
		const at = sentenceAt(fact) ?? -1;
		const sentence = at >= 0 && at < corpus.sentenceCount;
		if (fact.kind !== 'claim' || !sentence) {
			const own = `${fact.text} ${fact.subject ?? ''}`;
			let stems = ownStems.get(own);
			if (!stems) {
				stems = new Set(indexedStems(own));
				ownStems.set(own, stems);
			}
			for (const s of about) if (stems.has(s)) return true;
		}
		if (sentence) for (const s of about) if (corpus.sentenceHas(at, s)) return true;
		return false;
	};
}

/**
 * One page of `all` (clamped to the pages there are), with the totals.
 *
 * @example
 * pageOf(facts, 1, 5); // { facts: facts.slice(5, 10), total: facts.length, page: 1, pages: … }
 */
export function pageOf(all: Fact[], page: number, perPage: number): FactPage {
	const size = Math.max(1, Math.floor(perPage));
	const pages = Math.max(1, Math.ceil(all.length / size));
	const at = Math.min(Math.max(Math.floor(page), 0), pages - 1);
	return { facts: all.slice(at * size, (at + 1) * size), total: all.length, page: at, pages };
}
