import { describe, expect, it } from 'vitest';
import { indexReports } from '../../src/core/indexReports.ts';
import type { Report } from '../../src/core/types.ts';

const small: Report = {
	id: 'small',
	title: 'Small',
	paragraphs: ['The Air Force said 72 drones were shot down.', 'Zelensky said 80 drones were shot down.'],
};

/** A report of `lines` short counts of one thing, each with its own figure: every pair of them conflicts. */
function manyCounts(lines: number): Report {
	return {
		id: 'many',
		title: 'Many',
		paragraphs: Array.from({ length: lines }, (_, i) => `The army launched ${i + 1} drones.`),
	};
}

describe('indexReports on hostile reports', () => {
	it('indexes 20,000 conflicting counts in about linear time, with a bounded list of conflicts each', () => {
		// CPU time, not the wall clock: the work done, which the other test files running beside it do not stretch.
		const started = process.cpuUsage();
		const { facts } = indexReports([manyCounts(20_000)]);
		const used = process.cpuUsage(started);
		const ms = (used.user + used.system) / 1000;
		const counts = facts.filter((f) => f.kind === 'count');
		expect(counts.length).toBeGreaterThan(18_000); // figures like 1999 read as years are not counts
		expect(Math.max(...counts.map((f) => f.conflicts.length))).toBeLessThanOrEqual(10);
		expect(counts[0]?.conflicts[0]).toBe(counts[1]?.id);
		// Every pair compared (before) took minutes and gigabytes; near-linear work takes a few seconds at most.
		expect(ms).toBeLessThan(15_000);
	}, 180_000);

	it('still links every conflicting figure of an ordinary report', () => {
		const counts = indexReports([small]).facts.filter((f) => f.kind === 'count');
		expect(counts.map((f) => f.conflicts)).toEqual([[counts[1]?.id], [counts[0]?.id]]);
	});

	it('skips a report that takes longer than the budget, names it, and indexes the others as if it were not there', () => {
		let clock = 0;
		const now = () => clock++; // one millisecond per check: a report's cost grows with its sentences
		const index = indexReports(
			[small, manyCounts(200), small].map((r, i) => ({ ...r, id: `${r.id}-${i}` })),
			undefined,
			{
				budgetMs: 50,
				now,
			},
		);
		expect(index.skipped).toEqual([{ report: 'many-1', ms: expect.any(Number) }]);
		expect(index.corpus.reports.map((r) => r.id)).toEqual(['small-0', 'small-2']);
		expect(new Set(index.facts.map((f) => f.source.report))).toEqual(new Set(['small-0', 'small-2']));
		const alone = indexReports([
			{ ...small, id: 'small-0' },
			{ ...small, id: 'small-2' },
		]);
		expect(index.facts).toEqual(alone.facts);
		// Nothing of the skipped report is left in the flat arrays, the vocabulary or the mentions.
		expect(index.corpus.data).toEqual(alone.corpus.data);
		expect(index.mentions.data).toEqual(alone.mentions.data);
	});

	it('tries a report that overran the budget once more, and keeps it when the second try fits', () => {
		let clock = 0;
		let slowChecks = 5;
		// The first checks are slow, as on a cold, loaded process; later ones cost a millisecond each.
		const now = () => {
			clock += slowChecks-- > 0 ? 40 : 1;
			return clock;
		};
		const index = indexReports([{ ...small, id: 'small-0' }], undefined, { budgetMs: 50, now });
		expect(index.skipped).toEqual([]);
		expect(index.corpus.reports.map((r) => r.id)).toEqual(['small-0']);
		expect(index.facts).toEqual(indexReports([{ ...small, id: 'small-0' }]).facts);
	});
});
