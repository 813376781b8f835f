import { describe, expect, test } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import type { FactKind } from '../../src/core/types.ts';
import { loadReports } from '../../src/reports/loadReports.ts';

const { reports, errors } = loadReports('tests/fixtures/fact-sheet');
const desk = createFactdesk(reports);
const RANK: Record<FactKind, number> = {
	count: 0,
	casualty: 0,
	quote: 1,
	attribution: 1,
	person: 2,
	place: 3,
	organisation: 4,
	date: 5,
	claim: 6,
};

describe('a fact sheet of an invented report (tests/fixtures/fact-sheet)', () => {
	test('the report loads', () => expect(errors).toEqual([]));

	test('figures come first, then statements, then people, places, organisations and dates', () => {
		const all = desk.facts();
		const ranks = all.map((f) => RANK[f.kind]);
		expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
		expect(desk.factPage({}, 0, 5).facts.every((f) => f.kind === 'count' || f.kind === 'casualty')).toBe(true);
	});

	test('conflicting figures stand side by side, each with who gives it', () => {
		const counts = desk.facts({ kind: 'count' });
		const at = counts.findIndex((f) => f.value === 40);
		expect(counts[at]).toMatchObject({ text: '40 homes destroyed', reportedBy: 'Dorval Emergency Service' });
		expect(counts[at + 1]).toMatchObject({ text: '55 homes destroyed', reportedBy: 'Tomas Reid' });
		expect(counts[at]?.conflicts).toEqual([counts[at + 1]?.id]);
	});

	test('casualties name what they count and who reports them', () => {
		expect(desk.facts({ kind: 'casualty' })).toEqual([
			expect.objectContaining({ text: 'At least three people killed', reportedBy: 'hospital officials in Dorval' }),
			expect.objectContaining({ text: '27 others injured', reportedBy: 'hospital officials in Dorval' }),
		]);
	});

	test('a quote is a complete statement with its speaker; a quoted phrase in a clause is not', () => {
		const quotes = desk.facts({ kind: 'quote' });
		expect(quotes).toEqual([
			expect.objectContaining({
				text: 'We lost the bridge and half the harbour road in one night',
				subject: 'Tomas Reid',
			}),
		]);
	});

	test('dates are dates or times, never durations ("30-day", "12-hour")', () => {
		expect(desk.facts({ kind: 'date' }).map((f) => f.text)).toEqual(['on Saturday', 'on Monday']);
	});

	test('"Mayor Reid" after "Mayor Tomas Reid" is the same person, listed once with the role', () => {
		expect(desk.facts({ kind: 'person' }).map((f) => [f.text, f.subject])).toEqual([
			['Elena Marsh', 'Governor'],
			['Tomas Reid', 'Mayor'],
		]);
	});

	test('the kind and about filters keep working in that order', () => {
		const aboutHomes = desk.facts({ about: 'homes' });
		expect(aboutHomes.map((f) => f.text).slice(0, 2)).toEqual(['40 homes destroyed', '55 homes destroyed']);
		expect(desk.facts({ kind: 'organisation' }).map((f) => f.text)).toContain('Green Valley Water Board');
	});
});
