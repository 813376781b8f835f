import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashReportFiles } from '../../src/reports/hashReportFiles.ts';

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'factdesk-hash-'));
	made.push(dir);
	mkdirSync(dir, { recursive: true });
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
	return dir;
}

describe('hashReportFiles', () => {
	it('changes with the code that reads report files, not only with the core and the reports', () => {
		const reports = folder({ 'a.txt': 'Some text.' });
		const core = folder({ 'index.ts': 'export {};' });
		const reader = folder({ 'parseReport.ts': 'export const v = 1;' });
		const before = hashReportFiles(reports, core, reader);
		expect(hashReportFiles(reports, core, reader)).toBe(before);
		writeFileSync(join(reader, 'parseReport.ts'), 'export const v = 2;');
		expect(hashReportFiles(reports, core, reader)).not.toBe(before);
		writeFileSync(join(core, 'index.ts'), 'export const w = 1;');
		const afterCore = hashReportFiles(reports, core, reader);
		writeFileSync(join(reports, 'b.txt'), 'More.');
		expect(hashReportFiles(reports, core, reader)).not.toBe(afterCore);
	});
});
