import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import type {
	AddReportResult,
	GuildReportStore,
	StoredReport,
	StoredReportInfo,
} from '../../storage/GuildReportStore.ts';
import { hashReportFiles } from '../hashReportFiles.ts';
import { loadReports } from '../loadReports.ts';
import { removeSharedReport, writeSharedReport } from './sharedReportFiles.ts';

/** The front matter key a file added by the CLI keeps its source under (ignored by the report parser). */
const SOURCE_KEY = 'factdesk_source';

/**
 * The shared reports folder (REPORTS_DIR) seen as a store of reports, so that `npm run reports` without --server adds
 * to and removes from it with the same code as for a server: each report is a `<id>.md` file.
 *
 * @example
 * new ManagedReports({ store: new SharedFolderStore('data/reports'), … });
 */
export class SharedFolderStore implements GuildReportStore {
	constructor(private readonly dir: string) {}

	async add(report: StoredReport): Promise<AddReportResult> {
		const earlier = (await this.list()).find((r) => r.source === report.source);
		const reportId = earlier?.reportId ?? report.reportId;
		const replaced = writeSharedReport(this.dir, reportId, withSource(report.body, report.source));
		return { ok: true, replaced: replaced || earlier !== undefined, reportId };
	}

	async reports(): Promise<StoredReport[]> {
		const { reports, files } = loadReports(this.dir);
		return reports.map((report, i) => {
			const body = readFileSync(files[i] ?? '', 'utf8');
			const source = new RegExp(`^${SOURCE_KEY}:\\s*(.+)$`, 'm').exec(body)?.[1]?.trim() ?? `file:${files[i]}`;
			const info = {
				guildId: '',
				reportId: report.id,
				source: source.replace(/^["']|["']$/g, ''),
				title: report.title,
			};
			return { ...info, body, addedBy: '', addedAt: '' };
		});
	}

	async list(): Promise<StoredReportInfo[]> {
		return (await this.reports()).map(({ body: _, ...info }) => info);
	}

	async remove(_guildId: string, reportId: string): Promise<boolean> {
		return removeSharedReport(this.dir, reportId);
	}

	async version(): Promise<string> {
		return hashReportFiles(this.dir);
	}

	async close(): Promise<void> {}
}

function withSource(body: string, source: string): string {
	const line = stringify({ [SOURCE_KEY]: source }, { lineWidth: 0 });
	return body.startsWith('---\n') ? `---\n${line}${body.slice(4)}` : `---\n${line}---\n${body}`;
}
