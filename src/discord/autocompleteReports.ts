import type { AutocompleteInteraction } from 'discord.js';
import type { AsyncFactdesk } from '../core/AsyncFactdesk.ts';

/** Offers the reports whose id or title contains what the user typed (at most 25, as Discord allows). */
export async function autocompleteReports(
	interaction: AutocompleteInteraction,
	factdesk: AsyncFactdesk,
): Promise<void> {
	const typed = interaction.options.getFocused().toLowerCase();
	const choices = (await factdesk.reports())
		.filter((r) => r.id.toLowerCase().includes(typed) || r.title.toLowerCase().includes(typed))
		.slice(0, 25)
		.map((r) => ({ name: r.title.slice(0, 100), value: r.id.slice(0, 100) }));
	await interaction.respond(choices);
}
