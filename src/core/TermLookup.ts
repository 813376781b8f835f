/** Whether a sentence's or paragraph's terms hold a stem (a Map of them, or a look-up in the index). */
export interface TermLookup {
	has(term: string): boolean;
}
