import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GuildReportStore, StoredReport } from '../../src/storage/GuildReportStore.ts';

/** Opens a store on one database; each call opens another store (connection) on that same database. */
export type OpenReportStore = () => Promise<GuildReportStore>;

export function storedReport(guildId: string, reportId: string, source: string, extra: Partial<StoredReport> = {}) {
	return {
		guildId,
		reportId,
		source,
		title: `Title of ${reportId}`,
		body: `---\ntitle: Title of ${reportId}\n---\nText of ${reportId}.`,
		addedBy: '42',
		addedAt: '2026-03-02T10:00:00.000Z',
		...extra,
	} satisfies StoredReport;
}

/** The behaviour every backend's store of servers' reports shares (run for SQLite and PostgreSQL). */
export function describeGuildReportStore(name: string, freshDatabase: () => Promise<OpenReportStore>): void {
	describe(`${name} guild report store`, () => {
		const opened: GuildReportStore[] = [];
		let openOn: OpenReportStore;
		const open = async () => {
			const store = await openOn();
			opened.push(store);
			return store;
		};
		beforeEach(async () => {
			openOn = await freshDatabase();
		});
		afterEach(async () => {
			await Promise.all(opened.splice(0).map((store) => store.close()));
		});

		it('GIVEN reports added to two servers THEN each lists only its own, oldest first, with who and when', async () => {
			const store = await open();
			expect(await store.add(storedReport('1', 'a', 'https://x.test/a'), 50)).toEqual({
				ok: true,
				replaced: false,
				reportId: 'a',
			});
			await store.add(storedReport('1', 'b', 'file:b.md'), 50);
			await store.add(storedReport('2', 'c', 'https://x.test/a'), 50);
			expect((await store.list('1')).map((r) => r.reportId)).toEqual(['a', 'b']);
			expect(await store.list('2')).toEqual([
				{
					guildId: '2',
					reportId: 'c',
					source: 'https://x.test/a',
					title: 'Title of c',
					addedBy: '42',
					addedAt: '2026-03-02T10:00:00.000Z',
				},
			]);
			expect((await store.reports('1'))[1]?.body).toBe('---\ntitle: Title of b\n---\nText of b.');
		});

		it('GIVEN the same source added again THEN it replaces the earlier copy and keeps its id', async () => {
			const store = await open();
			await store.add(storedReport('1', 'a', 'https://x.test/a'), 50);
			const again = await store.add(storedReport('1', 'other', 'https://x.test/a', { title: 'New' }), 50);
			expect(again).toEqual({ ok: true, replaced: true, reportId: 'a' });
			expect((await store.list('1')).map((r) => [r.reportId, r.title])).toEqual([['a', 'New']]);
		});

		it('GIVEN a server at its limit THEN a new report is refused and a replacement is not', async () => {
			const store = await open();
			await store.add(storedReport('1', 'a', 'file:a'), 2);
			await store.add(storedReport('1', 'b', 'file:b'), 2);
			expect(await store.add(storedReport('1', 'c', 'file:c'), 2)).toEqual({ ok: false, reason: 'limit', limit: 2 });
			expect((await store.add(storedReport('1', 'b', 'file:b'), 2)).ok).toBe(true);
			expect(await store.list('1')).toHaveLength(2);
		});

		it('GIVEN remove THEN only that server loses that report', async () => {
			const store = await open();
			await store.add(storedReport('1', 'a', 'file:a'), 50);
			await store.add(storedReport('2', 'a', 'file:a'), 50);
			expect(await store.remove('1', 'a')).toBe(true);
			expect(await store.remove('1', 'a')).toBe(false);
			expect(await store.list('1')).toEqual([]);
			expect(await store.list('2')).toHaveLength(1);
		});

		it('GIVEN any change to a set THEN its version changes, to one no other set had', async () => {
			const store = await open();
			const seen = [await store.version('1')];
			await store.add(storedReport('1', 'a', 'file:a'), 50);
			seen.push(await store.version('1'));
			await store.add(storedReport('1', 'b', 'file:b'), 50);
			seen.push(await store.version('1'));
			await store.remove('1', 'a');
			seen.push(await store.version('1'));
			await store.add(storedReport('1', 'c', 'file:c'), 50);
			seen.push(await store.version('1'));
			await store.add(storedReport('1', 'c', 'file:c', { body: 'changed' }), 50);
			seen.push(await store.version('1'));
			expect(new Set(seen).size).toBe(seen.length);
			await store.add(storedReport('2', 'z', 'file:z'), 50);
			expect(await store.version('1')).toBe(seen.at(-1));
		});

		it('GIVEN a report added THEN another connection on the same database reads it (durable)', async () => {
			await (await open()).add(storedReport('1', 'a', 'file:a'), 50);
			expect((await (await open()).list('1')).map((r) => r.reportId)).toEqual(['a']);
		});
	});
}
