import { type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import type { FactPage } from '../core/Factdesk.ts';
import { quoteSentence } from '../core/quoteSentence.ts';
import { resolveRelativeDate } from '../core/resolveRelativeDate.ts';
import type { Fact, FactKind } from '../core/types.ts';
import { encodeCustomId } from './customIds.ts';
import type { Outgoing } from './fitMessage.ts';
import { plainText } from './plainText.ts';
import { wording } from './wording/wording.ts';

/** Facts shown on one page of /facts. */
export const FACTS_PER_PAGE = 5;

export interface FactsView {
	kind?: FactKind;
	about?: string;
	titleOf: (id: string) => string;
	/** A report's published date: a date fact in relative words ("on Sunday") shows the date it stands for. */
	publishedOf?: (id: string) => string | undefined;
}

/** What a fact's line says beside the fact: who gives a figure, who said a quote, a person's role. */
function aside(fact: Fact): string | undefined {
	if ((fact.kind === 'count' || fact.kind === 'casualty') && fact.reportedBy)
		return wording().factReportedBy(fact.reportedBy);
	if (fact.kind === 'quote' && fact.subject) return wording().factSaidBy(fact.subject);
	if (fact.kind === 'person' && fact.subject) return fact.subject;
	return undefined;
}

/**
 * One line per fact: the fact in bold (a quote in quotation marks), what it is beside it, a warning on a figure
 * that another contradicts, and its source; its sentence is quoted under it the first time the page cites it.
 */
function line(fact: Fact, view: FactsView, quoted: Set<string>): string {
	const { titleOf } = view;
	const where = `${titleOf(fact.source.report)}, ¶${fact.source.paragraph}`;
	const warning = fact.conflicts.length > 0 ? ` ⚠ ${wording().factConflicts}` : '';
	const said = aside(fact);
	const dated =
		fact.kind === 'date' ? resolveRelativeDate(fact.text, view.publishedOf?.(fact.source.report)) : undefined;
	const head = fact.kind === 'quote' ? `“${fact.text}”` : (dated ?? fact.text);
	const first = `**${plainText(head)}**${said ? ` — ${plainText(said)}` : ''}${warning} *(${plainText(where)})*`;
	const key = `${fact.source.report}|${fact.source.paragraph}|${fact.source.sentence}`;
	if (fact.kind === 'quote' || quoted.has(key)) return first;
	quoted.add(key);
	return `${first}\n> ${plainText(quoteSentence(fact.source.quote))}`;
}

/**
 * One page of a fact sheet (FACTS_PER_PAGE long, from Factdesk.factPage): one line per fact with its paragraph,
 * each sentence quoted at most once a page, with Previous/Next buttons when there are more.
 */
export function renderFacts({ facts, total, page, pages }: FactPage, view: FactsView): Outgoing {
	if (total === 0) return { content: wording().noFacts };
	const quoted = new Set<string>();
	const embed = {
		title: wording().factsTitle(view.kind, view.about && plainText(view.about)),
		description: facts.map((fact) => line(fact, view, quoted)).join('\n'),
		footer: { text: wording().factsPage(page + 1, pages, total) },
	};
	if (pages === 1) return { embeds: [embed], components: [] };
	const pageButton = (label: string, target: number, disabled: boolean): APIButtonComponent => ({
		type: ComponentType.Button,
		style: ButtonStyle.Secondary,
		label,
		disabled,
		custom_id: encodeCustomId({
			kind: 'facts',
			page: Math.min(Math.max(target, 0), pages - 1),
			...(view.kind && { factKind: view.kind }),
			...(view.about && { about: view.about }),
		}),
	});
	const buttons = [
		pageButton(wording().previous, page - 1, page === 0),
		pageButton(wording().next, page + 1, page === pages - 1),
	];
	return { embeds: [embed], components: [{ type: ComponentType.ActionRow, components: buttons }] };
}
