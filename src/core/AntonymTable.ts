import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { synonymStems } from './synonymStems.ts';
import { shortBase, stem, tokenize } from './tokenize.ts';

/** Opposite words by stem ("smaller" → "larg", "big"…), from a model file's antonym pairs (see RankerModel.ts). */
export type AntonymTable = ReadonlyMap<string, readonly string[]>;

/**
 * Opposites WordNet's antonym links miss, read with every table: a series' film before and after. (Starting against
 * concluding was tried: news says "opened … and concluded", and "concluded that" is no end.)
 */
export const EXTRA_ANTONYMS = ['prequel sequel'].join('\n');

/** Reads "a b" pairs, one a line, into a table both ways by stem; pairs whose words share a stem are left out. */
export function parseAntonyms(pairs: string): AntonymTable {
	const table = new Map<string, string[]>();
	const add = (from: string, to: string) => {
		const list = table.get(from);
		if (!list) table.set(from, [to]);
		else if (!list.includes(to)) list.push(to);
	};
	for (const line of `${pairs}\n${EXTRA_ANTONYMS}`.split('\n')) {
		const [a, b] = line.split(' ');
		// "aged" (old) is no form of "age" to the table, though the stemmer folds it there.
		if (!a || !b || shortBase(a) || shortBase(b)) continue;
		const [sa, sb] = [stem(a), stem(b)];
		if (sa === sb) continue;
		add(sa, sb);
		add(sb, sa);
	}
	return table;
}

/**
 * The question's own words (by stem) that have opposites, with those opposites: a sentence holding an opposite and
 * not the word itself says the contrary of what is asked ("the second" for "the first").
 */
export function askedOpposites(
	terms: readonly { stem: string; weight: number }[],
	table: AntonymTable | undefined,
): { stem: string; opposites: readonly string[] }[] {
	if (!table) return [];
	const found: { stem: string; opposites: readonly string[] }[] = [];
	for (const t of terms) {
		const opposites = t.weight === 1 ? table.get(t.stem) : undefined;
		if (opposites && !found.some((f) => f.stem === t.stem)) found.push({ stem: t.stem, opposites });
	}
	return found;
}

/** Whether a sentence's terms hold an opposite of an asked word without the word itself. */
export function holdsOpposite(
	asked: readonly { stem: string; opposites: readonly string[] }[],
	terms: { has(stem: string): boolean } | undefined,
): boolean {
	if (!terms) return false;
	for (const a of asked) {
		// "a net loss" answers "how much did it lose" whatever profit it compares with.
		// "is due to reopen" answers "when does the shop open again" whatever closed before.
		if (terms.has(a.stem) || terms.has(`re${a.stem}`) || synonymStems(a.stem).some((s) => terms.has(s))) continue;
		// "When did the first train leave?" of "The first train left … and arrived": a past form the stemmer cannot fold.
		if (SHARED_PAST_FORMS.get(a.stem)?.some((s) => terms.has(s))) continue;
		for (const o of a.opposites) if (terms.has(o)) return true;
	}
	return false;
}

/**
 * Whether a sentence (its tokens) holds an opposite of one of the question's words and not the word itself ("her first
 * album" for "What was her last album?"), the words of the question's frame left out ("how old" is no word against
 * "new", nor "the last time" against "the first since 1905").
 */
export function saysOpposite(
	question: { text: string; terms: readonly { stem: string; weight: number }[] },
	tokens: readonly { stem: string }[],
	table: AntonymTable | undefined,
): boolean {
	const frame = new Set([...question.text.matchAll(FRAME)].map((m) => stem((m[1] ?? m[2] ?? '').toLowerCase())));
	// "Higher or lower?", "the Standing Committee … seated": an opposite the question itself uses is no contrary.
	const own = new Set(question.terms.map((t) => t.stem));
	// "expected no change" asks of what stayed "unchanged": a word the question negates is its own opposite.
	const questionTokens = tokenize(question.text);
	const negatedInQuestion = new Set(questionTokens.filter((_, i) => negated(questionTokens, i)).map((t) => t.stem));
	const asked = askedOpposites(question.terms, table)
		.filter((a) => !frame.has(a.stem) && !negatedInQuestion.has(a.stem))
		.map((a) => ({ ...a, opposites: a.opposites.filter((o) => !own.has(o)) }))
		.filter((a) => a.opposites.length > 0);
	if (asked.length === 0) return false;
	const read = tokens.slice(0, SENTENCE_LIMITS.tokens);
	// "the first time it has done so since October 2003" says when it last happened.
	// Not "the first train since the strike began": that first is the contrary of a last.
	const firstSince = (i: number) => {
		const since = read.slice(i + 1, i + 1 + SINCE_WINDOW).findIndex((t) => t.stem === SINCE);
		const after = read[i + 2 + since]?.stem ?? '';
		// "the first direct link since a Paris-based operator scrapped a summer service in 2003": a dated clause.
		const dated = read
			.slice(i + 2 + since, i + 2 + since + SINCE_CLAUSE)
			.some((t) => /^(?:1[89]|20)\d{2}$/.test(t.stem));
		return (
			since >= 0 &&
			(read[i + 1]?.stem === TIME || /^\d|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(after) || dated)
		);
	};
	// "the orchestra's first visit to North America in 17 years" says when it last went.
	// Not for "when did it last win": that sentence tells how long ago, not when.
	const firstIn = (i: number) =>
		ASKS_LENGTH.test(question.text) &&
		read
			.slice(i + 1, i + 1 + SINCE_WINDOW)
			.some(
				(t, k, after) =>
					t.stem === IN &&
					/^(?:\d|a$|two|three|four|five|six|seven|eight|nine|ten|more|over|nearly|almost|about)/.test(
						after[k + 1]?.stem ?? '',
					) &&
					after.slice(k + 1, k + 4).some((w) => PERIODS.has(w.stem)),
			);
	return holdsOpposite(
		asked,
		// "failed to declare" is no opposite of "undeclared": a negated word says the contrary of itself.
		new Set(
			read
				.filter((t, i) => (t.stem !== FIRST || !(firstSince(i) || firstIn(i))) && !negated(read, i))
				.map((t) => t.stem),
		),
	);
}

/** Words that negate the word a few places after them: "not", "never", "failed to", "without". */
const NEGATORS = new Set(
	'not never no without failed fail fails refused didnt doesnt dont wasnt werent isnt hasnt havent hadnt wont cannot cant'
		.split(' ')
		.map((w) => stem(w)),
);
/** How many words before a word a negator is looked for ("had failed to declare"). */
const NEGATION_WINDOW = 3;

/** Whether a word of `tokens` at `i` is negated: "not" or "failed to" within a few words before it. */
function negated(tokens: readonly { stem: string }[], i: number): boolean {
	return tokens.slice(Math.max(0, i - NEGATION_WINDOW), i).some((t) => NEGATORS.has(t.stem));
}

const [SINCE, FIRST, TIME, IN] = [stem('since'), stem('first'), stem('time'), stem('in')];
/** "How long since…", "how many years since…": a length of time asked. */
const ASKS_LENGTH = /\bhow\s+(?:long|many\s+(?:years|decades|months))\b/iu;
/** Lengths of time a "first … in 17 years" counts back over. */
const PERIODS = new Set(['year', 'years', 'decade', 'decades', 'month', 'months'].map((w) => stem(w)));
/** How many words after "first" a "since" makes it "the first … since": the last time before. */
const SINCE_WINDOW = 12;
/** How many words of the clause after "since" are read for its year. */
const SINCE_CLAUSE = 12;

/**
 * Past forms the stemmer leaves unfolded because other words share them ("left", "found", "rose"), by the stem of
 * their verb: where the question asks the verb, they are the word itself, not its absence.
 */
const SHARED_PAST_FORMS: ReadonlyMap<string, readonly string[]> = new Map(
	[
		['leave', 'left'],
		['find', 'found'],
		['rise', 'rose'],
		['tell', 'told'],
		['say', 'said'],
		['lie', 'lay'],
		['bear', 'born'],
		['wind', 'wound'],
	].map(([verb = '', form = '']) => [stem(verb), [stem(form)]]),
);

/** A question's frame words: "how old/big/long…", "the first/last time". */
const FRAME = /\bhow\s+(\p{L}+)|\b(first|last)\s+time\b/giu;
