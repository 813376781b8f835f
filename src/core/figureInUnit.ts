import type { Mention } from './findMentions.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import type { Token } from './tokenize.ts';

/** A unit written after a number ("185 km/h", "30 centimetres"), which a measure must have. */
export const UNIT =
	/^\s?(?:(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?)\s+(?:an|a|per)\s+(?:hour|second)|km\/h|mph|knots|light[\s-]years?|parsecs?|nautical\s+miles?|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|cm|centimet(?:re|er)s?|mm|millimet(?:re|er)s?|feet|foot|ft|inch(?:es)?|degrees?(?:\s+(?:Celsius|Fahrenheit|C|F)\b)?|°\s?[CF]?|kg|kilograms?|grams?|grammes?|tonnes?|tons?|pounds|ounces?|oz|hectares?|ha|acres?|square\s+(?:kilomet(?:re|er)s?|met(?:re|er)s?|miles?|feet)|litres?|liters?|magnitude|points?|percentage points?|(?:(?:thousand|million|billion|trillion|m|bn)\s+)?(?:dollars?|euros?|yen|yuan|kron(?:er|or|a|e)|rupees?|roubles?|rubles?|francs?|pesos?|lira|rand|reais|zlotys?|shekels?|dinars?))\b/iu;
/** The longest unit read after a number ("percentage points"). */
export const UNIT_CHARS = 24;

/** The figure in a unit right after a token of `verb` ("measures about 480 metres"), hedges aside. */
export function figureRightAfter(
	verb: string,
	sentence: string,
	mentions: readonly Mention[],
	tokens: readonly Token[],
): AnswerPhrase | undefined {
	for (const token of tokens.slice(0, SENTENCE_LIMITS.tokens)) {
		if (token.stem !== verb) continue;
		const number = mentions.find((m) => m.type === 'number' && m.start > token.end);
		if (
			!number ||
			!/^\s+(?:(?:about|around|roughly|nearly|almost|some|just|over|under)\s+)?$/iu.test(
				sentence.slice(token.end, number.start),
			)
		)
			continue;
		const unit = UNIT.exec(sentence.slice(number.end, number.end + UNIT_CHARS));
		if (!unit) continue;
		const end = number.end + unit[0].length;
		return { text: sentence.slice(number.start, end), start: number.start, end, typed: true };
	}
	return undefined;
}

/** Units of speed after a figure: "19 mph", "120 km/h", "30 kilometres an hour", "12 knots". */
export const SPEED_UNIT =
	/^\s?(?:mph|km\/h|kph|knots|(?:kilomet(?:re|er)s?|miles?|met(?:re|er)s?)\s+(?:an|a|per)\s+(?:hour|second))\b/iu;

/** The only figure of the sentence written in `unit`, with it; none when there are none or several. */
export function inUnit(sentence: string, mentions: readonly Mention[], unit: RegExp): AnswerPhrase | undefined {
	const found = mentions
		.slice(0, SENTENCE_LIMITS.mentions)
		.filter((m) => m.type === 'number')
		.map((m) => ({ m, unit: unit.exec(sentence.slice(m.end, m.end + UNIT_CHARS)) }))
		.filter((f) => f.unit !== null);
	const only = found.length === 1 ? found[0] : undefined;
	if (!only) return undefined;
	const end = only.m.end + (only.unit?.[0].length ?? 0);
	return { text: sentence.slice(only.m.start, end), start: only.m.start, end, typed: true };
}
