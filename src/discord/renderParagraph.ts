import type { ParagraphText } from '../core/Factdesk.ts';
import { messages } from '../core/messages.ts';
import type { Outgoing } from './fitMessage.ts';

/** A paragraph word for word, titled with its report and number. */
export function renderParagraph(paragraph: ParagraphText, ephemeral = false): Outgoing {
	return {
		embeds: [
			{
				title: messages.discord.paragraphTitle(paragraph.report.title, paragraph.paragraph),
				description: paragraph.text,
				...(paragraph.report.url && { url: paragraph.report.url }),
			},
		],
		ephemeral,
	};
}
