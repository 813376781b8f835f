import { FIGURE, wholeWords } from './answerKey.ts';
import type { Corpus } from './Corpus.ts';
import { findMentions } from './findMentions.ts';
import type { ShortAnswer } from './ShortAnswer.ts';
import { synonymStems } from './synonymStems.ts';
import { stem } from './tokenize.ts';

/**
 * A headline's figure as a sentence of its story writes it, whatever answer that sentence would give on its own
 * ("Nine Inmates" in "hunting for five prisoners still at large after nine inmates broke out"); another answer
 * where the story's holds it ("Salas" in "McLaren's Mateo Salas"). `top` is the headline's sentence, `index` the
 * story's, `given` the answer the story's sentence gives on its own; undefined when it gives none of the headline's.
 */
export function writtenInStory(
	corpus: Corpus,
	headline: ShortAnswer,
	top: number,
	index: number,
	given: ShortAnswer,
): ShortAnswer | undefined {
	if (corpus.ref(index).report !== corpus.ref(top).report) return undefined;
	// "Salas" in the headline, "McLaren's Mateo Salas" in the story: the story's answer holds it and says more.
	// "South Korea's Hanseong Esports" in the headline, "team Hanseong Esports won" in the story: the same name.
	if (!FIGURE.test(headline.phrase.text))
		return given.phrase.typed &&
			(given.phrase.text.length > headline.phrase.text.length
				? wholeWords(headline.phrase.text).test(given.phrase.text)
				: /\s/.test(given.phrase.text) && wholeWords(given.phrase.text).test(headline.phrase.text))
			? { ...given, fit: Math.min(given.fit, headline.fit) }
			: undefined;
	const quote = corpus.quote(index);
	const written = wholeWords(headline.phrase.text).exec(quote);
	if (written) {
		const end = written.index + written[0].length;
		return { ...headline, phrase: { text: written[0], start: written.index, end, typed: true } };
	}
	// "Kills 14" answers "14 people killed": the story's own answer that holds the figure as written says whom.
	const figure = corpus.quote(top).slice(headline.phrase.start, headline.phrase.end);
	const holds = figure !== headline.phrase.text && FIGURE.test(figure) && wholeWords(figure).test(given.phrase.text);
	// "£9 congestion charge" and "pay £9 a day … approved a congestion charge": the figure the story's answer gives,
	// of the thing the headline names.
	const same =
		sameFigureOf(headline.phrase.text, given.phrase.text) ||
		sameSum(headline.phrase.text, given.phrase.text) ||
		withinBound(headline.phrase.text, given.phrase.text) ||
		(wholeWords(headline.phrase.text.split(/\s+/).find((w) => FIGURE.test(w)) ?? '\u0000').test(given.phrase.text) &&
			sameFigureOf(headline.phrase.text, quote));
	return (holds || same) && given.phrase.typed ? { ...given, fit: Math.min(given.fit, headline.fit) } : undefined;
}
/**
 * "230 medicines" in "230 common medicines", "46,000 farmed salmon escape" in "as many as 46,000 farmed salmon": the
 * same figure with a word the headline writes after it, or a synonym of it.
 */
function sameFigureOf(headline: string, story: string): boolean {
	const words = headline.split(/\s+/);
	const at = words.findIndex((word) => FIGURE.test(word));
	const figure = words[at];
	if (figure === undefined || !wholeWords(figure).test(story)) return false;
	// "EU sanctions target 23 firms" and "the assets of 23 companies": the same thing under a synonym, written right
	// after the figure (not "questioned 23 workers at the business").
	const after = wholeWords(figure).exec(story);
	const next = after ? /^\s+(\p{L}+)/u.exec(story.slice(after.index + after[0].length))?.[1] : undefined;
	const told = new Set(next ? [stem(next.toLowerCase())] : []);
	return words
		.slice(at + 1)
		.some(
			(word) =>
				/\p{L}{3}/u.test(word) &&
				(wholeWords(word).test(story) || synonymStems(stem(word.toLowerCase())).some((s) => told.has(s))),
		);
}

/** "$2.4m" and "$2.4 million", "S$3.8m" and "S$3.8 million": the same sum in the same currency, written short or long. */
function sameSum(headline: string, story: string): boolean {
	const sign = (text: string) => /[$€£¥₹]/u.exec(text)?.[0];
	const values = (text: string) => findMentions(text).flatMap((m) => (m.type === 'number' ? [m.value] : []));
	const asked = values(headline);
	const told = values(story);
	return (
		sign(headline) !== undefined &&
		sign(headline) === sign(story) &&
		asked.length > 0 &&
		asked.every((v) => told.includes(v))
	);
}

/** How far an exact figure may lie from a rounded one or a bound ("about 1,800", "fewer than 2,000" of 1,847). */
const ROUNDING = 0.15;

/**
 * "Wins by fewer than 2,000 votes" and "edging out Tso by 1,847 votes": the headline's rounded bound, met by the
 * story's exact figure of the same thing.
 */
function withinBound(headline: string, story: string): boolean {
	const bound = BOUND.exec(headline);
	const noun = /^\S+\s+(\p{L}{3,})/u.exec(headline.slice((bound?.index ?? 0) + (bound?.[0].length ?? 0)))?.[1];
	const limit = bound ? firstValue(headline.slice(bound.index + bound[0].length)) : undefined;
	const exact = firstValue(story);
	if (!bound?.[1] || !noun || limit === undefined || exact === undefined || BOUND.test(story)) return false;
	if (!sameFigureOf(`${exact} ${noun}`, story.replace(/(?<=\d),(?=\d{3})/g, ''))) return false;
	const word = bound[1].toLowerCase();
	if (/^(?:fewer|less|under|below)/.test(word)) return exact < limit && exact >= limit * (1 - ROUNDING);
	if (/^(?:more|over|above)/.test(word)) return exact > limit && exact <= limit * (1 + ROUNDING);
	if (/^(?:nearly|almost)/.test(word)) return exact < limit && exact >= limit * (1 - ROUNDING);
	return Math.abs(exact - limit) <= limit * ROUNDING;
}

const BOUND =
	/\b(fewer\s+than|less\s+than|under|below|more\s+than|over|above|nearly|almost|about|around|roughly|some)\s+(?=[\d$€£])/iu;

/** The first number a text gives. */
function firstValue(text: string): number | undefined {
	for (const m of findMentions(text)) if (m.type === 'number') return m.value;
	return undefined;
}
