import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { UserError } from '../../src/core/errors.ts';
import { loadReports } from '../../src/reports/loadReports.ts';
import { loadFixtureReports } from './loadFixtureReports.ts';

const reports = loadFixtureReports();
const desk = createFactdesk(reports);

describe('ask', () => {
	it('finds a hyphenated word asked apart: "30 day truce" is the report\'s "30-day truce"', () => {
		const answer = desk.ask('who pushed for a 30 day truce');
		expect(answer.answered).toBe(true);
		expect(answer.answer).toBe('White House');
		expect(answer.sources[0]?.quote).toContain('30-day truce');
	});

	it('answers a count question with the number, the quoted sentence and its source', () => {
		const answer = desk.ask('How many drones were shot down?');
		expect(answer.answered).toBe(true);
		expect(answer.type).toBe('count');
		expect(answer.answer).toContain('72');
		expect(answer.sources[0]).toMatchObject({ report: 'energy-truce-strikes', paragraph: 5, sentence: 3 });
		expect(answer.sources[0]?.quote).toContain('shoot down 72 drones');
		const [start, end] = answer.highlight ?? [0, 0];
		expect(answer.sources[0]?.quote.slice(start, end)).toBe(answer.answer);
		expect(answer.confidence).toBeGreaterThan(0.5);
		expect(answer.confidence).toBeLessThanOrEqual(1);
	});

	it('corrects typos against the reports’ words', () => {
		const answer = desk.ask('how many dornes were shot donw');
		expect(answer.answered).toBe(true);
		expect(answer.answer).toContain('72');
	});

	it('understands synonyms: "died" finds the sentence that says "killed"', () => {
		const answer = desk.ask('how many people died in the attacks?');
		expect(answer.answered).toBe(true);
		expect(answer.sources[0]?.quote).toContain('killed');
	});

	it('answers a where question with a place', () => {
		const answer = desk.ask('Where are the broader peace talks going to be held?');
		expect(answer.type).toBe('where');
		expect(answer.answer).toBe('Jeddah');
	});

	it('answers a when question with a date', () => {
		const answer = desk.ask('When are the peace talks in Jeddah?');
		expect(answer.type).toBe('when');
		expect(answer.answer).toContain('Sunday');
	});

	it('answers a who question with a person', () => {
		const answer = desk.ask('Who accused Russia of breaking its word?');
		expect(answer.type).toBe('who');
		expect(answer.answer).toContain('Zelensky');
		expect(answer.sources[0]?.paragraph).toBe(2);
	});

	it('answers "who is the <role>" with the person the report gives that role', () => {
		const answer = desk.ask('Who is the president of Ukraine?');
		expect(answer.answer).toBe('Volodymyr Zelensky');
		expect(answer.sources[0]?.paragraph).toBe(2);
	});

	it('answers a "what did X say" question with the quote', () => {
		const answer = desk.ask('What did Zelensky say about Putin’s words?');
		expect(answer.type).toBe('quote');
		expect(answer.answer).toBe('Putin’s words are at odds with reality');
	});

	it('answers a yes/no question with the sentence that settles it', () => {
		const answer = desk.ask('Was anyone killed in the attacks?');
		expect(answer.type).toBe('yesno');
		expect(answer.sources[0]?.quote).toContain('at least one person was killed');
	});

	it('names the other figure, with its source, when the reports disagree', () => {
		const answer = desk.ask('How many drones did Russia launch in the overnight assault?');
		expect(answer.answer).toContain('145');
		expect(answer.conflicts).toHaveLength(1);
		expect(answer.conflicts[0]?.text).toContain('150');
		expect(answer.conflicts[0]?.source.paragraph).toBe(2);
	});

	it('declines a count the report gives only for another action: missiles launched, none said intercepted', () => {
		expect(desk.ask('How many missiles were intercepted?').answered).toBe(false);
		expect(desk.ask('How many missiles were launched?').answer).toContain('missiles');
	});

	it('declines a count of something the report never counts', () => {
		expect(desk.ask('How many children were injured?').answered).toBe(false);
	});

	it('offers up to three alternatives', () => {
		const answer = desk.ask('What did the Kremlin condemn?');
		expect(answer.alternatives.length).toBeGreaterThan(0);
		expect(answer.alternatives.length).toBeLessThanOrEqual(3);
		expect(answer.alternatives.every((a) => a.source.quote !== answer.sources[0]?.quote)).toBe(true);
	});

	it.each([
		'Who won the world cup in 2022?',
		'What is the capital of Australia?',
		'How many tanks did Russia lose?',
		'What did Emmanuel Macron say?',
		'',
		'   ',
		'?!?',
	])('declines "%s" instead of quoting something unrelated', (question) => {
		const answer = desk.ask(question);
		expect(answer.answered).toBe(false);
		expect(answer.sources).toEqual([]);
		expect(answer.answer).toBe('');
	});

	it('names the closest topics the reports do cover when it declines', () => {
		const answer = desk.ask('How many tanks did Russia lose?');
		expect(answer.closestTopics.length).toBeGreaterThan(0);
	});

	it('answers from the right one of many reports and names it', () => {
		const answer = desk.ask('How many dock workers walked off the job?');
		expect(answer.answered).toBe(true);
		expect(answer.sources[0]?.report).toBe('harbour-strike');
		expect(answer.answer).toContain('3,000');
	});

	it('gives the same answer to the same question', () => {
		expect(desk.ask('who is the ukrainian president?')).toEqual(desk.ask('who is the ukrainian president?'));
	});

	it('ignores mentions and links in the question and cuts very long questions', () => {
		const answer = desk.ask(
			`<@123456789012345678> @everyone how many drones were shot down? https://x.test ${'a'.repeat(20_000)}`,
		);
		expect(answer.answer).toContain('72');
	});
});

describe('summarise', () => {
	it.each([
		['short', 3],
		['medium', 5],
	] as const)('gives a %s summary of %i cited sentences in report order', (length, count) => {
		const summary = desk.summarise({ length, report: 'energy-truce-strikes' });
		expect(summary.sentences).toHaveLength(count);
		const order = summary.sentences.map((s) => s.paragraph * 100 + s.sentence);
		expect(order).toEqual([...order].sort((a, b) => a - b));
	});

	it('gives a long summary longer than the medium one, about a quarter of a long report', () => {
		const long = desk.summarise({ length: 'long' });
		expect(long.sentences.length).toBeGreaterThan(5);
	});

	it('summarises about a topic: casualties brings the killed and injured', () => {
		const summary = desk.summarise({ topic: 'casualties', report: 'energy-truce-strikes' });
		expect(summary.topic).toBe('casualties');
		expect(summary.sentences.some((s) => s.quote.includes('killed'))).toBe(true);
		for (const s of summary.sentences) expect(s.quote).toMatch(/kill|injur|wound|dead|casualt|person|people/i);
	});

	it('summarises about diplomacy with negotiation sentences only', () => {
		const summary = desk.summarise({ topic: 'diplomacy' });
		expect(summary.sentences.length).toBeGreaterThan(0);
		for (const s of summary.sentences)
			expect(s.quote).toMatch(/negotiat|talks|diplomat|truce|ceasefire|peace|agreement|deal|discuss/i);
	});

	it('leaves out the headline a report is titled by: the summary’s title already says it', () => {
		const { reports } = loadReports('tests/fixtures/news-reports');
		const news = createFactdesk(reports);
		const summary = news.summarise({ report: 'derail' });
		expect(summary.title).toBe('Freight Train Derails in Ohio, Forcing Evacuation of 2,000 Residents');
		expect(summary.sentences).toHaveLength(3);
		expect(summary.sentences.map((s) => s.quote)).not.toContain(summary.title);
	});

	it('repeats no point: no two sentences share most of their words', () => {
		const summary = desk.summarise({ length: 'long' });
		const words = summary.sentences.map((s) => new Set(s.quote.toLowerCase().match(/\p{L}{4,}/gu)));
		for (let i = 0; i < words.length; i++) {
			for (let j = i + 1; j < words.length; j++) {
				const a = words[i] as Set<string>;
				const b = words[j] as Set<string>;
				const shared = [...a].filter((w) => b.has(w)).length;
				expect(shared / Math.min(a.size, b.size)).toBeLessThanOrEqual(0.5);
			}
		}
	});

	it('refuses an unknown report with a UserError', () => {
		expect(() => desk.summarise({ report: 'nope' })).toThrow(UserError);
	});
});

describe('paragraph and suggestions', () => {
	it('returns a paragraph verbatim and refuses one out of range', () => {
		expect(desk.paragraph(5, 'energy-truce-strikes').text).toBe(
			reports.find((r) => r.id === 'energy-truce-strikes')?.paragraphs[4],
		);
		expect(() => desk.paragraph(10, 'energy-truce-strikes')).toThrow(UserError);
		expect(() => desk.paragraph(0, 'energy-truce-strikes')).toThrow(UserError);
	});

	it('suggests answerable questions for autocomplete, closest to what was typed', () => {
		const suggestions = desk.suggest('how many drones', 5);
		expect(suggestions.length).toBeGreaterThan(0);
		expect(suggestions[0]).toMatch(/^How many drones/);
		for (const question of suggestions.filter((q) => q !== 'how many drones'))
			expect(desk.ask(question).answered).toBe(true);
	});
});
