import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIEmbedField } from 'discord.js';

/** A reply as the renderers build it, before Discord's limits are applied. */
export interface Outgoing {
	content?: string;
	embeds?: APIEmbed[];
	components?: APIActionRowComponent<APIButtonComponent>[];
	/** Only the person who asked sees it (interactions only). */
	ephemeral?: boolean;
}

/** Discord's message limits (https://discord.com/developers/docs/resources/message). */
export const LIMITS = {
	content: 2000,
	embeds: 10,
	embedTotal: 6000,
	title: 256,
	description: 4096,
	fields: 25,
	fieldName: 256,
	fieldValue: 1024,
	footer: 2048,
	author: 256,
	rows: 5,
	buttonsPerRow: 5,
	label: 80,
	customId: 100,
	/** Choices in one autocomplete answer. */
	choices: 25,
	/** A choice's name and value. */
	choiceText: 100,
} as const;

/**
 * Cuts `text` to at most `max` UTF-16 units, ending in "…" when cut, never splitting a surrogate pair.
 *
 * @example
 * truncate('abcdef', 4); // 'abc…'
 */
export function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	if (max <= 0) return '';
	let cut = text.slice(0, max - 1);
	if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
	return `${cut}…`;
}

/** Counts an embed's characters the way Discord does for the 6000 limit. */
export function embedLength(embed: APIEmbed): number {
	const fields = (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
	return (
		(embed.title?.length ?? 0) +
		(embed.description?.length ?? 0) +
		fields +
		(embed.footer?.text.length ?? 0) +
		(embed.author?.name.length ?? 0)
	);
}

function fitEmbed(embed: APIEmbed, budget: { left: number }): APIEmbed {
	const take = (text: string, max: number) => {
		const cut = truncate(text, Math.min(max, budget.left));
		budget.left -= cut.length;
		return cut;
	};
	const out: APIEmbed = { ...embed };
	if (embed.title !== undefined) out.title = take(embed.title, LIMITS.title);
	if (embed.author) out.author = { ...embed.author, name: take(embed.author.name, LIMITS.author) };
	if (embed.description !== undefined) out.description = take(embed.description, LIMITS.description);
	if (embed.fields) {
		const fields: APIEmbedField[] = [];
		for (const field of embed.fields.slice(0, LIMITS.fields)) {
			if (budget.left < 8) break;
			const name = take(field.name || '\u200b', LIMITS.fieldName);
			const value = take(field.value || '\u200b', LIMITS.fieldValue);
			if (name && value) fields.push({ ...field, name, value });
		}
		out.fields = fields;
	}
	if (embed.footer) out.footer = { ...embed.footer, text: take(embed.footer.text, LIMITS.footer) };
	for (const key of ['title', 'description'] as const) if (out[key] === '') delete out[key];
	if (out.author?.name === '') delete out.author;
	if (out.footer?.text === '') delete out.footer;
	return out;
}

/**
 * Applies Discord's limits to a reply: content, embed parts and their 6000-character total, number of embeds,
 * action rows and buttons, labels and custom ids. The result is always accepted by Discord.
 */
export function fitMessage(message: Outgoing): Outgoing {
	const out: Outgoing = { ...message };
	if (message.content !== undefined) out.content = truncate(message.content, LIMITS.content);
	if (message.embeds) {
		const budget = { left: LIMITS.embedTotal };
		out.embeds = message.embeds
			.slice(0, LIMITS.embeds)
			.map((embed) => fitEmbed(embed, budget))
			.filter((embed) => embedLength(embed) > 0);
	}
	if (message.components) {
		out.components = message.components.slice(0, LIMITS.rows).map((row) => ({
			...row,
			components: row.components.slice(0, LIMITS.buttonsPerRow).map((button) => ({
				...button,
				...('label' in button && button.label !== undefined && { label: truncate(button.label, LIMITS.label) }),
				...('custom_id' in button && { custom_id: button.custom_id.slice(0, LIMITS.customId) }),
			})),
		}));
	}
	return out;
}
