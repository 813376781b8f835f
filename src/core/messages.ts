/**
 * What the core says in its own answers and refusals (a report or paragraph that does not exist). Each adapter
 * layer keeps its own wording: src/console/consoleText.ts, src/discord/wording/, src/service/serviceText.ts,
 * src/storage/storageText.ts, src/reports/reportsText.ts and src/configText.ts.
 */
export const messages = {
	unknownReport: (id: string) => `There is no report called "${id}".`,
	paragraphOutOfRange: (n: number, count: number, title: string) =>
		`"${title}" has ${count} paragraphs; there is no paragraph ${n}.`,
	noReports: 'No reports are loaded.',
} as const;
