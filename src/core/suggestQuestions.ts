import Fuse from 'fuse.js';
import type { Fact } from './types.ts';

/**
 * Questions the reports can answer, written from their facts, for autocomplete: all of them for an empty
 * prefix, else those closest to what the user has typed so far.
 *
 * @example
 * suggestQuestions(facts, 'how many dro', 3); // ['How many drones were shot down?', 'How many drones were launched?', …]
 */
export function suggestQuestions(facts: Fact[], partial: string, limit: number): string[] {
	const questions = [...new Set(facts.flatMap(questionsFor))];
	const typed = partial.trim();
	if (!typed) return questions.slice(0, limit);
	const fuse = new Fuse(questions, { threshold: 0.5, ignoreLocation: true });
	return fuse
		.search(typed, { limit })
		.map((hit) => hit.item)
		.concat(typed.length >= 3 ? [typed] : [])
		.filter((q, i, all) => all.indexOf(q) === i)
		.slice(0, limit);
}

/** Questions a fact answers, e.g. "How many drones were shot down?" for the count "72 drones shot down". */
export function questionsFor(fact: Fact): string[] {
	switch (fact.kind) {
		case 'count':
		case 'casualty':
			return fact.subject ? [`How many ${fact.subject}${fact.detail ? ` were ${fact.detail}` : ''}?`] : [];
		case 'person':
			return [fact.subject ? `Who is ${fact.text}?` : `What did ${fact.text} do?`];
		case 'quote':
			return fact.subject ? [`What did ${fact.subject} say?`] : [];
		case 'place':
			return [`What happened in ${fact.text}?`];
		case 'organisation':
			return [`What did the ${fact.text} say?`];
		default:
			return [];
	}
}
