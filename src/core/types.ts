import { z } from 'zod';

/** A report as the core sees it: plain text split into paragraphs, with optional metadata. */
export const ReportSchema = z.object({
	id: z.string().min(1),
	title: z.string().min(1),
	outlet: z.string().optional(),
	url: z.string().optional(),
	published: z.string().optional(),
	paragraphs: z.array(z.string().min(1)).min(1),
});
export type Report = z.infer<typeof ReportSchema>;

/** Where a piece of text stands: report id, 1-based paragraph and sentence, character span in the paragraph. */
export const SourceRefSchema = z.object({
	report: z.string(),
	paragraph: z.number().int().positive(),
	sentence: z.number().int().positive(),
	start: z.number().int().nonnegative(),
	end: z.number().int().nonnegative(),
	quote: z.string().min(1),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

export const FACT_KINDS = [
	'count',
	'casualty',
	'person',
	'place',
	'organisation',
	'date',
	'quote',
	'attribution',
	'claim',
] as const;
export const FactKindSchema = z.enum(FACT_KINDS);
export type FactKind = z.infer<typeof FactKindSchema>;

export const FactSchema = z.object({
	id: z.string(),
	kind: FactKindSchema,
	/** The fact as a short phrase, e.g. "72 drones shot down" or "Volodymyr Zelensky". */
	text: z.string().min(1),
	value: z.number().optional(),
	/** What is counted ("drones"), the role of a person ("Ukrainian President"), the speaker of a quote. */
	subject: z.string().optional(),
	/** The action of a count ("shot down"), or the source named by an attribution. */
	detail: z.string().optional(),
	/** Who gives a figure, when its sentence says so ("Ukrainian Air Force", "Volodymyr Zelensky"). */
	reportedBy: z.string().optional(),
	/** Character span of the fact inside the sentence. */
	span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
	source: SourceRefSchema,
	/** Ids of facts that give a different figure for the same thing. */
	conflicts: z.array(z.string()),
});
export type Fact = z.infer<typeof FactSchema>;

export const QUESTION_TYPES = ['count', 'who', 'where', 'when', 'quote', 'yesno', 'other'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Another figure the reports give for the same thing. */
export interface Conflict {
	text: string;
	source: SourceRef;
}

export interface Alternative {
	/** A question the reports can answer, phrased for a "did you mean" button. */
	question: string;
	preview: string;
	source: SourceRef;
}

export interface Answer {
	question: string;
	type: QuestionType;
	answered: boolean;
	/** Short answer phrase; empty when declined. */
	answer: string;
	confidence: number;
	/** sources[0] supports the answer; empty when declined. */
	sources: SourceRef[];
	/** Character span of the answer phrase inside sources[0].quote, for bolding. */
	highlight?: [number, number];
	conflicts: Conflict[];
	alternatives: Alternative[];
	/** When declined: the topics the reports do cover that are closest to the question. */
	closestTopics: string[];
}

export const SUMMARY_LENGTHS = ['short', 'medium', 'long'] as const;
export type SummaryLength = (typeof SUMMARY_LENGTHS)[number];

export interface Summary {
	report: string;
	title: string;
	length: SummaryLength;
	topic?: string;
	sentences: SourceRef[];
}

export interface ReportInfo {
	id: string;
	title: string;
	outlet?: string;
	url?: string;
	published?: string;
	paragraphs: number;
}
