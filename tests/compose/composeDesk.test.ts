import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { composeDesk } from '../../src/compose/composeDesk.ts';
import { loadConfig } from '../../src/config.ts';

const work = mkdtempSync(join(tmpdir(), 'factdesk-compose-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('composeDesk (the CLI engine)', () => {
	it('GIVEN the same reports twice THEN the second engine comes from the index cache the first one wrote, and answers alike', async () => {
		const reportsDir = join(work, 'reports');
		cpSync('tests/fixtures/reports', reportsDir, { recursive: true });
		const config = loadConfig({ CACHE_DIR: join(work, 'cache') });
		const warnings: string[] = [];
		const first = await composeDesk(config, reportsDir, undefined, (m) => warnings.push(m));
		const second = await composeDesk(config, reportsDir, undefined, (m) => warnings.push(m));
		expect([first.fromCache, second.fromCache]).toEqual([false, true]);
		expect(second.reports).toBe(first.reports);
		const question = 'How many drones were shot down?';
		expect(second.factdesk.ask(question).answer).toBe(first.factdesk.ask(question).answer);
		expect(warnings).toEqual([]);
	});
});
