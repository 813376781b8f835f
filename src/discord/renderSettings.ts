import type { GuildSettings, UnansweredQuestion } from '../storage/SettingsStore.ts';
import type { Outgoing } from './fitMessage.ts';
import { plainText } from './plainText.ts';
import { wording } from './wording/wording.ts';

/** A server's settings for `/config show`; only the moderator sees it. */
export function renderSettings(settings: GuildSettings): Outgoing {
	const channels = Object.entries(settings.channels).map(([id, mode]) => `<#${id}>: **${mode}**`);
	return {
		embeds: [
			{
				title: wording().settingsTitle,
				fields: [
					{ name: wording().settingsThreshold, value: String(settings.threshold) },
					{
						name: wording().settingsChannels,
						value: channels.length > 0 ? channels.join('\n') : wording().settingsEverywhere,
					},
				],
			},
		],
		ephemeral: true,
	};
}

/** The latest unanswered questions, with counts, for `/config unanswered`. */
export function renderUnanswered(questions: UnansweredQuestion[]): Outgoing {
	if (questions.length === 0) return { content: wording().unansweredNone, ephemeral: true };
	const lines = questions.map((q) => wording().unansweredLine(plainText(q.question), q.count));
	return { embeds: [{ title: wording().unansweredTitle, description: lines.join('\n') }], ephemeral: true };
}
