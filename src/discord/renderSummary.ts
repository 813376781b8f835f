import { messages } from '../core/messages.ts';
import type { Summary } from '../core/types.ts';
import type { Outgoing } from './fitMessage.ts';
import { plainText } from './plainText.ts';

/** A summary as one embed: each sentence followed by the paragraph it comes from. */
export function renderSummary(summary: Summary): Outgoing {
	if (summary.sentences.length === 0) return { content: messages.discord.notInReport([]) };
	const description = summary.sentences.map((s) => `${plainText(s.quote)} *(¶${s.paragraph})*`).join('\n');
	return {
		embeds: [
			{
				title: plainText(summary.title),
				description,
				footer: { text: messages.discord.summaryFooter(summary.length, summary.topic) },
			},
		],
	};
}
