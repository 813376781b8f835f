import { type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import type { AnswerFeedback } from '../storage/Feedback.ts';
import type { UnansweredQuestion } from '../storage/SettingsStore.ts';
import { encodeCustomId } from './customIds.ts';
import type { Outgoing } from './fitMessage.ts';
import { plainText } from './plainText.ts';
import { wording } from './wording/wording.ts';

/** Source buttons shown at most: one row of Discord's five. */
const SOURCE_BUTTONS = 5;

/**
 * `/config feedback`, for the moderator alone: the answers voted wrong most often (with their 👎 and 👍 counts and
 * where their sentence stands, and a button to see each one's source paragraph) and the questions declined most often.
 */
export function renderFeedback(
	wrong: readonly AnswerFeedback[],
	declined: readonly UnansweredQuestion[],
	titleOf: (id: string) => string,
): Outgoing {
	const lines = wrong.map((f, i) => {
		const where = f.source
			? wording().sourceLine(titleOf(f.source.report), f.source.paragraph)
			: wording().notInReport([]);
		const answer = f.answered ? f.answer || wording().answerTitle : wording().notInReport([]);
		return wording().feedbackLine(i + 1, plainText(f.question), plainText(answer), f.down, f.up, plainText(where));
	});
	const declinedLines = declined.map((q) => wording().unansweredLine(plainText(q.question), q.count));
	const buttons: APIButtonComponent[] = [];
	wrong.forEach((f, i) => {
		if (!f.source || buttons.length === SOURCE_BUTTONS) return;
		const { report, paragraph } = f.source;
		buttons.push({
			type: ComponentType.Button,
			style: ButtonStyle.Secondary,
			label: wording().feedbackSource(i + 1),
			custom_id: `${encodeCustomId({ kind: 'paragraph', report, paragraph })}`,
		});
	});
	// Two answers from one paragraph share a custom_id, which Discord refuses in one message: keep the first.
	const unique = buttons.filter(
		(b, i) => buttons.findIndex((o) => 'custom_id' in o && 'custom_id' in b && o.custom_id === b.custom_id) === i,
	);
	return {
		embeds: [
			{ title: wording().feedbackTitle, description: lines.length > 0 ? lines.join('\n') : wording().feedbackNone },
			{
				title: wording().feedbackDeclinedTitle,
				description: declinedLines.length > 0 ? declinedLines.join('\n') : wording().unansweredNone,
			},
		],
		components: unique.length > 0 ? [{ type: ComponentType.ActionRow, components: unique }] : [],
		ephemeral: true,
	};
}
