import { NUMBER_WORDS } from './mentionPatterns.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** "How old is X?", "At what age did X…?": the question asks for an age. */
export const ASKS_AGE = /\bhow old\b|\bwhat age\b/i;
/**
 * Ages as news writes them: after a name in commas ("Brooks, 61, was"), "34-year-old", "aged 61", "61 years old",
 * "3.5 billion years ago".
 * A number after a name is bounded to three digits, so a year is no age; a thing may be "45,500 years old".
 */
const YEARS = `(?:(?<![\\d,.])\\d{1,3}(?:,\\d{3})*|${Object.keys(NUMBER_WORDS).join('|')})`;
const AGES = [
	/(?<=\p{Lu}[\p{L}'’-]*,\s)\d{1,3}(?=,)/gu,
	new RegExp(`\\b${YEARS}[- ]years?[- ]old\\b`, 'gi'),
	new RegExp(`\\bage(?:d|\\s+of)?\\s+${YEARS}\\b`, 'gi'),
	// A thing's age: "formed about 3.5 billion years ago".
	/(?<![\d.,])\d[\d.,]*\s+(?:(?:thousand|million|billion)\s+)?years?\s+ago\b/gi,
];
/**
 * A number that counts no noun: it may be an age written in a way not read here ("he left Poland at 20."); a score
 * or range ("a 4-0 defeat") is none.
 */
const BARE_NUMBER = new RegExp(`(?<![\\d,.$€£]|\\d[-–])\\b${YEARS}\\b(?![-\\s]*\\p{L}|[,.]\\d|%|[-–]\\d)`, 'iu');

/**
 * The age a sentence gives for an "age" question: undefined for other questions or a sentence with a bare
 * number (which may be an age), null when it gives none (another candidate may), else the age, the one written
 * nearest a name the question asks about first.
 *
 * @example
 * askedAge('How old is Brooks?', 'Brooks, 61, was found guilty.')?.text; // '61'
 */
export function askedAge(question: string, sentence: string): AnswerPhrase | null | undefined {
	if (!ASKS_AGE.test(question)) return undefined;
	const ages = AGES.flatMap((pattern) => [...sentence.matchAll(pattern)]).map(
		(m): AnswerPhrase => ({ text: m[0], start: m.index, end: m.index + m[0].length, typed: true }),
	);
	if (ages.length === 0) return BARE_NUMBER.test(sentence) ? undefined : null;
	const names = (question.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).map((n) => n.replace(/['’]s$/, ''));
	const distance = (age: AnswerPhrase) =>
		Math.min(
			Number.MAX_SAFE_INTEGER,
			...names
				.map((n) => sentence.indexOf(n))
				.filter((at) => at >= 0)
				.map((at) => Math.abs(at - age.start)),
		);
	return ages.sort((a, b) => distance(a) - distance(b) || a.start - b.start)[0] ?? null;
}
