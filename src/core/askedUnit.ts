import type { Mention } from './findMentions.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';

/** Each unit a question may name at its end ("in km"), with the ways a report writes it. */
const UNIT_FORMS: readonly [RegExp, string][] = [
	[/^(?:km|kms|kilometers?|kilometres?)$/, 'km|kilometers?|kilometres?'],
	[/^(?:mi|miles?)$/, 'miles?|mi'],
	[/^(?:m|meters?|metres?)$/, 'm|meters?|metres?'],
	[/^(?:ft|feet|foot)$/, 'ft|feet|foot'],
	[/^(?:hrs?|hours?)$/, 'hrs?|hours?'],
	[/^(?:mins?|minutes?)$/, 'mins?|minutes?'],
	[/^(?:kg|kilos?|kilograms?)$/, 'kg|kilos?|kilograms?'],
	[/^(?:tonnes?|tons?)$/, 'tonnes?|tons?'],
	[/^(?:euros?|eur)$/, 'euros?|€'],
	[/^(?:dollars?|usd|bucks)$/, 'dollars?|\\$'],
	[/^(?:pounds?|gbp|quid)$/, 'pounds?|£'],
];
/** "how long is the course in km?": a unit named at the question's end. */
const IN_UNIT = /\bin\s+([\p{L}$€£]+)\s*[?.!]*\s*$/iu;

/**
 * For a question that names the unit it wants at its end ("how long is the course in km"), the figure of the sentence
 * written in that unit ("the 162-kilometre course") where the one picked is in another ("6 hours"); undefined where the
 * question names no unit, or the one picked is in it, or no other figure is.
 *
 * @example
 * const sentence = 'finishing the 162-kilometre course in 6 hours, 48 minutes';
 * askedUnit('how long is the course in km', sentence, sixHours, mentions)?.text; // '162-kilometre'
 */
export function askedUnit(
	question: string,
	sentence: string,
	phrase: AnswerPhrase,
	mentions: readonly Mention[],
): AnswerPhrase | undefined {
	const named = IN_UNIT.exec(question)?.[1]?.toLowerCase();
	const forms = named ? UNIT_FORMS.find(([asked]) => asked.test(named))?.[1] : undefined;
	if (!forms || !phrase.typed) return undefined;
	const after = new RegExp(`^(?:[\\s-]*(?:${forms}))(?![\\p{L}])`, 'iu');
	const before = new RegExp(`(?:${forms})\\s*$`, 'iu');
	const inUnit = (start: number, end: number) =>
		after.test(sentence.slice(end, end + 16)) || before.test(sentence.slice(Math.max(0, start - 4), start));
	const figure = mentions.find((m) => m.type === 'number' && m.start <= phrase.start && m.end > phrase.start);
	if (inUnit(phrase.start, phrase.end) || (figure && inUnit(figure.start, figure.end))) return undefined;
	for (const m of mentions.slice(0, SENTENCE_LIMITS.mentions)) {
		if (m.type !== 'number' || !/\d/.test(m.text)) continue;
		const unit = after.exec(sentence.slice(m.end, m.end + 16))?.[0] ?? '';
		if (unit)
			return {
				text: sentence.slice(m.start, m.end + unit.length),
				start: m.start,
				end: m.end + unit.length,
				typed: true,
			};
		if (before.test(sentence.slice(Math.max(0, m.start - 4), m.start)))
			return { text: m.text, start: m.start, end: m.end, typed: true };
	}
	return undefined;
}
