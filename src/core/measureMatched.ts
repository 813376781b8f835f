import type { AnalysedQuestion } from './analyseQuestion.ts';
import { asksMeasure } from './askedQuantity.ts';
import type { Token } from './tokenize.ts';
import { wordsWritten } from './wordsWritten.ts';

/**
 * Whether a "how strong/deep/warm…" or "how often" question is answered by a sentence that writes every word it asks
 * with (or a synonym of it), the measure's own word and its light verb aside, one left to its paragraph at most (see
 * wordsWritten): a figure in the measure's unit there is the very fact asked (see ShortAnswer.matched), unless the
 * figure tells how far a thing moved or stands, for a size asked, another dimension or an event (`figure` is where it
 * stands in `quote`). "How deep was the water in the houses on Riverside Lane?" is not answered so by "the water's
 * only about five feet deep there".
 */
export function measureMatched(
	question: AnalysedQuestion,
	tokens: readonly Token[],
	quote: string,
	figure: { start: number; end: number },
): boolean {
	if (!asksMeasure(question.text) && !ASKS_FREQUENCY.test(question.text)) return false;
	// "switched to the 200 meters": a figure after "the" names an event, no measure.
	if (/\bthe\s+$/iu.test(quote.slice(0, figure.start))) return false;
	const after = quote.slice(figure.end);
	const asked = MEASURE_ASKED.exec(question.text)?.[1]?.toLowerCase();
	// "How deep is the lake?" of "the glacier is now 7.4 kilometres long": another measure's figure.
	const dimension = DIMENSION_AFTER.exec(after)?.[1]?.toLowerCase();
	if ((dimension && dimension !== asked) || (asked !== 'far' && MOVED.test(after))) return false;
	// The measure's own word may weigh less ("how big": seldom written), its synonyms sharing its slot.
	return wordsWritten(question, tokens, (term) => MEASURE_WORD.test(term.word));
}

/** A figure a thing moved or stands away, no size of it: "310 kilometres north of", "retreated 212 metres up the valley". */
const MOVED =
	/^\s+(?:(?:north|south|east|west)\w*|up|away|from|along|inland|offshore|upstream|downstream|further|farther)\b/iu;

const DIMENSION_AFTER = /^\s+(long|wide|tall|high|deep|thick)\b/iu;
const MEASURE_ASKED = /^\s*how\s+(\p{L}+)/iu;
const ASKS_FREQUENCY = /\bhow\s+(?:often|frequently)\b/iu;
const MEASURE_WORD =
	/^(?:often|frequently|strong|fast|high|tall|deep|wide|heavy|big|large|hot|cold|warm|far|severe|powerful)$/i;
