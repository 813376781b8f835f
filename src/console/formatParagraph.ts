import type { ParagraphText } from '../core/Factdesk.ts';
import { consoleText } from './consoleText.ts';

/**
 * A paragraph word for word, under its report title and number.
 *
 * @example
 * formatParagraph(desk.paragraph(2)); // 'Energy truce strikes, paragraph 2:\nDespite Putin’s pledge …'
 */
export function formatParagraph(paragraph: ParagraphText): string {
	return `${consoleText.chat.paragraphHeading(paragraph.report.title, paragraph.paragraph)}\n${paragraph.text}`;
}
