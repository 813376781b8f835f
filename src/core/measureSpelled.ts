import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** "How long", "how old", "how far", "how many days", "what age": a question a length, an age or a count of units answers. */
const ASKS_MEASURE =
	/\bhow\s+(?:long|old|far|tall|high|deep|wide)\b|\bhow\s+many\s+(?:seconds|minutes|hours|days|nights|weeks|months|years|decades|centuries|kilomet(?:re|er)s|km|miles|met(?:re|er)s|feet|inches)\b|\bwhat\s+(?:age|length|distance)\b/iu;

/** A figure joined to its unit, with what it measures after it: "eight-day", "2,800-year-old", "187-kilometre stage". */
const HYPHENED =
	/^((?:(?:about|around|nearly|almost|roughly|some|up\s+to|more\s+than|over|at\s+least)\s+)?(?:\d[\d,.]*|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)))-(second|minute|hour|day|night|week|month|year|decade|century|kilomet(?:re|er)|km|mile|met(?:re|er)|foot|inch)(-old|-long|-high|-deep|-wide|-tall)?(?:\s+[\p{L}-]+){0,3}$/iu;

/** Irregular plurals of the units above; the others take an "s" (none for "km"). */
const PLURAL: Readonly<Record<string, string>> = { century: 'centuries', foot: 'feet', inch: 'inches', km: 'km' };

/**
 * A measure asked for, written as it is said on its own: "eight days" (not "eight-day") of "the eight-day trial" for
 * "how long did the trial last", "2,800 years old" of "a 2,800-year-old tomb", "187 kilometres" of "a 187-kilometre
 * mountain stage". The span stays the sentence's; the phrase as it is for other questions ("which contract": "a
 * six-year contract") or any other phrase.
 *
 * @example
 * measureSpelled('how long was the flight', { text: '13-hour', start: 3, end: 10, typed: true }).text; // '13 hours'
 */
export function measureSpelled(question: string, phrase: AnswerPhrase): AnswerPhrase {
	if (!phrase.typed || !ASKS_MEASURE.test(question)) return phrase;
	const found = HYPHENED.exec(phrase.text);
	if (!found?.[1] || !found[2]) return phrase;
	const figure = found[1];
	const unit = found[2].toLowerCase();
	const one = /(?:^|\s)(?:a|one|1)$/iu.test(figure);
	const units = one ? unit : (PLURAL[unit] ?? `${unit}s`);
	const after = found[3] && /old$/iu.test(found[3]) ? ' old' : '';
	return { ...phrase, text: `${figure} ${units}${after}` };
}
