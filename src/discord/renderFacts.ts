import { type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import type { FactPage } from '../core/Factdesk.ts';
import { messages } from '../core/messages.ts';
import { quoteSentence } from '../core/quoteSentence.ts';
import type { Fact, FactKind } from '../core/types.ts';
import { encodeCustomId } from './customIds.ts';
import type { Outgoing } from './fitMessage.ts';
import { plainText } from './plainText.ts';

/** Facts shown on one page of /facts. */
export const FACTS_PER_PAGE = 5;

export interface FactsView {
	kind?: FactKind;
	about?: string;
	titleOf: (id: string) => string;
}

function line(fact: Fact, titleOf: (id: string) => string): string {
	const where = `${titleOf(fact.source.report)}, ¶${fact.source.paragraph}`;
	const warning = fact.conflicts.length > 0 ? ' ⚠' : '';
	return `**${plainText(fact.text)}**${warning} — ${plainText(quoteSentence(fact.source.quote))} *(${plainText(where)})*`;
}

/**
 * One page of facts (FACTS_PER_PAGE long, from Factdesk.factPage), each with its quoted sentence and source, with
 * Previous/Next buttons when there are more.
 */
export function renderFacts({ facts, total, page, pages }: FactPage, view: FactsView): Outgoing {
	const text = messages.discord;
	if (total === 0) return { content: messages.noFacts };
	const embed = {
		title: text.factsTitle(view.kind, view.about && plainText(view.about)),
		description: facts.map((fact) => line(fact, view.titleOf)).join('\n\n'),
		footer: { text: text.factsPage(page + 1, pages, total) },
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
		pageButton(text.previous, page - 1, page === 0),
		pageButton(text.next, page + 1, page === pages - 1),
	];
	return { embeds: [embed], components: [{ type: ComponentType.ActionRow, components: buttons }] };
}
