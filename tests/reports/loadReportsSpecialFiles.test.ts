import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'factdesk-special-'));
const dir = join(work, 'reports');
mkdirSync(dir);
afterAll(() => rmSync(work, { recursive: true, force: true }));

writeFileSync(join(dir, 'a-good.txt'), 'Officials said 12 drones were launched overnight.\n');
writeFileSync(join(work, 'outside.txt'), 'A secret kept outside the reports folder.\n');
spawnSync('mkfifo', [join(dir, 'b-fifo.txt')]);
symlinkSync('/dev/zero', join(dir, 'c-zero.txt'));
symlinkSync(join(work, 'outside.txt'), join(dir, 'd-outside.txt'));
symlinkSync(join(dir, 'a-good.txt'), join(dir, 'e-inside-link.txt'));
mkdirSync(join(dir, 'f-folder.md'));

/**
 * loadReports in a child process, so a version that blocks on the FIFO or reads /dev/zero forever fails the test
 * at the timeout instead of hanging the test runner.
 */
function loadInChild(): { reports: string[]; errors: { file: string; problem: string }[] } {
	const code = `import { loadReports } from ${JSON.stringify(new URL('../../src/reports/loadReports.ts', import.meta.url).href)};
const { reports, errors } = loadReports(${JSON.stringify(dir)});
process.stdout.write(JSON.stringify({ reports: reports.map((r) => r.id), errors }));`;
	const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
		timeout: 20_000,
		maxBuffer: 1_000_000,
		encoding: 'utf8',
	});
	if (child.status !== 0)
		throw new Error(`loadReports did not finish (${child.signal ?? child.status}): ${child.stderr}`);
	return JSON.parse(child.stdout);
}

describe('loadReports reads regular files only', () => {
	it('skips a FIFO, a link to /dev/zero, a link out of the folder and a folder, naming each, and loads the rest', () => {
		const { reports, errors } = loadInChild();
		expect(reports).toEqual(['a-good', 'e-inside-link']);
		const problem = (name: string) => errors.find((e) => e.file === join(dir, name))?.problem;
		expect(problem('b-fifo.txt')).toMatch(/not a regular file/);
		expect(problem('c-zero.txt')).toMatch(/outside the reports folder/);
		expect(problem('d-outside.txt')).toMatch(/outside the reports folder/);
		expect(problem('f-folder.md')).toMatch(/not a regular file/);
	});
});
