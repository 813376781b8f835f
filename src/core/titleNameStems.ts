import { NOT_NAMES } from './mentionPatterns.ts';
import { tokenize } from './tokenize.ts';
import type { Report } from './types.ts';

/** How many of a report's first paragraphs are read for the full name its title shortens. */
const NAME_PARAGRAPHS = 2;
/** A run of capitalised words: "Frédéric François Chopin". */
const NAME_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+/gu;

/**
 * The stems of the other words of the full name a title word ends in the report's first paragraphs: "frédéric" and
 * "françois" for a report titled "Chopin" (or "fr-d-ric-chopin") that opens "Frédéric François Chopin was…". A
 * question that calls its subject by these ("At what age did Frédéric move to Paris?") asks about the report's topic.
 *
 * @example
 * titleNameStems({ id: 'chopin', title: 'Chopin', paragraphs: ['Frédéric Chopin was a composer.'] }, new Set(['chopin']));
 * // ['frédéric']
 */
export function titleNameStems(report: Report, titleStems: ReadonlySet<string>): string[] {
	const found = new Set<string>();
	for (const paragraph of report.paragraphs.slice(0, NAME_PARAGRAPHS)) {
		for (const run of paragraph.matchAll(NAME_RUN)) {
			const words = run[0].split(/\s+/).filter((word) => !NOT_NAMES.has(word));
			const last = tokenize(words.at(-1) ?? '')[0]?.stem;
			if (words.length < 2 || !last || !titleStems.has(last)) continue;
			for (const word of words.slice(0, -1)) for (const token of tokenize(word)) found.add(token.stem);
		}
	}
	for (const stem of titleStems) found.delete(stem);
	return [...found];
}
