import type { Factdesk } from '../core/Factdesk.ts';

/** The title of report `id`, or the id itself when the report is unknown. */
export function reportTitle(factdesk: Factdesk, id: string): string {
	return factdesk.reports().find((report) => report.id === id)?.title ?? id;
}
