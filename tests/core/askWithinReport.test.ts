import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import type { Report } from '../../src/core/types.ts';
import { shippedModelTuning } from './shippedModel.ts';

const reports: Report[] = [
	{
		id: 'dam',
		title: 'Dam repairs begin',
		paragraphs: ['Engineers began repairing the Varn dam on Monday. About 40 workers were sent to the site.'],
	},
	{
		id: 'bridge',
		title: 'Bridge closed after storm',
		paragraphs: [
			'The Kelm bridge closed on Tuesday after a storm damaged its supports. Some 300 workers will rebuild it.',
			'The ferry across the river carried 1,200 passengers while the bridge was closed.',
		],
	},
];

describe.each([
	['hand-tuned', {}],
	['learned model', shippedModelTuning()],
])('ask within a report (%s)', (_, tuning) => {
	const desk = createFactdesk(reports, tuning);

	it('answers from the report a follow-up carries when that report says', () => {
		expect(desk.ask('How many workers?', 'dam').sources[0]?.report).toBe('dam');
		expect(desk.ask('How many workers?', 'bridge').sources[0]?.report).toBe('bridge');
	});

	it('answers from the other reports when that report does not say, and ignores an unknown report', () => {
		expect(desk.ask('How many passengers did the ferry carry?', 'dam').sources[0]?.report).toBe('bridge');
		expect(desk.ask('How many passengers did the ferry carry?', 'nope')).toEqual(
			desk.ask('How many passengers did the ferry carry?'),
		);
	});
});
