import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { phrasalStems } from '../../src/core/synonymStems.ts';
import { stem } from '../../src/core/tokenize.ts';
import { parseReport } from '../../src/reports/parseReport.ts';

const TEXT = [
	'Town to dim its street lamps after midnight',
	'KELLBY, Mon. 2 — The town will dim about 4,000 street lamps between midnight and 5 a.m. from next month.',
	'The lamps are maintained under a 20-year contract with Brightway Lighting Services, which was signed in 2011.',
	'Councillor Joan Abara said the change would save about 90,000 pounds a year.',
].join('\n\n');

describe('phrasal verbs read as the words reports use', () => {
	it('reads "look after" as maintaining or managing', () => {
		expect(phrasalStems('look', 'after')).toContain(stem('maintained'));
	});

	it('answers "which company looks after the lamps" from "maintained under a contract with Brightway"', () => {
		const parsed = parseReport('lamps', TEXT);
		if (!parsed.ok) throw new Error(parsed.problem);
		const answer = createFactdesk([parsed.report], {}).ask('which company looks after the lamps');
		expect(answer.sources[0]?.quote).toContain('maintained');
	});
});
