import { NUMBER_WORDS } from './mentionPatterns.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** "How often…", "how frequently…": the question asks how many times in a while. */
const ASKS_FREQUENCY = /\bhow\s+(?:often|frequently)\b/i;
const UNIT = '(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|season|year|decade)s?';
const COUNT = `(?:\\d[\\d,.]*|${Object.keys(NUMBER_WORDS).join('|')}|few|several|other)`;
/** How news writes a frequency: "every three weeks", "twice a year", "daily", "rarely", "60 percent of the time". */
const FREQUENCIES = [
	new RegExp(`\\bevery\\s+(?:${COUNT}\\s+)?${UNIT}\\b`, 'gi'),
	new RegExp(
		`\\b(?:once|twice|thrice|${COUNT}\\s+times)\\s+(?:a|an|per|each|every)\\s+(?:${COUNT}\\s+)?${UNIT}\\b`,
		'gi',
	),
	new RegExp(
		`\\b(?:${COUNT}[- ])?(?:hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annually|annual|biannual(?:ly)?|biennial(?:ly)?|biweekly)\\b`,
		'gi',
	),
	/\b(?:rarely|seldom|occasionally|regularly|frequently|often|always|never|sometimes|usually|constantly)\b/gi,
	/\b\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+of\s+the\s+time\b/gi,
	new RegExp(`\\b${COUNT}\\s+(?:\\p{L}+\\s+){0,2}(?:a|per|each)\\s+${UNIT}\\b`, 'giu'),
];

/**
 * The frequency a sentence gives for a "how often" question ("every three weeks" for "how often will bins be
 * collected"): undefined for other questions, null when it gives none but the question's own words ("less often"),
 * else the first one written.
 *
 * @example
 * askedFrequency('how often do trams run', 'Trams will run every six minutes at peak times.')?.text; // 'every six minutes'
 */
export function askedFrequency(question: string, sentence: string): AnswerPhrase | null | undefined {
	if (!ASKS_FREQUENCY.test(question)) return undefined;
	const asked = new Set(question.toLowerCase().match(/\p{L}+/gu) ?? []);
	const found = FREQUENCIES.flatMap((pattern) => [...sentence.matchAll(pattern)])
		.filter((m) => !(m[0].toLowerCase().match(/\p{L}+/gu) ?? []).every((w) => asked.has(w)))
		.sort((a, b) => a.index - b.index)[0];
	return found ? { text: found[0], start: found.index, end: found.index + found[0].length, typed: true } : null;
}
