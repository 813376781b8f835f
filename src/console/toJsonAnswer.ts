import type { Answer } from '../core/types.ts';

/** The CLI's JSON answer: the contract that tests and outside graders rely on. */
export function toJsonAnswer(answer: Answer): object {
	return {
		question: answer.question,
		answered: answer.answered,
		answer: answer.answer,
		confidence: answer.confidence,
		sources: answer.sources.map((s) => ({
			report: s.report,
			paragraph: s.paragraph,
			sentence: s.sentence,
			quote: s.quote,
		})),
		alternatives: answer.alternatives.map((a) => ({
			question: a.question,
			report: a.source.report,
			paragraph: a.source.paragraph,
			sentence: a.source.sentence,
		})),
		conflicts: answer.conflicts.map((c) => ({
			text: c.text,
			report: c.source.report,
			paragraph: c.source.paragraph,
			quote: c.source.quote,
		})),
	};
}
