import { messages } from '../core/messages.ts';
import type { GuildSettings, UnansweredQuestion } from '../storage/SettingsStore.ts';
import type { Outgoing } from './fitMessage.ts';
import { plainText } from './plainText.ts';

const text = messages.discord;

/** A server's settings for `/config show`; only the moderator sees it. */
export function renderSettings(settings: GuildSettings): Outgoing {
	const channels = Object.entries(settings.channels).map(([id, mode]) => `<#${id}>: **${mode}**`);
	return {
		embeds: [
			{
				title: text.settingsTitle,
				fields: [
					{ name: text.settingsThreshold, value: String(settings.threshold) },
					{ name: text.settingsChannels, value: channels.length > 0 ? channels.join('\n') : text.settingsEverywhere },
				],
			},
		],
		ephemeral: true,
	};
}

/** The latest unanswered questions, with counts, for `/config unanswered`. */
export function renderUnanswered(questions: UnansweredQuestion[]): Outgoing {
	if (questions.length === 0) return { content: text.unansweredNone, ephemeral: true };
	const lines = questions.map((q) => text.unansweredLine(plainText(q.question), q.count));
	return { embeds: [{ title: text.unansweredTitle, description: lines.join('\n') }], ephemeral: true };
}
