import type { Report, ReportInfo } from '../../core/types.ts';
import type { GuildReportStore, StoredReportInfo } from '../../storage/GuildReportStore.ts';
import type { FetchLimits } from '../fetch/fetchPage.ts';
import { ReportRefused } from '../fetch/ReportRefused.ts';
import { reportIdFromFile } from '../loadReports.ts';
import { parseReport } from '../parseReport.ts';
import { prepareReport, type ReportInput } from './prepareReport.ts';

export interface ManagedReportsDeps {
	store: GuildReportStore;
	/** The shared reports (REPORTS_DIR) every server sees. */
	sharedReports: () => Promise<ReportInfo[]>;
	limits: FetchLimits;
	/** MAX_REPORTS_PER_SERVER. */
	maxReports: number;
	now?: () => Date;
}

/** What an add understood, to tell the moderator. */
export interface AddedReport {
	reportId: string;
	title: string;
	outlet?: string;
	byline?: string;
	published?: string;
	url?: string;
	paragraphs: number;
	firstSentence: string;
	replaced: boolean;
}

/** A report a server can answer from: its own (with who added it) or a shared one. */
export interface ListedReport extends ReportInfo {
	scope: 'server' | 'shared';
	addedBy?: string;
	addedAt?: string;
}

/**
 * Each server's own reports: add (from a link or a file), list (with the shared ones), remove. The same code serves
 * the bot's /reports, the console's /reports add and `npm run reports`.
 *
 * @example
 * await reports.add('123', { kind: 'url', url: 'https://news.example/strike' }, '42');
 */
export class ManagedReports {
	constructor(private readonly deps: ManagedReportsDeps) {}

	async add(guildId: string, input: ReportInput, addedBy: string): Promise<AddedReport> {
		const taken = new Set([
			...(await this.deps.sharedReports()).map((r) => r.id),
			...(await this.deps.store.list(guildId)).map((r) => r.reportId),
		]);
		const prepared = await prepareReport(input, 'report', this.deps.limits);
		const earlier = (await this.deps.store.list(guildId)).find((r) => r.source === prepared.source);
		const reportId = earlier?.reportId ?? freeId(prepared.report.title, taken);
		const result = await this.deps.store.add(
			{
				guildId,
				reportId,
				source: prepared.source,
				title: prepared.report.title,
				body: prepared.body,
				addedBy,
				addedAt: (this.deps.now?.() ?? new Date()).toISOString(),
			},
			this.deps.maxReports,
		);
		if (!result.ok) throw new ReportRefused('limit', String(result.limit));
		const { report } = prepared;
		return {
			reportId: result.reportId,
			title: report.title,
			...(report.outlet && { outlet: report.outlet }),
			...(prepared.byline && { byline: prepared.byline }),
			...(report.published && { published: report.published }),
			...(report.url && { url: report.url }),
			paragraphs: report.paragraphs.length,
			firstSentence: firstSentence(report.paragraphs[0] ?? ''),
			replaced: result.replaced,
		};
	}

	/** The server's own reports first (oldest first), then the shared ones. */
	async list(guildId: string | undefined): Promise<ListedReport[]> {
		const own = guildId ? await this.deps.store.reports(guildId) : [];
		const listed: ListedReport[] = own.map((stored) => ({ ...infoOf(stored.reportId, stored.body), ...scope(stored) }));
		for (const shared of await this.deps.sharedReports()) listed.push({ ...shared, scope: 'shared' });
		return listed;
	}

	/** Removes one of the server's own reports; false when it has none with that id. */
	remove(guildId: string, reportId: string): Promise<boolean> {
		return this.deps.store.remove(guildId, reportId);
	}

	/** The server's own reports, parsed, for its engine. */
	async reportsOf(guildId: string): Promise<Report[]> {
		const stored = await this.deps.store.reports(guildId);
		return stored.flatMap((s) => {
			const parsed = parseReport(s.reportId, s.body);
			return parsed.ok ? [parsed.report] : [];
		});
	}
}

function scope(stored: StoredReportInfo): Pick<ListedReport, 'scope' | 'addedBy' | 'addedAt'> {
	return { scope: 'server', addedBy: stored.addedBy, addedAt: stored.addedAt };
}

function infoOf(id: string, body: string): ReportInfo {
	const parsed = parseReport(id, body);
	if (!parsed.ok) return { id, title: id, paragraphs: 0 };
	const { paragraphs, ...meta } = parsed.report;
	return { ...meta, paragraphs: paragraphs.length };
}

/** A report id from its title, unused by the shared reports and the server's others (a number added when needed). */
function freeId(title: string, taken: Set<string>): string {
	const base = reportIdFromFile(`${title.slice(0, 48)}.txt`).replace(/-+$/, '') || 'report';
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

function firstSentence(paragraph: string): string {
	const match = /^.{20,}?[.!?](?=\s+[A-Z"“'‘(]|$)/.exec(paragraph);
	return (match?.[0] ?? paragraph).slice(0, 300);
}
