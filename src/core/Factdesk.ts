import type { Answer, Fact, FactKind, ReportInfo, Summary, SummaryLength } from './types.ts';

export interface SummaryOptions {
	report?: string;
	length?: SummaryLength;
	topic?: string;
}

export interface FactQuery {
	kind?: FactKind;
	/** Words the facts should be about, e.g. "drones" or "Zelensky". */
	about?: string;
	report?: string;
}

/** One page of the facts a query finds. */
export interface FactPage {
	facts: Fact[];
	/** How many facts the query finds in all. */
	total: number;
	/** The page shown (0-based; a page past the end shows the last). */
	page: number;
	pages: number;
}

export interface ParagraphText {
	report: ReportInfo;
	paragraph: number;
	text: string;
}

/** Everything the adapters (Discord, console, CLI) may ask of the core. Pure and synchronous. */
export interface Factdesk {
	reports(): ReportInfo[];
	/**
	 * Answers a question from the reports, or declines with `answered: false`. Never throws on any string. With
	 * `report` (an id: a follow-up's earlier answer came from it), that report answers first; the others when it does not.
	 */
	ask(question: string, report?: string): Answer;
	/** Throws UserError for an unknown report. */
	summarise(options?: SummaryOptions): Summary;
	facts(query?: FactQuery): Fact[];
	/** One page of `facts(query)`, `perPage` facts long: what an adapter shows at a time, without the rest. */
	factPage(query: FactQuery, page: number, perPage: number): FactPage;
	/** Throws UserError for an unknown report or a paragraph out of range. */
	paragraph(paragraph: number, report?: string): ParagraphText;
	/** Questions the reports can answer that start like or resemble `partial`, for autocomplete. */
	suggest(partial: string, limit?: number): string[];
}
