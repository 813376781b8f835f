import type { AsyncFactdesk } from '../engine/AsyncFactdesk.ts';

/** A lookup from report id to title (the id itself for an unknown report), over the engine's reports now. */
export async function reportTitle(factdesk: AsyncFactdesk): Promise<(id: string) => string> {
	const reports = await factdesk.reports();
	return (id) => reports.find((report) => report.id === id)?.title ?? id;
}

/** The source article of each report that has one, by id, over the engine's reports now. */
export async function reportLink(factdesk: AsyncFactdesk): Promise<(id: string) => string | undefined> {
	const reports = await factdesk.reports();
	return (id) => reports.find((report) => report.id === id)?.url;
}

/** The published date of each report that has one, by id. */
export async function reportPublished(factdesk: AsyncFactdesk): Promise<(id: string) => string | undefined> {
	const reports = await factdesk.reports();
	return (id) => reports.find((report) => report.id === id)?.published;
}

/**
 * Whether a report is one of the server's own or a shared one, when the server's engine holds more than the shared
 * reports; undefined when the server has none of its own (then there is nothing to tell apart).
 */
export async function reportScope(
	factdesk: AsyncFactdesk,
	shared: AsyncFactdesk,
): Promise<((id: string) => 'server' | 'shared') | undefined> {
	const [all, common] = await Promise.all([factdesk.reports(), shared.reports()]);
	if (all.length === common.length) return undefined;
	const sharedIds = new Set(common.map((r) => r.id));
	return (id) => (sharedIds.has(id) ? 'shared' : 'server');
}
