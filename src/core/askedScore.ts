import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** "What was the (final) score?", "What was the vote?": a result, which only a score or tally ("3-1", "9-4") answers. */
const ASKS_SCORE =
	/^\s*what(?:['’]?s|\s+(?:was|is|were))\s+the\s+(?:[\p{L}-]+\s+){0,2}?(?:final\s+|half-time\s+)?(?:score|scoreline|result|vote|tally)\b/iu;
/**
 * A score as reports write it: "3-1", "2–0", sets "6-3, 4-6, 7-5" (not a span of years such as "2021-2023"); a vote's
 * tally: "51 votes to 38", "by 104 to 93".
 */
const TALLY = '(?:\\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|nil|zero)';
const SCORE = new RegExp(
	[
		// "3-1", "6-3, 4-6, 7-5 (7-4)", a chess match's "2.5-1.5".
		'(?<![\\d.,-])\\d{1,3}(?:\\.5)?\\s?[-–]\\s?\\d{1,3}(?:\\.5)?(?:,\\s\\d{1,2}[-–]\\d{1,2}(?:\\s\\(\\d+[-–]\\d+\\))?)*(?!\\d|[.,]\\d)',
		'(?<![\\d.,])\\d{1,4}\\s+votes?\\s+to\\s+\\d{1,4}(?!\\d|[.,]\\d)',
		// "by 104 to 93", "by a vote of five to two", "the vote … was 5 to 2", "passing it 11 to 2".
		`\\b(?:by|voted|vote\\s+of|(?:vote|tally)\\s+(?:[\\p{L}'’-]+\\s+){0,6}?(?:was|is|were)|pass(?:ed|ing)\\s+(?:it|them)|approv(?:ed|ing)\\s+(?:it|them))\\s+${TALLY}\\s+to\\s+${TALLY}\\b(?![.,]\\d|\\s*(?:percent|per|%))`,
	].join('|'),
	'iu',
);

/**
 * For "What was the score?", the score the sentence gives ("3-1"); `null` when the question asks for a score and
 * the sentence has none (another sentence may), undefined when it asks for none.
 *
 * @example
 * askedScore('What was the score?', 'Rovers beat City 3-1 on Saturday.')?.text; // '3-1'
 */
export function askedScore(question: string, sentence: string): AnswerPhrase | null | undefined {
	if (!ASKS_SCORE.test(question)) return undefined;
	const midway = ASKS_MIDWAY.test(question);
	for (const score of sentence.matchAll(SCORES)) {
		// "level at 9-9 going into the final quarter", "led 2-0 at half-time": a score on the way, not the result.
		const along =
			INTERIM_BEFORE.test(sentence.slice(Math.max(0, score.index - 24), score.index)) ||
			INTERIM_AFTER.test(sentence.slice(score.index + score[0].length, score.index + score[0].length + 48));
		if (along && !midway) continue;
		// "by a vote of five to two", "passing it 11 to 2": the tally alone.
		const tally = /^(?:vote\b|tally|pass|approv)/iu.test(score[0]) ? TALLY_END.exec(score[0]) : null;
		const start = score.index + (tally?.index ?? 0);
		return { text: tally?.[0] ?? score[0], start, end: score.index + score[0].length, typed: true };
	}
	return null;
}

const SCORES = new RegExp(SCORE.source, 'giu');
const TALLY_END = new RegExp(`${TALLY}\\s+to\\s+${TALLY}$`, 'iu');
/** "What was the half-time score?": a score on the way asked (not "the final score of the quarter-final"). */
const ASKS_MIDWAY =
	/\b(?:half-?\s?time|interval|(?:first|second)\s+half|quarter(?!-?\s?finals?)|period)\b(?![^?]*\bfinal\s+(?:score|result)\b)/i;
/**
 * What follows a score on the way: "going into the final quarter", "at half-time", "after the first set"; not "heading
 * into the international break" after a result.
 */
const INTERIM_AFTER =
	/^\s*(?:(?:going|heading)\s+into\s+(?:the\s+)?(?:final|second|third|fourth|last)\s+(?:quarter|half|period|set|round|innings|frame|lap)|at\s+(?:the\s+)?(?:half-?\s?time|interval|halfway)|at\s+the\s+break|after\s+(?:the\s+)?(?:first|second|third|opening)\s+(?:quarter|half|period|set|innings|round)|at\s+the\s+end\s+of\s+the\s+(?:first|second|third)\b)/i;
/** What stands before a score on the way: "level at", "led", "trailed". */
const INTERIM_BEFORE = /\b(?:level\s+at|tied\s+at|led|leading|trailed|trailing)\s+$/i;

/** "What did the choir score?", "what score did she get": a score a figure tells ("a score of 94 out of 100"). */
const ASKS_POINTS =
	/^\s*what\s+(?:did|does|do|has|have|will)\s+(?:[\p{L}'’-]+\s+){1,6}?score\b|^\s*what\s+score\s+(?:did|does|do|has|have|will)\b/iu;
/** A figure, in digits or words. */
const ANY_FIGURE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|nil|zero|hundred)\b/iu;

/**
 * Whether the question asks what someone scored and the sentence gives no figure at all: "what did the Brightwater
 * choir score" of "The Brightwater choir came second" (a place, no score).
 *
 * @example
 * scoreUnsaid('what did the choir score', 'The choir came second.'); // true
 */
export function scoreUnsaid(question: string, sentence: string): boolean {
	return ASKS_POINTS.test(question) && !ANY_FIGURE.test(sentence);
}
