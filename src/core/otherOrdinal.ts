const ORDINAL_WORDS = [
	'first',
	'second',
	'third',
	'fourth',
	'fifth',
	'sixth',
	'seventh',
	'eighth',
	'ninth',
	'tenth',
	'eleventh',
	'twelfth',
] as const;

const MONTH =
	'(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';
/**
 * An ordinal in words or digits ("third", "3rd", "14th") that ranks: not a century ("the 19th century"), a day of
 * a month ("June 14th", "the 3rd of May") nor a unit of time ("2.1 metres per second", "a split second").
 */
const ORDINAL = new RegExp(
	`(?<!${MONTH}\\s|\\b(?:per|each|every|split)\\s)\\b(?:${ORDINAL_WORDS.join('|')}|\\d{1,3}(?:st|nd|rd|th))\\b(?![\\s-]+(?:centur|millenni|of\\s+${MONTH}))`,
	'gi',
);

/** An ordinal's rank: "third" and "3rd" are 3. */
function rank(ordinal: string): number {
	const word = ordinal.toLowerCase();
	const at = ORDINAL_WORDS.indexOf(word as (typeof ORDINAL_WORDS)[number]);
	return at >= 0 ? at + 1 : Number.parseInt(word, 10);
}

function ranks(text: string): Set<number> {
	return new Set([...text.matchAll(ORDINAL)].map((m) => rank(m[0])));
}

/** A word after an ordinal that makes it a thing's rank, not a placing ("his second novel", "a third term"). */
const THING_AFTER =
	/^[\s-]+(?!(?:place|placed|position|in|behind|with|after|and|overall|on|at|for|but|while|as|to|of|by|ahead)\b)\p{Ll}/u;

/** A determiner or owner before an ordinal, which makes it part of a noun phrase: "his second novel", "a third term". */
const OWNER_BEFORE = /\b(?:his|her|their|its|a|an|the|this|that|my|our|your)\s+$/i;

/** The ranks a text gives as placings: "finished second", "third place", not "his second novel". */
function placings(text: string): Set<number> {
	const found = new Set<number>();
	for (const m of text.matchAll(ORDINAL)) {
		const thing =
			OWNER_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index)) &&
			THING_AFTER.test(text.slice(m.index + m[0].length));
		if (!thing) found.add(rank(m[0]));
	}
	return found;
}

/**
 * Whether a question asks of a rank ("Who finished third?", "the second-largest city", "the runner-up") or a stage
 * ("the final") that the sentence does not give while it gives another ("Varga … finished fifth", "semi-final"): the
 * sentence likely tells of another place in the order.
 *
 * @example
 * otherOrdinal('Who finished third?', 'Varga finished fifth after a slow pit stop.'); // true
 * otherOrdinal('Who finished third?', 'Ito was 3rd, Varga fifth.'); // false
 */
export function otherOrdinal(question: string, sentence: string): boolean {
	if (otherStage(question, sentence)) return true;
	const asked = ranks(question);
	// "How many votes did the runner-up get?" asks of the second, which "won 48,312 votes" is not.
	if (asked.size === 0 && RUNNER_UP.test(question)) asked.add(2);
	// "Who won the vote?" asks of the first, whom "came second with 39,870 votes" is not.
	const winner = asked.size === 0 && ASKS_WINNER.test(question);
	if (winner) asked.add(1);
	// "What is the biggest chain?" asks of the first, which "Britain's fourth- and sixth-largest chains" are not.
	if (asked.size === 0 && SUPERLATIVE.test(question) && !RANK_ASKED.test(question)) return rankedOnly(sentence);
	if (asked.size === 0) return false;
	// "Who won the prize?" of "went to Chinedu Okafor for his second novel": a rank of the novel, no placing.
	const given = winner ? placings(sentence) : ranks(sentence);
	if (WON.test(sentence.replace(PAST_WINS, ''))) given.add(1);
	if (RUNNER_UP.test(sentence) || (winner && LOST.test(sentence))) given.add(2);
	return given.size > 0 && ![...asked].some((r) => given.has(r));
}

/** The stages of a contest a text names: "final", "semi-final", "quarterfinals". */
function stages(text: string): Set<string> {
	return new Set([...text.matchAll(STAGE)].map((m) => (m[1] ?? '').toLowerCase()));
}
const STAGE = /\b(?:(semi|quarter)[\s-]?)?finals?\b/gi;

/** "What was the final score?" of "his 6-3 semi-final win": another stage than the one asked, and not it. */
function otherStage(question: string, sentence: string): boolean {
	const asked = stages(question);
	if (asked.size !== 1) return false;
	const given = stages(sentence);
	return given.size > 0 && !given.has([...asked][0] ?? '');
}

/** "Who won…", "who was the winner": the first is asked. */
const ASKS_WINNER = /^\s*(?:who|which\s+\p{L}+)\s+(?:won|wins|was\s+the\s+winner|is\s+the\s+winner)\b/iu;
/** A sentence that tells of a win or a winner, the first whatever other rank it gives. */
const WON = /\b(?:won|wins|winner|winners|winning|victory|beat|beating|champion)\b/i;
/** "runner-up", "runners-up": the second. */
const RUNNER_UP = /\brunners?[\s-]up\b/i;
/** "gracious in defeat": one who did not win, whatever rank. */
const LOST = /\bin defeat\b/i;
/** Wins of the past, no win now: "who has won the race three times", "had won it before". */
const PAST_WINS = /\b(?:has|have|had)\s+(?:already\s+)?won\b[^,;.]*?\b(?:times|twice|before|previously|once)\b/gi;

/**
 * Whether a question asks of a rank the sentence gives right by the answer ("Who finished third?" of "… with Kenji
 * Ito third"): the fact asked. A rank elsewhere in the sentence may be another's ("a third defendant was acquitted").
 */
export function sameOrdinal(question: string, sentence: string, answer: readonly [number, number]): boolean {
	const asked = ranks(question);
	if (asked.size === 0) return false;
	const near = sentence.slice(Math.max(0, answer[0] - ORDINAL_WINDOW), answer[1] + ORDINAL_WINDOW);
	if ([...ranks(near)].some((r) => asked.has(r))) return true;
	// "Nino Beridze, 34, was the best-placed woman, finishing second": later in the clause, no other name between.
	const after = sentence.slice(answer[1], answer[1] + CLAUSE_WINDOW);
	const found = [...after.matchAll(ORDINAL)].find((m) => asked.has(rank(m[0])));
	if (!found) return false;
	const between = after.slice(0, found.index);
	return !/[;:.?!]/.test(between) && !/\s\p{Lu}/u.test(between);
}

/** How far after the answer its rank may stand in its own clause, with no other name between. */
const CLAUSE_WINDOW = 80;

/** How far from the answer its rank may stand: "Kenji Ito third", "third was Kenji Ito". */
const ORDINAL_WINDOW = 12;

const SUPERLATIVES =
	'largest|biggest|highest|tallest|longest|oldest|busiest|richest|most\\s+popular|deepest|smallest|fastest';
/** A superlative asked without a rank: "the biggest chain", "the largest city". */
const SUPERLATIVE = new RegExp(`\\b(?:${SUPERLATIVES})\\b`, 'iu');
/** A superlative ranked below the first: "second-largest", "fourth- and sixth-largest", "3rd biggest". */
const RANKED_SUPERLATIVE = new RegExp(
	`\\b(?:${ORDINAL_WORDS.slice(1).join('|')}|\\d*(?:[02-9]1st|\\d?2nd|\\d?3rd|\\d{0,2}[04-9]th|1[123]th))(?:-?\\s+(?:and|or)\\s+\\w+)?[\\s-]+(?:${SUPERLATIVES})\\b`,
	'giu',
);

/** "Where is GE ranked among the largest…": a rank asked, which "fourth-largest" gives. */
const RANK_ASKED = /\b(?:rank\w*|position|place[ds]?|where)\b/iu;
/**
 * "The second largest province, after Balochistan": the first named beside the ranked one; not "… after annual
 * profit fell", which names nothing.
 */
const FIRST_NAMED = /\b(?:after|behind|only\s+to|trailing)\s+(?:the\s+)?\p{Lu}/u;

/**
 * Whether every superlative of a sentence is ranked below the first ("the fourth-largest"), none the first itself,
 * and the first is not named beside it ("second largest, after Balochistan").
 */
function rankedOnly(sentence: string): boolean {
	if (FIRST_NAMED.test(sentence)) return false;
	const ranked = sentence.match(RANKED_SUPERLATIVE)?.length ?? 0;
	const all = sentence.match(new RegExp(SUPERLATIVE.source, 'giu'))?.length ?? 0;
	return ranked > 0 && ranked === all;
}

/** "Who came third?", "who finished second in the women's race": a placing asked by its rank. */
const PLACING_ASKED =
	/^\s*who(?:['’]s|\s+(?:came|finished|placed|was|were|is|ended(?:\s+up)?|took))\s+(?:in\s+)?(?:the\s+)?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|runner-?up)\b/iu;
/** Words that tell a placing without its rank: "ahead of", "behind", "runner-up", "silver", "the podium". */
const PLACING_TOLD = /\b(?:ahead\s+of|behind|runners?-up|silver|bronze|podium|placed|placing|places)\b/iu;

/**
 * Whether a question asks who came in a place by its rank ("who came third?") of a sentence that tells no placing at
 * all (no rank, nobody ahead or behind): its names came nowhere it says.
 *
 * @example
 * rankUnsaid('who came third', '"Not one bike came back," said Sofie Lund.'); // true
 */
export function rankUnsaid(question: string, sentence: string): boolean {
	return PLACING_ASKED.test(question) && ranks(sentence).size === 0 && !PLACING_TOLD.test(sentence);
}
