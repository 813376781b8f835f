/**
 * A verb of asking right before a figure, hedges allowed: "had sought 12 years", "sought no more than five years",
 * "asked for seven to eight years' jail", "is demanding a 9% rise", "are seeking 12 years"; not "is seeking 500
 * workers" (hired).
 */
const DEMANDED_BEFORE =
	/\b(?:sought|seeks?|seeking|recommend(?:ed|s|ing)?|ask(?:ed|s|ing)?\s+for|demand(?:ed|s|ing)?|request(?:ed|s|ing)?|call(?:ed|s|ing)?\s+for|propos(?:ed|es|ing)|push(?:ed|es|ing)?\s+for|press(?:ed|es|ing)?\s+for)\s+(?:(?:no\s+)?(?:more|less|fewer)\s+than\s+|at\s+(?:least|most)\s+|up\s+to\s+|about\s+|around\s+|a\s+total\s+of\s+|an?\s+|the\s+)?$/i;
/** A count of people after a figure: "500 workers", "200 new staff". */
const PEOPLE_AFTER =
	/^[\d.,]*\d*\s*(?:\p{L}+\s+)?(?:workers|staff|people|employees|recruits|volunteers|applicants|nurses|teachers|drivers|engineers|officers)\b/iu;
/** Questions about what was asked for, which a demanded figure answers: "what were prosecutors asking for". */
const ASKS_DEMAND =
	/\b(?:seek\w*|sought|ask\w*|demand\w*|request\w*|call\w*\s+for|recommend\w*|propos\w*|push\w*\s+for|press\w*\s+for|want\w*|hop\w*|tr(?:y|ied|ying)|bid|should|need\w*|hir\w*|recruit\w*|plan\w*|original\w*|initial\w*|intend\w*|envisag\w*)\b/i;
/** How far before a figure its verb of asking is looked for. */
const BEFORE_CHARS = 40;

/**
 * Whether the figure at `start` of `sentence` is one somebody asked for ("Prosecutors had sought 12 years"), not
 * what was given or done, while the question asks what was ("how long did Valmont get?").
 *
 * @example
 * demandedFigure('how long did valmont get', 'Prosecutors had sought 12 years for Valmont.', 23); // true
 */
export function demandedFigure(question: string, sentence: string, start: number): boolean {
	if (ASKS_DEMAND.test(question)) return false;
	// "is seeking 500 workers": people sought are hired, no figure asked for.
	if (PEOPLE_AFTER.test(sentence.slice(start, start + BEFORE_CHARS))) return false;
	return DEMANDED_BEFORE.test(sentence.slice(Math.max(0, start - BEFORE_CHARS), start));
}
