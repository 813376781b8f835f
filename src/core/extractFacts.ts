import { extractCounts } from './extractCounts.ts';
import { extractEntities, type KnownPeople } from './extractEntities.ts';
import { endingSpeaker, extractStatements } from './extractStatements.ts';
import type { Mention } from './findMentions.ts';
import { knowSpeakingSurnames, rememberFullNames } from './knowSpeakingSurnames.ts';
import { linkConflicts } from './linkConflicts.ts';
import { datelineEnd } from './pickClause.ts';
import { type Fact, FactSchema, type SourceRef } from './types.ts';

/** The conflicts of every fact that has none: one shared, frozen list instead of an empty array per fact. */
export const NO_CONFLICTS: string[] = Object.freeze([]) as unknown as string[];

/**
 * A speech verb right after a name, past an age or a description between commas ("Marsh, 52, said"), or the comma that
 * closes the name's own apposition ("The council's leader, Rosalind Achter, said").
 */
const SPEAKS_AFTER =
	/^(?:,[^,]{1,60},|,)?\s+(?:said|says|told|tells|added|stated|claimed|warned|wrote|noted|insisted|argued|declared|confirmed|announced)\b/u;
/** How far after a name its speech verb is looked for, in characters. */
const SPEECH_REACH = 80;

/** A sentence that opens on a quotation mark. */
const OPENS_QUOTE = /^\s*[“"]/u;

/**
 * The id of fact `k` of a sentence ("report/2.3/1"), made with join, which gives one flat string (a template
 * literal makes a rope of five pieces, several times the memory).
 */
export function factId(source: SourceRef, k: number): string {
	return [source.report, '/', source.paragraph, '.', source.sentence, '/', k].join('');
}

/** A sentence as fact extraction reads it: its position (to find its mentions), paragraph and source. */
export interface FactSentence {
	index: number;
	paragraphIndex: number;
	ref: SourceRef;
}

/**
 * Extracts typed facts from every sentence: counts, casualties, people, places, organisations, dates, quotes,
 * attributions, and each sentence as a claim. Every fact keeps its source; figures that disagree are linked.
 *
 * @example
 * extractFacts(sentences, mentions).filter((f) => f.kind === 'count')[0].text; // '150 drones launched'
 */
export function extractFacts(
	sentences: Iterable<FactSentence>,
	mentions: readonly Mention[][],
	eachSentence?: () => void,
): Fact[] {
	const facts: Fact[] = [];
	const people = new Map<string, KnownPeople>();
	let lastPerson: string | undefined;
	let lastSpeaker: string | undefined;
	let lastParagraph = -1;
	// Each sentence is read with the next one at hand: a quotation it opens may be ended, with its speaker, there.
	let previous: FactSentence | undefined;
	for (const next of sentences) {
		if (previous) read(previous, next);
		previous = next;
	}
	if (previous) read(previous, undefined);
	linkConflicts(facts);
	for (const fact of facts) if (fact.conflicts.length === 0) fact.conflicts = NO_CONFLICTS;
	return facts;

	function read(sentence: FactSentence, next: FactSentence | undefined): void {
		eachSentence?.();
		const source = sentence.ref;
		const known: KnownPeople = people.get(source.report) ?? { byLastName: new Map() };
		people.set(source.report, known);
		if (sentence.paragraphIndex !== lastParagraph) {
			// 'Baumann conceded defeat…' then a paragraph '"The voters have spoken," he said.': one opening on a
			// quotation goes on with the person the one before ended on.
			if (!OPENS_QUOTE.test(source.quote)) lastPerson = undefined;
			lastSpeaker = undefined;
		}
		lastParagraph = sentence.paragraphIndex;
		const found = mentions[sentence.index] ?? [];
		knowSpeakingSurnames(source.quote, found, known);
		const entities = extractEntities(source, found, known);
		rememberFullNames(found, entities, known);
		const following = next?.paragraphIndex === sentence.paragraphIndex ? next : undefined;
		const nextSpeaker =
			following && found.some((m) => m.type === 'quote' && m.end === source.quote.length)
				? endingSpeaker(following.ref.quote, mentions[following.index] ?? [], lastPerson)
				: undefined;
		const lastRole = lastPerson ? known.byLastName.get(lastPerson.split(' ').pop() ?? '')?.role : undefined;
		const statements = extractStatements(source, found, lastPerson, lastSpeaker, nextSpeaker, lastRole).map((f) =>
			// "…," Ivers told reporters: the speaker by the full name given earlier ("Governor Kay Ivers").
			f.kind === 'quote' && f.subject && !/\s/.test(f.subject)
				? { ...f, subject: known.byLastName.get(f.subject)?.name ?? known.fullNames?.get(f.subject) ?? f.subject }
				: f,
		);
		const quoted = found.filter((m) => m.type === 'quote');
		const speaking = entities.filter(
			(f) => f.kind === 'person' && !quoted.some((q) => f.span[0] >= q.start && f.span[1] <= q.end),
		);
		// A quote's speaker named by surname alone ("…," Yerlikaya told reporters) is the one a later "he said" means.
		const speaker = statements.filter((f) => f.kind === 'quote' && /^\p{Lu}/u.test(f.subject ?? '')).pop();
		// A later "he said" means the person the sentence opens with, its subject ("Lindqvist, 27, … compared with two
		// for Okafor. The Swede missed… '…,' he said."), else the person it names last.
		const opening = speaking.find((f) => f.span[0] <= datelineEnd(source.quote) + 1);
		// "Chief prosecutor Helena Marsh said investigators believed Fennick had… '…,' she told reporters": the one
		// who spoke, not the one spoken of.
		const saying = speaking.find((f) => SPEAKS_AFTER.test(source.quote.slice(f.span[1], f.span[1] + SPEECH_REACH)));
		lastPerson = (opening ?? saying ?? speaking.at(-1))?.text ?? speaker?.subject ?? lastPerson;
		lastSpeaker = statements.filter((f) => f.kind === 'quote').pop()?.subject ?? lastSpeaker;
		const all = [
			...extractCounts(source, found),
			...entities,
			...statements,
			{
				kind: 'claim' as const,
				text: source.quote,
				span: [0, source.quote.length] as [number, number],
				source,
				conflicts: [],
			},
		];
		markReporters(all, source.quote);
		all.forEach((fact, k) => {
			const parsed = FactSchema.parse({ ...fact, id: factId(source, k) });
			// The facts of a sentence share its source reference (parsing copied it), and the span is a plain pair
			// again: at 10,000 reports that is hundreds of thousands of objects fewer, and some 100 MB.
			parsed.source = source;
			parsed.span = [parsed.span[0], parsed.span[1]];
			facts.push(parsed);
		});
	}
}

/**
 * Who gives each figure of a sentence: the source an attribution names ("according to Ukrainian officials"), or else
 * the last person named before the figure who is not only a possessive ("Putin’s pledge"). One pass over the
 * sentence's people and figures in order, so a sentence of thousands of figures costs no more than reading them.
 */
function markReporters(facts: Omit<Fact, 'id'>[], sentence: string): void {
	const figures = facts
		.filter((f) => f.kind === 'count' || f.kind === 'casualty')
		.sort((a, b) => a.span[0] - b.span[0]);
	if (figures.length === 0) return;
	const attribution = facts.find((f) => f.kind === 'attribution')?.subject;
	const people = attribution
		? []
		: facts
				.filter((f) => f.kind === 'person' && !/^[’']s\b/.test(sentence.slice(f.span[1], f.span[1] + 3)))
				.sort((a, b) => a.span[1] - b.span[1]);
	let next = 0;
	let speaker: string | undefined;
	for (const figure of figures) {
		while (next < people.length && (people[next]?.span[1] ?? 0) <= figure.span[0]) speaker = people[next++]?.text;
		const by = attribution ?? speaker;
		if (by) figure.reportedBy = by;
	}
}
