import type { AsyncFactdesk } from '../core/AsyncFactdesk.ts';

/** A lookup from report id to title (the id itself for an unknown report), over the engine's reports now. */
export async function reportTitle(factdesk: AsyncFactdesk): Promise<(id: string) => string> {
	const reports = await factdesk.reports();
	return (id) => reports.find((report) => report.id === id)?.title ?? id;
}
