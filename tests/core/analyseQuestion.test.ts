import { describe, expect, it } from 'vitest';
import { floodReport } from './floodReport.ts';

describe('analyseQuestion', () => {
	it('also looks up a compound the reports hyphenate when the question writes its words apart', () => {
		const { ask } = floodReport(
			'The city recorded 47 freeze-thaw cycles this winter, after a brutal thaw and a hard freeze.',
		);
		const terms = ask('how many freeze thaw cycles this winter').terms;
		expect(terms.map((t) => t.word)).toContain('freeze-thaw');
		expect(terms.find((t) => t.word === 'freeze-thaw')?.weight).toBeLessThan(1);
		expect(ask('how many cycles this winter').terms.map((t) => t.word)).not.toContain('freeze-thaw');
		const boats = floodReport('Two lifeboats reached the ferry. Life on board was hard, and the boats were old.').ask(
			'how many life boats reached the ferry',
		);
		expect(boats.terms.map((t) => t.word)).toContain('lifeboats');
	});
});
