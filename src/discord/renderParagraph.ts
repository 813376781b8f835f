import type { ParagraphText } from '../core/Factdesk.ts';
import type { Outgoing } from './fitMessage.ts';
import { plainText, safeLink } from './plainText.ts';
import { wording } from './wording/wording.ts';

/**
 * A paragraph word for word (or, `quoted`, one sentence of it as a quote), as plain text, titled with its report
 * and number and linked to the report's page when it has a safe (http or https) link.
 */
export function renderParagraph(paragraph: ParagraphText, ephemeral = false, quoted = false): Outgoing {
	const url = safeLink(paragraph.report.url);
	return {
		embeds: [
			{
				title: plainText(wording().paragraphTitle(paragraph.report.title, paragraph.paragraph)),
				description: `${quoted ? '> ' : ''}${plainText(paragraph.text)}`,
				...(url && { url }),
			},
		],
		ephemeral,
	};
}
