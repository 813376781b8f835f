import { HOW_MANY, HOW_MUCH, howMuch, inAskedUnit, isAmount, measuresStuff, UNITS } from './countAmounts.ts';
import { TIME_UNIT } from './expectedMentions.ts';
import { DEFAULT_OPTIONS, type MatchOptions } from './options.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { synonymStems } from './synonymStems.ts';
import { contentStems, STOPWORDS, stem } from './tokenize.ts';
import type { Fact } from './types.ts';
import { COUNT_ACTIONS, SPELLINGS } from './vocabulary.ts';

export interface CountMatch {
	/** The count of the sentence that fits the question, if any. */
	fact?: Fact;
	/** How well the sentence's counts fit what is asked, 0..1 (1: the thing counted and the action both match). */
	fit: number;
	/** The question names the thing counted or the action, and the fact's fit both (not merely "how many people"). */
	specific?: boolean;
}

/**
 * For a "how many" question, the count in the sentence that counts what is asked ("drones") with the action
 * asked ("shot down"). A sentence that only counts other things, or the same thing with another action
 * ("launched" for "intercepted"), does not answer it; nor does any sentence when the reports never name the thing.
 *
 * @example
 * matchCount('how many drones were shot down?', countsOfTheSentence, stems).fact?.value; // 72
 */
export function matchCount(
	question: string,
	counts: Fact[],
	known: { has(stem: string): boolean },
	correct: (word: string) => string | undefined,
	options: Pick<MatchOptions, 'countMismatchFit' | 'countOtherThingFit'> = DEFAULT_OPTIONS,
): CountMatch {
	const action = COUNT_ACTIONS.find(([pattern]) => pattern.test(question))?.[1];
	const asked = countedNouns(question, known, correct);
	const subset = PLURAL_NOUN.test(SUBSET.exec(question)?.[1] ?? '');
	// "How many people were on the bus?" asks who was there, which a count of the dead or the missing does not say.
	const occupancy = !action && OCCUPANCY.test(question);
	const nouns = asked.flatMap((n) => [n, ...synonymStems(n)]);
	// A thing the reports never name (nor any synonym of it): nothing in them counts it.
	if (nouns.length && !nouns.some((n) => known.has(n))) return { fit: options.countMismatchFit };
	let contradicted = false;
	const fitting: Fact[] = [];
	const questionStems = new Set(contentStems(question));
	// "How many people died" is not answered by "48,000 acres" or "$3": an amount counts no people, drones or doses.
	const actionWords = action ? new Set([stem(action), ...synonymStems(stem(action))]) : new Set<string>();
	const wantsAmount = HOW_MUCH.test(question) && asked.length === 0;
	// "How much fuel", "how much ransom": a stuff measured in a unit or a sum, not counted.
	const asksStuff = HOW_MUCH.test(question) && asked.length > 0 && !asked.some((n) => UNITS.has(n));
	if (counts.length === 0) return { fit: 1 };
	const countsThings = HOW_MANY.test(question) && ![...questionStems].some((s) => UNITS.has(s));
	for (const fact of counts.slice(0, SENTENCE_LIMITS.mentions)) {
		const counted = contentStems(fact.subject ?? '');
		// "How much did NASA pay?" asks for a sum: "six instruments" is no answer, nor a contradiction.
		if (wantsAmount && !isAmount(fact, counted)) continue;
		if (countsThings && (isAmount(fact, counted) || (countsTime(fact) && !TIME_UNIT.test(question)))) {
			contradicted = true;
			continue;
		}
		// "schoolchildren" are children: a compound ending in the noun asked counts it.
		const nounFits =
			nouns.length === 0 || namesCounted(asked, counted) || (asksStuff && measuresStuff(fact, asked, counted));
		const actionFits = action
			? fact.detail === action || (!fact.detail && !CASUALTY.has(action)) || saysAction(counted, actionWords)
			: !(occupancy && CASUALTY.has(fact.detail ?? ''));
		if (nounFits && actionFits) fitting.push(fact);
		// "How many of the injured were teachers?" of "41 people injured": the whole, not the part asked.
		else if (nounFits || subset) contradicted = true;
	}
	const measured = howMuch(question, fitting) ?? inAskedUnit(fitting, questionStems, question);
	const fact = measured.length > 1 ? bestQualified(measured, questionStems, nouns) : measured[0];
	if (fact) return { fact, fit: 1, specific: asked.length > 0 || action !== undefined };
	// "How high did the river get?" of a sentence whose counts are all of things: none is a size.
	const noSize = fitting.length > 0 && measured.length === 0;
	return {
		fit: contradicted || noSize ? options.countMismatchFit : options.countOtherThingFit,
	};
}

/**
 * Whether the words of a count name what is asked (stems, synonyms, compounds ending in it): any word of the one
 * with any of the other, except a word that only describes what is asked naming what is counted ("how many farm
 * workers" is not answered by "two farms").
 */
function namesCounted(asked: readonly string[], counted: readonly string[]): boolean {
	const head = asked.length - 1;
	return asked.some((word, a) =>
		[word, ...synonymStems(word)].some((n) =>
			counted.some((c, k) => (c === n || endsIn(c, n)) && (a === head || k < counted.length - 1)),
		),
	);
}

/** Whether a compound word ends in a word of stem `noun`: "schoolchildren" in "children" (stem "child"). */
function endsIn(word: string, noun: string): boolean {
	if (word.length < noun.length + 2 || !word.includes(noun.slice(0, 3))) return false;
	for (let at = 2; at <= word.length - MIN_COMPOUND_PART; at++) if (stem(word.slice(at)) === noun) return true;
	return false;
}

/** The fewest letters the last part of a compound has: "children" in "schoolchildren", not "ren". */
const MIN_COMPOUND_PART = 4;

/** A count of minutes, days or years ("10 minutes a day"): it counts no people or things, unless time is asked for. */
function countsTime(fact: Fact): boolean {
	return TIME_UNIT.test(` ${fact.subject?.split(/\s+/)[0] ?? ''}`);
}

/**
 * Actions a count must state to answer: "how many people died" is not answered by "2,300 people registered", though
 * a count whose verb the sentence leaves unsaid may still answer "how many drones were launched".
 */
const CASUALTY = new Set([
	'killed',
	'injured',
	'missing',
	'trapped',
	'buried',
	'hospitalised',
	'escaped',
	'recaptured',
	'kidnapped',
]);

/** Whether the words of what a count counts say the action ("people died", "60,000 lives"). */
function saysAction(counted: readonly string[], family: ReadonlySet<string>): boolean {
	return counted.some((s) => family.has(s));
}

/** The phrase that says which ones a count counts: "in the control group" after "951". */
const QUALIFIER = /^\s+(?:in|at|among|for|from|on|of)\s+(?:the\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)/u;

/** How much more a noun of the question in what a count counts weighs than a word of its qualifier. */
const NOUN_WEIGHT = 2;

/**
 * Of several counts of the thing asked, the one that counts most of the question's nouns ("four anti-aircraft
 * missiles" over "two ballistic missiles"), then whose qualifier fits the question best ("how many children in the
 * control group": "951 in the control group", not "312 children in the vaccine group"): the qualifier's words the
 * question has, less those it has not; the first on a tie.
 */
function bestQualified(facts: readonly Fact[], asked: ReadonlySet<string>, nouns: readonly string[]): Fact | undefined {
	let best: Fact | undefined;
	let bestScore = Number.NEGATIVE_INFINITY;
	for (const fact of facts) {
		const phrase = QUALIFIER.exec(fact.source.quote.slice(fact.span[1]))?.[1] ?? '';
		const counted = contentStems(fact.subject ?? '');
		// "How big is the budget?" names its noun outside "how many": any word of the question counts then.
		const named = (nouns.length ? nouns : [...asked]).filter((n) => counted.includes(n)).length;
		const score = NOUN_WEIGHT * named + contentStems(phrase).reduce((sum, s) => sum + (asked.has(s) ? 1 : -1), 0);
		if (score > bestScore) {
			best = fact;
			bestScore = score;
		}
	}
	return best;
}

/** Words of the noun phrase after "how many" that are looked at: "council members" in "how many council members voted". */
const COUNTED_WORDS = 3;

/**
 * The stems of the noun phrase after "how many" ("council members"), spelling-normalised and typo-corrected: its
 * first word, and a plural after it ("members", not "caught" in "how many children caught"), up to a function word
 * or an action; none when it begins with an action word or "people". A count fits when it counts any of them.
 */
function countedNouns(
	question: string,
	known: { has(stem: string): boolean },
	correct: (word: string) => string | undefined,
): string[] {
	// "How many of the injured were teachers?" counts teachers among the injured.
	const among = SUBSET.exec(question)?.[1];
	if (among && PLURAL_NOUN.test(among)) {
		const subset = nounsIn(among, known, correct);
		if (subset.length > 0) return subset;
	}
	const words = /\bhow (?:many|much)\s+(?:of\s+the\s+)?((?:[\p{L}-]+\s*){1,3})/iu.exec(question)?.[1];
	return nounsIn(words ?? '', known, correct);
}

/** "how many people were on the bus", "how many workers were inside": who was there, not what befell them. */
const OCCUPANCY =
	/\bhow many\b.*\b(?:were|are|was|is)\s+(?:(?:still|then)\s+)?(?:in|inside|on|aboard|onboard|at|working|travelling|traveling)\b/i;

/** A plural noun among the words after "were": "teachers", "women" (not "broken or disconnected"). */
const PLURAL_NOUN = /^(?:\p{L}+\s+){0,2}?(?:\p{L}+[^s\s]s|men|women|children)\b/iu;

/** "how many of the injured were teachers", "how many of them are foreign nationals": the words of the part counted. */
const SUBSET =
	/\bhow many of (?:the|them|those|these|their)\b.*?\b(?:were|are|was|is|have been|had been)\s+((?:[\p{L}-]+\s*){1,3})/iu;

/** The nouns of a counted phrase, first word and plurals after it, as stems (spelling corrected). */
function nounsIn(
	words: string,
	known: { has(stem: string): boolean },
	correct: (word: string) => string | undefined,
): string[] {
	const stems: string[] = [];
	for (const raw of words.toLowerCase().split(/\s+/).slice(0, COUNTED_WORDS)) {
		const word = SPELLINGS[raw] ?? raw;
		if (!word || STOPWORDS.has(word) || COUNT_ACTIONS.some(([p]) => p.test(word))) break;
		if (/^(people|times)$/.test(word)) break;
		// "how much money": the word only says a sum is asked (see asksSum), not what is counted.
		if (word === 'money' && stems.length === 0) break;
		if (stems.length > 0 && !/[^s]s$/.test(word)) continue;
		const stemmed = stem(word);
		const fixed = known.has(stemmed) ? undefined : correct(word);
		stems.push(fixed ? stem(fixed) : stemmed);
	}
	return stems;
}
