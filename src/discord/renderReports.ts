import type { RefusalReason } from '../reports/fetch/ReportRefused.ts';
import type { AddedReport, ListedReport } from '../reports/managed/ManagedReports.ts';
import type { Outgoing } from './fitMessage.ts';
import { plainText, safeLink } from './plainText.ts';
import { wording } from './wording/wording.ts';

export const REPORTS_PER_PAGE = 10;

/** What an add understood: title, outlet or byline, date, paragraphs, the first sentence, and whether it replaced. */
export function renderAdded(added: AddedReport): Outgoing {
	const w = wording().reports;
	const title = plainText(added.title);
	const lines = [
		added.replaced ? w.replaced(title) : w.added(title),
		w.details(plainText(added.outlet ?? w.unknown), plainText(dateOf(added.published) ?? w.unknown), added.paragraphs),
		...(added.byline ? [w.byline(plainText(added.byline))] : []),
		...(safeLink(added.url) ? [`<${safeLink(added.url)}>`] : []),
		`${w.firstSentence}: > ${plainText(added.firstSentence)}`.replace(': > ', ':\n> '),
		w.reportId(plainText(added.reportId)),
	];
	return { content: lines.join('\n'), ephemeral: true };
}

/** One page of the reports a server answers from: its own first, then the shared ones. */
export function renderReportList(reports: readonly ListedReport[], page: number): Outgoing {
	const w = wording().reports;
	if (reports.length === 0) return { content: w.none, ephemeral: true };
	const pages = Math.ceil(reports.length / REPORTS_PER_PAGE);
	const shown = Math.min(Math.max(1, page), pages);
	const lines = reports.slice((shown - 1) * REPORTS_PER_PAGE, shown * REPORTS_PER_PAGE).map((r) => {
		const scope = r.scope === 'server' ? w.server : w.shared;
		const source = [r.outlet, dateOf(r.published)].filter(Boolean).map((s) => plainText(String(s)));
		const facts = [scope, ...source, w.details('', '', r.paragraphs).replace(/^ · · /, '')];
		return `• **${plainText(r.title)}** (${plainText(r.id)}): ${facts.join(' · ')}`;
	});
	return {
		content: [`**${w.listTitle}**`, ...lines, w.listPage(shown, pages, reports.length)].join('\n'),
		ephemeral: true,
	};
}

/** Why a report was refused, in the member's language, the detail as plain text. */
export function refusalText(reason: RefusalReason, detail: string): string {
	return wording().reports.refused[reason](plainText(detail));
}

function dateOf(published: string | undefined): string | undefined {
	if (!published) return undefined;
	return /^\d{4}-\d{2}-\d{2}/.exec(published)?.[0] ?? published;
}
