import type { AutocompleteInteraction } from 'discord.js';
import type { Factdesk } from '../core/Factdesk.ts';

/** Offers the reports whose id or title contains what the user typed (at most 25, as Discord allows). */
export async function autocompleteReports(interaction: AutocompleteInteraction, factdesk: Factdesk): Promise<void> {
	const typed = interaction.options.getFocused().toLowerCase();
	const choices = factdesk
		.reports()
		.filter((r) => r.id.toLowerCase().includes(typed) || r.title.toLowerCase().includes(typed))
		.slice(0, 25)
		.map((r) => ({ name: r.title.slice(0, 100), value: r.id.slice(0, 100) }));
	await interaction.respond(choices);
}
