import type { Fact, SourceRef } from './types.ts';

/** Head nouns of counts of people (singular, as headNoun gives them). */
const PEOPLE = new Set(
	'people person resident passenger civilian child children adult men women man woman worker other survivor student patient voter member'.split(
		' ',
	),
);

/** The most figures one count is linked to as conflicting, and the most counts looked at to find them. */
const MAX_CONFLICTS = 10;
const MAX_SCANNED = 1000;

/**
 * Links counts that give different figures for the same thing and the same action, in different sentences of
 * the same report, in the order they appear: up to MAX_CONFLICTS each, among the first MAX_SCANNED counts of
 * that thing. Counts are grouped by report, noun and action first, so the work grows with the number of counts,
 * not with its square (a report of 20,000 counts of drones would otherwise link 400 million pairs).
 */
export function linkConflicts(facts: Fact[]): void {
	const groups = new Map<string, Fact[]>();
	for (const fact of facts) {
		if ((fact.kind !== 'count' && fact.kind !== 'casualty') || fact.value === undefined) continue;
		const noun = headNoun(fact.subject);
		// People counted with no action stated ("94 people" rescued, "160 people" on board) are often different groups.
		if (!fact.detail && PEOPLE.has(noun)) continue;
		const key = `${fact.source.report}\0${noun}\0${fact.detail ?? 'launched'}`;
		const group = groups.get(key);
		if (group) group.push(fact);
		else groups.set(key, [fact]);
	}
	for (const group of groups.values()) {
		if (group.length < 2) continue;
		const scanned = group.slice(0, MAX_SCANNED);
		for (const a of group)
			for (const b of scanned) {
				if (a.value === b.value || sameSentence(a.source, b.source)) continue;
				a.conflicts.push(b.id);
				if (a.conflicts.length >= MAX_CONFLICTS) break;
			}
	}
}

function headNoun(subject: string | undefined): string {
	const last = (subject ?? '').toLowerCase().split(/\s+/).pop() ?? '';
	return last.replace(/(ies)$/, 'y').replace(/s$/, '');
}

function sameSentence(a: SourceRef, b: SourceRef): boolean {
	return a.report === b.report && a.paragraph === b.paragraph && a.sentence === b.sentence;
}
