import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { postgresBinDir, startPostgresOrSkip } from './startPostgres.ts';

let dir: string | undefined;
afterEach(() => {
	vi.restoreAllMocks();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('startPostgresOrSkip (how the PostgreSQL tests skip or fail)', () => {
	it('GIVEN no PostgreSQL binaries and no requirement THEN it warns and returns nothing, so the tests skip', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(await startPostgresOrSkip('/nonexistent/postgresql', {})).toBeUndefined();
		expect(warn).toHaveBeenCalledWith(expect.stringMatching(/skipping the PostgreSQL storage tests.*not installed/));
	});

	it('GIVEN no binaries and FACTDESK_REQUIRE_POSTGRES=1 THEN it throws', async () => {
		await expect(startPostgresOrSkip('/nonexistent/postgresql', { FACTDESK_REQUIRE_POSTGRES: '1' })).rejects.toThrow(
			/not installed.*FACTDESK_REQUIRE_POSTGRES=1/,
		);
	});

	it('GIVEN binaries that cannot start a server and FACTDESK_REQUIRE_POSTGRES=1 THEN it throws naming them', async () => {
		dir = mkdtempSync(join(tmpdir(), 'factdesk-fakepg-'));
		const bin = join(dir, '15', 'bin');
		mkdirSync(bin, { recursive: true });
		for (const tool of ['initdb', 'pg_ctl']) writeFileSync(join(bin, tool), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
		expect(postgresBinDir(dir)).toBe(bin);
		await expect(startPostgresOrSkip(dir, { FACTDESK_REQUIRE_POSTGRES: '1' })).rejects.toThrow(/did not start/);
	});
});
