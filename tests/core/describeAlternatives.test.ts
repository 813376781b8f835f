import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { parseReport } from '../../src/reports/parseReport.ts';

const FERRY = [
	'Ferry fire off Vell',
	'VELL, Norway - A fire broke out on the ferry Nordlys off Vell on Sunday, the coastguard said.',
	'None of the 212 passengers were hurt. Revenue from the route fell by a fifth last year.',
	'Captain Ola Berg said the crew put out the fire in 40 minutes.',
].join('\n\n');

describe('closestTopics', () => {
	it('offers the names near the question, not one capitalised word opening a sentence ("None", "Revenue")', () => {
		const parsed = parseReport('ferry-fire', FERRY);
		if (!parsed.ok) throw new Error(parsed.problem);
		const desk = createFactdesk([parsed.report]);
		for (const question of ['who compensated the passengers', 'what was the revenue of the airline']) {
			const answer = desk.ask(question);
			expect(answer.answered).toBe(false);
			expect(answer.closestTopics).toEqual(['Vell', 'Norway', 'Ola Berg']);
		}
		const gas = parseReport('gas-cut', 'Gas cut\n\nGazprom cut gas supplies to Moldova on Monday.');
		if (!gas.ok) throw new Error(gas.problem);
		const declined = createFactdesk([gas.report]).ask('how much did gazprom pay in compensation');
		expect(declined.closestTopics).toEqual(['Moldova', 'Gazprom']);
	});
});
