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

	it('joins a name and its number the reports hyphenate ("tessera 1" as "Tessera-1"), not a known word and a number', () => {
		const { ask } = floodReport('The lander Tessera-1 carried nine payloads. Stage 2 failed.');
		expect(ask('how many payloads were on tessera 1').unknown).toEqual([]);
		expect(ask('how many payloads were on tessera 1').terms.map((t) => t.word)).toContain('tessera-1');
		expect(ask('what happened at stage 2').terms.map((t) => t.word)).not.toContain('stage-2');
	});

	it('reads a percent sign written alone ("what % did they get") as the word, and one after a figure as it is', () => {
		const { ask } = floodReport('The party won 34.2 percent of the vote in Orvik.');
		const asked = ask('what % did the party get');
		expect(asked.text).toBe('what percent did the party get');
		expect(asked.terms.map((t) => t.word)).toContain('percent');
		expect(ask('did the party win 34.2% of the vote').text).toBe('did the party win 34.2% of the vote');
	});

	it('looks up the noun for whoever does the deed a "who" question asks, and the deed for its noun', () => {
		const { ask } = floodReport("The mill's owner, Harlow Milling, said the founder of the firm had died. Sales grew.");
		const stems = (question: string) => ask(question).terms.map((t) => t.stem);
		const owns = ask('who owns the mill').terms.find((t) => t.stem === 'owner');
		expect(owns?.weight).toBeLessThan(1);
		expect(stems('who founded the firm')).toContain('founder');
		expect(stems('who is the owner of the mill')).not.toContain('own');
		// Only the deed asked, and only a word the reports write: "grew" has no "grower" there.
		expect(stems('who grew the sales')).not.toContain('grower');
		expect(stems('how many owns the mill')).not.toContain('owner');
		expect(stems('who sold the mill to the owner')).toContain('owner');
		expect(stems('who sold the mill')).not.toContain('owner');
	});
});
