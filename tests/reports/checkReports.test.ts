import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReports } from '../../src/reports/checkReports.ts';

describe('checkReports', () => {
	it('passes a folder whose reports all load', () => {
		expect(checkReports('data/reports')).toMatchObject({ code: 0 });
	});

	it('names every bad file and fails, counting the good ones', () => {
		const dir = mkdtempSync(join(tmpdir(), 'factdesk-check-'));
		writeFileSync(join(dir, 'good.md'), 'The ferry carried 340 passengers.\n');
		writeFileSync(join(dir, 'empty.md'), '');
		writeFileSync(join(dir, 'broken.md'), '---\ntitle: no end\nText.\n');
		const { lines, code } = checkReports(dir);
		expect(code).toBe(1);
		expect(lines.filter((l) => l.startsWith('bad: '))).toHaveLength(2);
		expect(lines.join('\n')).toMatch(/empty\.md/);
		expect(lines.join('\n')).toMatch(/broken\.md/);
		expect(lines.at(-1)).toBe(`1 report(s) load from ${dir}; 2 cannot be used`);
	});
});
