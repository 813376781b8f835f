import { describe, expect, test } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { indexReports } from '../../src/core/indexReports.ts';
import { queryFacts } from '../../src/core/queryFacts.ts';
import { loadFixtureReports } from './loadFixtureReports.ts';

const reports = loadFixtureReports();
const desk = createFactdesk(reports);
const { facts } = indexReports(reports);

describe('facts about some words', () => {
	test('the engine finds, through its index, exactly what tokenising every sentence finds', () => {
		for (const about of ['drones', 'Putin', 'union leader', 'hospital Sumy', 'ceasefire', 'nothing-like-this'])
			for (const kind of [undefined, 'count', 'person', 'claim'] as const) {
				const query = { about, ...(kind && { kind }) };
				expect(desk.facts(query), JSON.stringify(query)).toEqual(queryFacts(facts, query));
			}
		expect(desk.facts({ about: 'drones' }).length).toBeGreaterThan(0);
	});
});

describe('factPage', () => {
	test('gives one page of the facts a query finds, with the total and the number of pages', () => {
		const all = desk.facts({ kind: 'count' });
		expect(all.length).toBeGreaterThan(3);
		const first = desk.factPage({ kind: 'count' }, 0, 2);
		expect(first).toEqual({ facts: all.slice(0, 2), total: all.length, page: 0, pages: Math.ceil(all.length / 2) });
		expect(desk.factPage({ kind: 'count' }, 1, 2).facts).toEqual(all.slice(2, 4));
	});

	test('a page past the end shows the last, a negative page the first, and nothing found is one empty page', () => {
		const all = desk.facts({ kind: 'count' });
		const last = desk.factPage({ kind: 'count' }, 999, 2);
		expect(last.page).toBe(last.pages - 1);
		expect(last.facts).toEqual(all.slice((last.pages - 1) * 2));
		expect(desk.factPage({ kind: 'count' }, -3, 2).page).toBe(0);
		expect(desk.factPage({ about: 'zeppelins' }, 0, 5)).toEqual({ facts: [], total: 0, page: 0, pages: 1 });
	});
});
