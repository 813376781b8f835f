import { describe, expect, it } from 'vitest';
import { guardedAgent } from '../../../src/reports/fetch/guardedAgent.ts';
import { isPublicAddress } from '../../../src/reports/fetch/isPublicAddress.ts';
import { ReportRefused } from '../../../src/reports/fetch/ReportRefused.ts';
import { prepareReport } from '../../../src/reports/managed/prepareReport.ts';
import { parseReport } from '../../../src/reports/parseReport.ts';
import { articlePage } from '../fetch/newsSite.ts';

const limits = { allowed: isPublicAddress, dispatcher: guardedAgent(isPublicAddress) };
const file = (name: string, text: string) => prepareReport({ kind: 'file', name, text }, 'r', limits);

describe('prepareReport', () => {
	it('GIVEN an .html file THEN its article is extracted with its metadata into YAML front matter', async () => {
		const prepared = await file('strike.HTML', articlePage("Strike: day two at Halden's gate"));
		expect(prepared.source).toBe('file:strike.HTML');
		expect(prepared.report).toMatchObject({
			title: "Strike: day two at Halden's gate",
			outlet: 'Coastal Courier',
			url: 'https://coastal.example/strike',
			published: '2026-03-02T08:00:00Z',
		});
		expect(prepared.byline).toBe('Mara Lind');
		expect(prepared.report.paragraphs[0]).toMatch(/^Dock workers at Port Halden walked out on Sunday/);
		// The body is a report file that reads back to the same report.
		expect(parseReport('r', prepared.body)).toEqual({ ok: true, report: prepared.report });
	});

	it('GIVEN a .md file with front matter THEN it is read as a report file', async () => {
		const prepared = await file('a.md', '---\ntitle: Fees\nauthor: X\n---\nFees rose.\n');
		expect(prepared.report).toEqual({ id: 'r', title: 'Fees', paragraphs: ['Fees rose.'] });
	});

	it.each([
		['scan.pdf', 'x', 'extension'],
		['big.txt', 'x'.repeat(2_000_001), 'tooLarge'],
		['empty.md', '\n\n', 'invalid'],
		['teaser.html', '<p>Subscribe to read.</p>', 'noArticle'],
	])('GIVEN %s THEN it is refused (%s)', async (name, text, reason) => {
		const error = await file(name, text).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ReportRefused);
		expect((error as ReportRefused).reason).toBe(reason);
	});
});
