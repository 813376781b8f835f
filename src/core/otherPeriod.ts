/** A period before the present one: "last year", "the year before", "a season earlier", "the previous winter". */
const PAST_PERIOD =
	/\b(?:last|previous|prior)\s+(?:year|season|summer|winter|spring|autumn|month|week)\b|\b(?:year|season|summer|winter|month|week)\s+before\b|\b(?:a|one)\s+(?:year|season|month|week)\s+(?:ago|earlier)\b|\byear-earlier\b/i;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** The present period: "this year", "this summer", "this season", "since the start of August", "since March". */
const THIS_PERIOD = new RegExp(
	`\\bthis\\s+(?:year|season|summer|winter|spring|autumn|month|week)\\b|\\bso\\s+far\\s+this\\b|\\bsince\\s+(?:the\\s+(?:start|beginning)\\s+of\\s+(?:the\\s+(?:year|season|month)|${MONTHS})|${MONTHS})\\b(?!,?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?\\d{4})`,
	'i',
);

/**
 * Whether a sentence gives its figure for another period than the one the question asks of: "how much ice did the
 * glacier lose the year before" of "lost 6.1 percent of its ice this summer".
 *
 * @example
 * otherPeriod('how much did it lose the year before', 'It lost 6.1 percent this summer.'); // true
 */
export function otherPeriod(question: string, sentence: string): boolean {
	// Not "this year" of "last year": a figure of this year is often written beside last year's ("720 last year").
	if (!PAST_PERIOD.test(question) || THIS_PERIOD.test(question)) return false;
	return THIS_PERIOD.test(sentence) && !PAST_PERIOD.test(sentence);
}

/**
 * Words that place a figure in a past period: "last year", "in the past year", "in 2023", "a year earlier", "since",
 * a level a change started from ("fell to 22 seats from 31", "rose from 31 to 45").
 */
const PAST_CUE =
	/\b(?:last|past|previous\w*|prior|earlier|ago|before|former\w*|since|then|once|(?:19|20)\d\d|year-earlier|record|history|historic\w*)\b|\bto\s+[^,;]{1,30}?\s+from\s+(?:about\s+|around\s+)?\d|\bfrom\s+[\d,.]+\s+(?:\p{L}+\s+)?to\s+\d/iu;
/** A past year or season asked: "last year", "the season before", "a year ago". */
const PAST_YEAR =
	/\b(?:last|previous|prior)\s+(?:years?|seasons?|time)\b|\b(?:year|season)\s+before\b|\b(?:a|one)\s+(?:year|season)\s+(?:ago|earlier)\b/iu;

/**
 * Whether a question asks of a past period ("how many stores did Grovemart close last year") a sentence that places
 * its figure in no past at all ("would close 47 of its 610 stores over the next 12 months"): its figure is another
 * time's.
 *
 * @example
 * pastPeriodUntold('how many stores did they close last year', 'It will close 47 stores over the next year.'); // true
 */
export function pastPeriodUntold(question: string, sentence: string): boolean {
	if (!PAST_YEAR.test(question) || THIS_PERIOD.test(question)) return false;
	return !PAST_CUE.test(sentence);
}

/** A span of time named by its unit: "last year", "the past month", "this week", "the month before", "a year ago". */
const SPAN =
	/\b(?:last|this|past|previous|prior|next|coming)\s+(year|season|month|week|day)\b|\b(year|season|month|week)\s+before\b|\b(?:a|one)\s+(year|season|month|week)\s+(?:ago|earlier)\b/giu;

function spansOf(text: string): Set<string> {
	// A season is a year's: "this season" of "a year earlier".
	return new Set(
		[...text.matchAll(SPAN)].map((m) => (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase().replace('season', 'year')),
	);
}

/**
 * Whether a question asks of a span of time ("how many ships were delivered last year") that the sentence gives its
 * figures for no span of that unit, only another ("190 ships were rerouted in the past month").
 *
 * @example
 * otherSpan('how many were delivered last year', 'About 190 were rerouted in the past month.'); // true
 */
export function otherSpan(question: string, sentence: string): boolean {
	const asked = spansOf(question);
	if (asked.size === 0) return false;
	const given = spansOf(sentence);
	return given.size > 0 && ![...asked].some((unit) => given.has(unit));
}

/** A figure aimed at or to come: "how many passengers is Sahra aiming for", "how many will it hire". */
const ASKS_TARGET =
	/\b(?:aim|aims|aiming|aimed|target|targets|targeting|plan|plans|planning|hope|hopes|hoping|expect|expects|expecting|goal|will|going\s+to|gonna)\b/i;

/** A past period right after a figure: "180,000 visitors last year", "291 million boxes picked last season". */
const PAST_AFTER = new RegExp(`^\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:${PAST_PERIOD.source})`, 'iu');

/**
 * Whether the figure ending at `end` is given for a past period ("about 180,000 visitors last year") while the
 * question asks of the present one ("how many visitors came this year") or of one aimed at or to come ("how many
 * passengers is Sahra aiming for" of "carried 9.6 million passengers last year"), or for a past year or a time ago
 * while the question asks "now" ("by 2017 … only about 130 adult lynx remained", "three years ago I caught two kilos").
 *
 * @example
 * pastFigure('how many came this year', 'It drew 180,000 visitors last year.', 29); // true
 */
export function pastFigure(question: string, sentence: string, end: number, start = end): boolean {
	if (PAST_PERIOD.test(question)) return false;
	// "how many adult lynx are there now" of "by 2017 scientists estimated only about 130 adult lynx remained".
	if (ASKS_NOW.test(question) && !TELLS_NOW.test(sentence)) {
		const before = clauseBefore(sentence, start);
		if (YEAR_BEFORE.test(before) || AGO_BEFORE.test(before)) return true;
	}
	if (!(THIS_PERIOD.test(question) || ASKS_TARGET.test(question))) return false;
	return givenForPast(sentence, end, start);
}

/** A question asking of the present: "now", "currently", "rn", "these days", "at the moment". */
const ASKS_NOW = /\b(?:now|currently|rn|nowadays|these\s+days|at\s+(?:the\s+moment|present))\b/i;
/** A sentence telling the present: "now stands at", "currently", "still", "today". */
const TELLS_NOW = /\b(?:now|currently|still|today|at\s+(?:the\s+moment|present)|so\s+far)\b/i;
/** A year the figure's clause is told of, before it: "by 2017 scientists estimated only about ", "In 2019, ". */
const YEAR_BEFORE = /\b(?:by|in|until|as\s+of)\s+(?:(?:early|late|mid-?)\s*)?(?:1[89]|20)\d{2}\b[^.;:()\d]*$/iu;

/** A time ago the figure's clause is told of, before it: "Three years ago I would catch ". */
const AGO_BEFORE = /\b(?:years?|months?|decades?|weeks?)\s+ago\b[^.;:()\d]*$/iu;

/**
 * For a question asking of a past period ("how many cases were there by this point last year"), the figure the
 * sentence compares with and gives for one ("compared with 81,200 in the same period last year") when the one at
 * `start`…`end` is given for none; undefined otherwise.
 *
 * @example
 * pastFigureAsked('how many were there last year', 'It had 148,600, against 81,200 last year.', 7, 14, mentions)?.text; // '81,200'
 */
export function pastFigureAsked(
	question: string,
	sentence: string,
	start: number,
	end: number,
	figures: readonly { type: string; text: string; start: number; end: number }[],
): { text: string; start: number; end: number; typed: true } | undefined {
	const earlier = ASKS_EARLIER.test(question);
	if (!(PAST_PERIOD.test(question) || earlier) || givenForPast(sentence, end, start)) return undefined;
	// The figure compared right after the count asked, no other figure nor clause break between.
	const next = figures.find((f) => f.type === 'number' && f.start >= end);
	const past =
		next &&
		next.start - end <= COMPARED_CHARS &&
		!/[;.]\s/.test(sentence.slice(end, next.start)) &&
		COMPARED_BEFORE.test(sentence.slice(Math.max(0, next.start - 40), next.start)) &&
		(givenForPast(sentence, next.end, next.start) ||
			(earlier && CHANGED_FROM.test(sentence.slice(Math.max(0, start - 40), next.start))))
			? next
			: undefined;
	return past && { text: past.text, start: past.start, end: past.end, typed: true };
}

/** "How many seats did they have before?", "… last time", "… previously": the figure before a change asked. */
const ASKS_EARLIER = /\b(?:before|previously|beforehand|last\s+time)\s*[?!.]*\s*$/i;
/** A change told from its earlier figure: "fell to 39 seats from 57", "rose from 12 to 15". */
const CHANGED_FROM =
	/\b(?:fell|dropped|slipped|rose|climbed|grew|increased|decreased|shrank|jumped|slumped|went\s+(?:up|down))\b[^.;:]*\bfrom\s*$/iu;
/** How far after the count asked its past figure may stand: "148,600 suspected cases since January, compared with 81,200". */
const COMPARED_CHARS = 100;
/** The figure a sentence compares with, right before it: "compared with 81,200", "up from", "against". */
const COMPARED_BEFORE =
	/\b(?:compared\s+(?:with|to)|against|versus|vs\.?|up\s+from|down\s+from|from)\s+(?:about|around|some|nearly|almost|just|more\s+than|fewer\s+than|less\s+than|over)?\s*$/iu;

/** Whether the figure at `start`…`end` is given for a past period ("180,000 visitors last year", "Last year, 512"). */
function givenForPast(sentence: string, end: number, start: number): boolean {
	// "1.1 million euros in compensation and fencing subsidies last year": no other figure between.
	const after = /^[^\d]{0,60}/u.exec(sentence.slice(end))?.[0] ?? '';
	// "Last year, 512 people died": the period opens the clause the figure stands in.
	const before = sentence.slice(Math.max(0, start - 24), start);
	return (
		PAST_AFTER.test(sentence.slice(end, end + 40)) ||
		PAST_WITHIN.test(after) ||
		PAST_BEFORE.test(before) ||
		PAST_CLAUSE.test(clauseBefore(sentence, start))
	);
}

/** The 60 characters before a figure, "^" standing only for the sentence's start (a window's start is none). */
function clauseBefore(sentence: string, start: number): string {
	const from = Math.max(0, start - 60);
	return (from > 0 ? '\u0000' : '') + sentence.slice(from, start);
}

/** A clause opened by a past period, no other figure nor clause break before the figure: "In the whole of last year it paid ". */
const PAST_CLAUSE = new RegExp(
	`(?:^|[.;:]\\s+)(?:in|during|over|for|throughout)\\s+(?:the\\s+)?(?:whole\\s+of\\s+|course\\s+of\\s+)?(?:${PAST_PERIOD.source})[^\\d.;:,]{0,30}$`,
	'iu',
);

/** A past period later in the figure's stretch of words (see pastFigure). */
const PAST_WITHIN = new RegExp(`^[^.;:,]*?(?:${PAST_PERIOD.source})`, 'iu');
/** A past period opening the clause right before a figure: "Last year, ", "In the previous season ". */
const PAST_BEFORE = new RegExp(
	`(?:^|[.;:]\\s*)(?:in\\s+)?(?:the\\s+)?(?:${PAST_PERIOD.source}),?\\s*(?:about|around|some|nearly|almost|more\\s+than|over)?\\s*$`,
	'iu',
);

/**
 * A figure per period: "a week", "per day", "every year", "in a typical summer season", "weekly", "annually"; not a
 * period before a noun it names a thing by ("a day ticket", "a season pass").
 */
const RATE =
	/\b(?:a|an|per|each|every)\s+(?:(?:typical|normal|average|usual|ordinary)\s+)?(?:(?:summer|winter|spring|autumn|school|working|business|calendar|financial|fiscal)\s+)?(hour|day|week|month|year|season|night|weekday)\b(?!\s+(?:tickets?|pass(?:es)?|trips?|returns?|jobs?|shifts?|off|care|school|tours?|visitors?|visits?|surgery|hospital|centre|center)\b)|\b(hourly|daily|nightly|weekly|monthly|yearly|annual(?:ly)?)\b/giu;
const RATE_UNITS: Readonly<Record<string, string>> = {
	hourly: 'hour',
	daily: 'day',
	nightly: 'night',
	weekly: 'week',
	monthly: 'month',
	yearly: 'year',
	annual: 'year',
	annually: 'year',
};

const ONE_YEAR =
	/\b(?:in|during|for)\s+(?:(?:fiscal|financial)\s+)?(?:1[89]|20)\d{2}\b|\b(?:last|this|that|the\s+previous|the\s+past)\s+year\b/iu;
const ONE_SEASON = /\b(?:last|this|that|the\s+previous|the\s+past)\s+season\b/iu;

/** The periods a text gives figures per ("a week" → week). */
function ratesOf(text: string): Set<string> {
	const units = new Set<string>();
	for (const m of text.matchAll(RATE)) {
		const unit = (m[1] ?? '').toLowerCase().replace('weekday', 'day') || RATE_UNITS[(m[2] ?? '').toLowerCase()];
		if (unit) units.add(unit);
	}
	return units;
}

/**
 * Whether a question asks a figure per period ("how much will she earn a week", "how many passengers a day") that
 * the sentence gives per no such period: its figure is a total or a rate of another period ("a fee of 1.4 million
 * euros", "276 passengers").
 *
 * @example
 * otherRate('how much will okafor earn a week', 'Kvarnby sold her for a fee of 1.4 million euros.'); // true
 */
export function otherRate(question: string, sentence: string): boolean {
	const asked = ratesOf(question);
	if (asked.size === 0) return false;
	const given = ratesOf(sentence);
	// "39 million tourists in 2013", "31 goals last season": one year's or season's figure is a yearly one.
	if (ONE_YEAR.test(sentence)) given.add('year');
	if (ONE_SEASON.test(sentence)) given.add('season');
	return ![...asked].some((unit) => given.has(unit));
}

/** A question asking a total: "in total", "altogether", "so far", or of a whole span ("last year"). */
const ASKS_TOTAL = /\b(?:in\s+total|total|altogether|overall|in\s+all|so\s+far)\b/iu;
/** One day, night or weekend asked of ("on the first day", "on the opening weekend"), of which a daily rate says nothing. */
const ONE_DAY = /\bon\s+(?:(?:the|its|their)\s+)?(?:first|opening|last|final|second)\s+(?:day|night|weekend)\b/iu;
/** A rate right after a figure: "480 potholes a day", "12 flights per hour" (a year's rate is a year's total). */
const RATE_AFTER =
	/^[\d.,]*\d(?:\s+(?:million|billion|thousand))?\s[^\d.;]{0,24}?\b(?:(?:a|an|per|each|every)\s+(?:hour|day|week|month|night)\b|(?:daily|weekly|nightly|hourly)\b)/iu;
/** One trip or occasion asked of: "on the first ferry", "on the maiden voyage", "on the final night". */
const ONE_OCCASION =
	/\bon\s+(?:the|its|their|her|his)\s+(?:first|opening|maiden|inaugural|last|final)\s+(?!(?:year|season|month|week|quarter|half)s?\b)\p{L}+/iu;
/** "How fast did she go", "what speed": a rate asked itself. */
const SPEED_ASKED = /\bhow\s+(?:fast|quick(?:ly)?)\b|\bspeeds?\b|\bper\b/iu;
/** A rate right after a figure, by the year too: "1.8 million passengers a year", "40 an hour". */
const RATE_OR_YEARLY_AFTER =
	/^(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|up\s+to|an\s+estimated)\s+)?[\d.,]*\d(?:\s+(?:million|billion|thousand))?\s[^\d.;]{0,24}?\b(?:(?:a|an|per|each|every)\s+(?:hour|day|week|month|night|year)\b|(?:daily|weekly|nightly|hourly|annually|yearly)\b)/iu;

/**
 * Whether the figure starting at `start` is a rate ("480 potholes a day") while the question asks a total ("how
 * many did they fill in total last year") and no rate, or one trip or occasion ("on the first ferry").
 *
 * @example
 * rateForTotal('how many potholes did they fill in total', 'Crews fill 480 potholes a day.', 11); // true
 */
export function rateForTotal(question: string, sentence: string, start: number): boolean {
	// "How many passengers were on the first ferry?" of "about 1.8 million passengers a year": one trip, no year's rate.
	if (ONE_OCCASION.test(question) && ratesOf(question).size === 0 && !SPEED_ASKED.test(question))
		return RATE_OR_YEARLY_AFTER.test(sentence.slice(start, start + 60));
	if (
		ratesOf(question).size > 0 ||
		!(ASKS_TOTAL.test(question) || ONE_DAY.test(question) || spansOf(question).size > 0)
	)
		return false;
	return RATE_AFTER.test(sentence.slice(start, start + 60));
}
