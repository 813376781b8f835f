import type { Fact, ReportInfo } from '../core/types.ts';
import { consoleText } from './consoleText.ts';
import { formatCitation } from './formatCitation.ts';

/**
 * Facts as terminal text, one a line with its kind and where it stands; at most `limit` lines, then how many more.
 *
 * @example
 * formatFacts(desk.facts({ kind: 'count' }), desk.reports(), 20);
 * // '3 facts:\n- [count] 145 drones launched (Energy truce strikes, paragraph 5, sentence 1)\n…'
 */
export function formatFacts(
	facts: readonly Fact[],
	reports: readonly ReportInfo[],
	limit = Number.POSITIVE_INFINITY,
): string {
	if (facts.length === 0) return consoleText.noFacts;
	const shown = facts.slice(0, limit);
	const lines = [consoleText.chat.factsHeading(facts.length)];
	for (const fact of shown) lines.push(`- [${fact.kind}] ${fact.text} (${formatCitation(fact.source, reports)})`);
	if (facts.length > shown.length) lines.push(consoleText.chat.factsMore(facts.length - shown.length));
	return lines.join('\n');
}
