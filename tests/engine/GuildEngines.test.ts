import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import type { Report } from '../../src/core/types.ts';
import { toAsyncFactdesk } from '../../src/engine/AsyncFactdesk.ts';
import { buildReportSetEngine, type SetEngine } from '../../src/engine/buildReportSetEngine.ts';
import { GuildEngines } from '../../src/engine/GuildEngines.ts';

const SHARED: Report[] = [
	{ id: 'fire', title: 'Harbour fire', paragraphs: ['Firefighters said 40 boats burned in the harbour on Monday.'] },
];
const own = (guild: string): Report => ({
	id: `strike-${guild}`,
	title: `Strike ${guild}`,
	paragraphs: [`Dock workers said ${guild} ships were diverted to Marrow Bay on Sunday.`],
});

let dir: string;
let versions: Map<string, string>;
let builds: { guild: string[]; fromCache: boolean }[];
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'factdesk-engines-'));
	versions = new Map([
		['1', '1:1'],
		['2', '1:2'],
		['3', '1:3'],
	]);
	builds = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function engines(memoryBytes = 1e12) {
	const shared = toAsyncFactdesk(createFactdesk(SHARED));
	return new GuildEngines({
		store: { version: async (guildId) => versions.get(guildId) ?? '0:0' },
		shared,
		sharedReports: async () => SHARED,
		ownReports: async (guildId) => [own(guildId)],
		build: (reports, options): SetEngine => {
			const built = buildReportSetEngine(reports, options);
			builds.push({ guild: reports.map((r) => r.id), fromCache: built.fromCache });
			return built;
		},
		options: { cacheDir: join(dir, 'cache') },
		memoryBytes,
	});
}

describe('GuildEngines', () => {
	it('GIVEN two servers THEN each answers from the shared reports plus its own, built on first use only', async () => {
		const desk = engines();
		expect(builds).toEqual([]);
		const one = await desk.factdeskFor('1').ask('How many ships were diverted to Marrow Bay?');
		const two = await desk.factdeskFor('2').ask('How many ships were diverted to Marrow Bay?');
		expect([one.answer, two.answer]).toEqual([expect.stringContaining('1 ship'), expect.stringContaining('2 ships')]);
		expect((await desk.factdeskFor('1').ask('How many boats burned?')).answer).toContain('40');
		expect(builds.map((b) => b.guild)).toEqual([
			['fire', 'strike-1'],
			['fire', 'strike-2'],
		]);
	});

	it('GIVEN a server with no reports of its own, or none at all THEN the shared engine answers and nothing is built', async () => {
		const desk = engines();
		expect((await desk.factdeskFor('9').reports()).map((r) => r.id)).toEqual(['fire']);
		expect((await desk.factdeskFor(null).reports()).map((r) => r.id)).toEqual(['fire']);
		expect(builds).toEqual([]);
	});

	it('GIVEN a new set version, or an evicted set asked again THEN the engine is made again, from the cache when its reports are the same', async () => {
		const desk = engines(1); // every engine but the one in use is evicted at once
		await desk.factdeskFor('1').reports();
		await desk.factdeskFor('2').reports();
		expect(desk.held().servers).toBe(1);
		await desk.factdeskFor('1').reports();
		versions.set('1', '2:7');
		await desk.factdeskFor('1').reports();
		expect(builds.map((b) => [b.guild[1], b.fromCache])).toEqual([
			['strike-1', false],
			['strike-2', false],
			['strike-1', true],
			['strike-1', true],
		]);
	});

	it('GIVEN a memory budget for two engines THEN the least recently used one is dropped first', async () => {
		const desk = engines();
		await desk.factdeskFor('1').reports();
		const one = desk.held().bytes;
		const tight = engines(one * 2.5);
		for (const guild of ['1', '2', '1', '3']) await tight.factdeskFor(guild).reports();
		builds = [];
		await tight.factdeskFor('1').reports();
		await tight.factdeskFor('3').reports();
		expect(builds).toEqual([]);
		await tight.factdeskFor('2').reports();
		expect(builds.map((b) => b.guild[1])).toEqual(['strike-2']);
	});
});
