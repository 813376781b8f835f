import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadReports, reportIdFromFile } from '../../src/reports/loadReports.ts';
import { MAX_REPORT_BYTES } from '../../src/reports/parseReport.ts';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'factdesk-reports-'));
});
afterEach(() => {
	rmSync(dir, { recursive: true, force: true });
});

const GOOD_TEXT = 'Officials said 12 drones were launched overnight.\nNo one was hurt, the mayor said.\n';

function write(name: string, content: string | Buffer): string {
	const file = join(dir, name);
	writeFileSync(file, content);
	return file;
}

function problemFor(file: string): string {
	const { errors } = loadReports(dir);
	const error = errors.find((e) => e.file === file);
	if (!error) throw new Error(`no error reported for ${file}`);
	return error.problem;
}

describe('loadReports with bad files', () => {
	it.each([
		['empty.txt', '', /no text/],
		['blank-lines.txt', '\n\n   \n', /no text/],
		['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a, 0x1a, 0x00]), /binary/],
		['unclosed.md', '---\ntitle: Never closed\nFirst paragraph.\n', /front matter has no closing/],
		['not-key-value.md', '---\ntitle: Fine\nthis line is wrong\n---\nText.\n', /not valid YAML/],
		['a-list.md', '---\n- one\n- two\n---\nText.\n', /not "key: value"/],
		['bad-date.md', '---\npublished: last Tuesday\n---\nText.\n', /published must be a date/],
		['bad-url.md', '---\nurl: not a link\n---\nText.\n', /front matter is invalid \(url/],
		['script-url.md', '---\nurl: javascript:alert(1)\n---\nText.\n', /url: the link must be an http/],
		['ftp-url.md', '---\nurl: ftp://example.com/a\n---\nText.\n', /url: the link must be an http/],
		['data-url.md', '---\nurl: data:text/html,hi\n---\nText.\n', /url: the link must be an http/],
		[
			'long-url.md',
			`---\nurl: https://example.com/${'a'.repeat(3000)}\n---\nText.\n`,
			/url: the link must be at most 2048/,
		],
	])(
		'GIVEN %s THEN its error names the file and the problem while the good report still loads',
		(name, content, problem) => {
			write('good.txt', GOOD_TEXT);
			const file = write(name, content);
			const { reports, errors } = loadReports(dir);
			expect(reports.map((r) => r.id)).toEqual(['good']);
			expect(errors).toHaveLength(1);
			expect(errors[0]?.file).toBe(file);
			expect(errors[0]?.problem).toMatch(problem);
		},
	);

	it('GIVEN a 50 MB file THEN it is refused as too large without being read, and the others load', () => {
		write('a-good.txt', GOOD_TEXT);
		const file = write('huge.txt', Buffer.alloc(50 * 1024 * 1024, 'word '));
		write('z-good.md', GOOD_TEXT);
		const { reports } = loadReports(dir);
		expect(reports.map((r) => r.id)).toEqual(['a-good', 'z-good']);
		expect(problemFor(file)).toMatch(/too large \(52428800 bytes; the limit is \d+\)/);
	});

	it('GIVEN a file one byte over the limit THEN it is refused; at the limit THEN it is read', () => {
		const over = write('over.txt', Buffer.alloc(MAX_REPORT_BYTES + 1, 'a'));
		write('at.txt', `${'a'.repeat(MAX_REPORT_BYTES - 1)}\n`);
		const { reports } = loadReports(dir);
		expect(reports.map((r) => r.id)).toEqual(['at']);
		expect(problemFor(over)).toMatch(/too large/);
	});

	it('GIVEN two files with the same report id THEN the second is refused naming the id', () => {
		write('Energy Truce.txt', GOOD_TEXT);
		const second = write('energy-truce.md', GOOD_TEXT);
		expect(loadReports(dir).reports).toHaveLength(1);
		expect(problemFor(second)).toMatch(/"energy-truce"/);
	});

	it('GIVEN a missing folder THEN one error names the folder and no report loads', () => {
		const missing = join(dir, 'nope');
		const { reports, errors } = loadReports(missing);
		expect(reports).toEqual([]);
		expect(errors).toEqual([{ file: missing, problem: expect.stringMatching(/cannot be read/) }]);
	});

	it('GIVEN other files and folders THEN only .txt and .md files are read', () => {
		write('good.TXT', GOOD_TEXT);
		write('notes.json', '{}');
		mkdirSync(join(dir, 'sub.md'));
		const { reports, errors } = loadReports(dir);
		expect(reports.map((r) => r.id)).toEqual(['good']);
		expect(errors.map((e) => e.file)).toEqual([join(dir, 'sub.md')]);
	});
});

describe('loadReports with good files', () => {
	it('GIVEN front matter THEN its fields are parsed into the report', () => {
		write(
			'strikes.md',
			'---\ntitle: "Overnight strikes"\noutlet: Example News\nurl: https://example.com/a\npublished: 2025-03-19\n---\n\nFirst paragraph.\n\nSecond one.\n',
		);
		expect(loadReports(dir).reports).toEqual([
			{
				id: 'strikes',
				title: 'Overnight strikes',
				outlet: 'Example News',
				url: 'https://example.com/a',
				published: '2025-03-19',
				paragraphs: ['First paragraph.', 'Second one.'],
			},
		]);
	});

	it('GIVEN unknown front matter keys and quoted YAML values THEN they are ignored and the rest is read', () => {
		write('extra.md', '---\ntitle: "Port: strike"\nauthor: Someone\ntags: [a, b]\npublished: 2026-03-02\n---\nText.\n');
		expect(loadReports(dir).reports).toEqual([
			{ id: 'extra', title: 'Port: strike', published: '2026-03-02', paragraphs: ['Text.'] },
		]);
	});

	it('GIVEN a .md file starting with a heading THEN the heading is the title and not a paragraph', () => {
		write('truce.md', '# Truce talks stall\n\nThe talks stalled on Sunday.\n## Background\nThey began in March.\n');
		const [report] = loadReports(dir).reports;
		expect(report?.title).toBe('Truce talks stall');
		expect(report?.paragraphs).toEqual(['The talks stalled on Sunday.', 'They began in March.']);
	});

	it('GIVEN no title anywhere THEN the title comes from the file name', () => {
		write('energy-truce_strikes.txt', GOOD_TEXT);
		expect(loadReports(dir).reports[0]?.title).toBe('Energy truce strikes');
	});

	it('GIVEN a first line that reads as a headline THEN it is the title, and stays a paragraph', () => {
		write('derail.txt', 'Freight Train Derails in Ohio\n\nA train derailed on Friday.\n\nNo one was hurt.\n');
		const [report] = loadReports(dir).reports;
		expect(report?.title).toBe('Freight Train Derails in Ohio');
		expect(report?.paragraphs[0]).toBe('Freight Train Derails in Ohio');
		write('short.txt', 'No one was hurt\n');
		expect(loadReports(dir).reports.find((r) => r.id === 'short')?.title).toBe('Short');
	});

	it('GIVEN Windows line endings and a byte-order mark THEN paragraphs are split cleanly', () => {
		write('crlf.txt', '\uFEFFOne.\r\nTwo.\r\n\r\nThree.');
		expect(loadReports(dir).reports[0]?.paragraphs).toEqual(['One.', 'Two.', 'Three.']);
	});

	it('GIVEN file names THEN report ids are lower-case words joined by hyphens', () => {
		expect(reportIdFromFile('data/reports/Energy Truce (2).md')).toBe('energy-truce-2');
		expect(reportIdFromFile('data/reports/---.txt')).toBe('report');
	});
});
