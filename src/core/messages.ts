/**
 * Every sentence a user can see, in one place (console, CLI and Discord alike).
 * Constants for fixed text, small functions where values are filled in.
 */
export const messages = {
	notInReport: 'The report does not say.',
	unknownReport: (id: string) => `There is no report called "${id}".`,
	paragraphOutOfRange: (n: number, count: number, title: string) =>
		`"${title}" has ${count} paragraphs; there is no paragraph ${n}.`,
	noReports: 'No reports are loaded.',
	noFacts: 'No facts of that kind were found.',
	apology: 'Sorry, something went wrong on my side. Please try again in a moment.',
} as const;
