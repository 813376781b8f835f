import type { ApplicationCommandOptionChoiceData, AutocompleteInteraction } from 'discord.js';
import type { AsyncFactdesk } from '../engine/AsyncFactdesk.ts';
import { LIMITS } from './fitMessage.ts';

/** A report id or title is short: what is typed past this is not matched. */
const MAX_TYPED = 100;

/** Offers the reports whose id or title contains what the user typed (at most 25, as Discord allows). */
export async function autocompleteReports(
	interaction: AutocompleteInteraction,
	factdesk: AsyncFactdesk,
): Promise<ApplicationCommandOptionChoiceData[]> {
	const typed = interaction.options.getFocused().slice(0, MAX_TYPED).toLowerCase();
	return (await factdesk.reports())
		.filter((r) => r.id.toLowerCase().includes(typed) || r.title.toLowerCase().includes(typed))
		.slice(0, LIMITS.choices)
		.map((r) => ({ name: r.title.slice(0, LIMITS.choiceText), value: r.id.slice(0, LIMITS.choiceText) }));
}
