import { describe, expect, test } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { renderFacts } from '../../src/discord/renderFacts.ts';
import { loadReports } from '../../src/reports/loadReports.ts';

const desk = createFactdesk(loadReports('tests/fixtures/fact-sheet').reports);
const view = { titleOf: () => 'Floods' };

describe('renderFacts', () => {
	test('one line per fact with its paragraph; each sentence is quoted at most once a page', () => {
		const page = desk.factPage({}, 0, 5);
		const description = String(renderFacts(page, view).embeds?.[0]?.description);
		const lines = description.split('\n');
		const factLines = lines.filter((l) => l.startsWith('**'));
		expect(factLines).toHaveLength(page.facts.length);
		for (const l of factLines) expect(l).toMatch(/\*\(Floods, ¶\d+\)\*$/);
		const quotes = lines.filter((l) => l.startsWith('> '));
		expect(quotes.length).toBeGreaterThan(0);
		expect(new Set(quotes).size).toBe(quotes.length);
		// Two casualties of one sentence: the sentence is quoted once.
		expect(quotes.filter((q) => q.includes('three people were killed'))).toHaveLength(1);
	});

	test('a figure says who gives it and warns when another differs; a quote names its speaker', () => {
		const counts = String(renderFacts(desk.factPage({ kind: 'count' }, 0, 5), view).embeds?.[0]?.description);
		expect(counts).toContain('**40 homes destroyed** — reported by Dorval Emergency Service ⚠ another figure differs');
		const quotes = String(renderFacts(desk.factPage({ kind: 'quote' }, 0, 5), view).embeds?.[0]?.description);
		expect(quotes).toMatch(/^\*\*“We lost the bridge.*”\*\* — said Tomas Reid \*\(Floods, ¶5\)\*$/);
	});
});
