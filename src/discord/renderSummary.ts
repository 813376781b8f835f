import type { Summary } from '../core/types.ts';
import type { Outgoing } from './fitMessage.ts';
import { plainText } from './plainText.ts';
import { wording } from './wording/wording.ts';

/** A summary as one embed: each sentence followed by the paragraph it comes from. */
export function renderSummary(summary: Summary): Outgoing {
	if (summary.sentences.length === 0) return { content: wording().notInReport([]) };
	const description = summary.sentences.map((s) => `${plainText(s.quote)} *(¶${s.paragraph})*`).join('\n');
	return {
		embeds: [
			{
				title: plainText(summary.title),
				description,
				footer: { text: wording().summaryFooter(summary.length, summary.topic) },
			},
		],
	};
}
