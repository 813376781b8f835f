import { describe, expect, it } from 'vitest';
import { askInConversation, type Conversation } from '../../src/console/askInConversation.ts';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import type { Report } from '../../src/core/types.ts';
import { toAsyncFactdesk } from '../../src/engine/AsyncFactdesk.ts';

const reports: Report[] = [
	{ id: 'dam', title: 'Dam repairs begin', paragraphs: ['About 40 workers were sent to repair the Varn dam.'] },
	{ id: 'bridge', title: 'Bridge closed', paragraphs: ['Some 300 workers will rebuild the Kelm bridge.'] },
];

describe('askInConversation', () => {
	it('answers a follow-up from the report the earlier answer came from, and remembers it', async () => {
		const desk = toAsyncFactdesk(createFactdesk(reports));
		for (const [first, report, figure] of [
			['How many workers were sent to the dam?', 'dam', '40'],
			['How many workers will rebuild the bridge?', 'bridge', '300'],
		] as const) {
			const conversation: Conversation = {};
			await askInConversation(desk, first, conversation);
			expect(conversation.previous?.report).toBe(report);
			const text = await askInConversation(desk, 'and how many workers?', conversation);
			expect(text).toContain(figure);
			expect(conversation.previous?.report).toBe(report);
		}
	});
});
