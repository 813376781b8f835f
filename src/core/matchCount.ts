import type { AnswerContext } from './AnswerContext.ts';
import { actionAfter } from './actionAfter.ts';
import type { AnalysedQuestion } from './analyseQuestion.ts';
import { askedAction } from './askedAction.ts';
import { bestQualified, qualifiedAsAsked } from './bestQualified.ts';
import { asksComparison, HOW_MANY, HOW_MUCH, howMuch, inAskedUnit, isAmount, UNITS } from './countAmounts.ts';
import {
	askedPartKind,
	asksPart,
	countedNouns,
	countsPeopleAsked,
	countsThingsForPeople,
	mayBePeople,
	namesCounted,
	nounFamilies,
} from './countedNouns.ts';
import { TIME_UNIT } from './expectedMentions.ts';
import { MONEY } from './extractCounts.ts';
import { asksInCurrency, measuredByArea, measuredByWeight, measuresStuff } from './measuresStuff.ts';
import { DEFAULT_OPTIONS, type MatchOptions } from './options.ts';
import { tellsAskedDeed } from './otherDeed.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { abbreviationStems, synonymStems } from './synonymStems.ts';
import { contentStems, STOPWORDS, stem } from './tokenize.ts';
import type { Fact } from './types.ts';
import { COUNT_ACTIONS } from './vocabulary.ts';
import { onAskedSide } from './voteSide.ts';
import { yieldByWeight } from './yieldByWeight.ts';

export interface CountMatch {
	/** The count of the sentence that fits the question, if any. */
	fact?: Fact;
	/** How well the sentence's counts fit what is asked, 0..1 (1: the thing counted and the action both match). */
	fit: number;
	/** The question names the thing counted or the action, and the fact's fit both (not merely "how many people"). */
	specific?: boolean;
}

/** "How much of the…": a share of a whole asked. */
const SHARE_OF = /\bhow\s+much\s+of\s+(?:the|its|their|this|that|his|her|our)\b/i;
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
	return prepareCountMatch(question, known, correct, options)(counts);
}

/** A question's count matcher: a sentence's counts in, how they fit the question out. */
export type CountMatcher = (counts: Fact[]) => CountMatch;

/**
 * The count matcher of an analysed question, prepared on first use and kept in `context.countMatchers` while the
 * question lives: its candidates are matched while they are ranked, and again when their short answers are chosen.
 */
export function countMatcherOf(
	question: AnalysedQuestion,
	context: Pick<AnswerContext, 'countMatchers' | 'questionContext' | 'options'>,
): CountMatcher {
	const known = context.countMatchers.get(question);
	if (known) return known;
	const { stems, correct } = context.questionContext;
	const made = prepareCountMatch(question.text, stems, correct, context.options);
	context.countMatchers.set(question, made);
	return made;
}

/**
 * matchCount for one question and any sentence's counts: what the question asks is read once, for a question's
 * every candidate sentence.
 */
export function prepareCountMatch(
	question: string,
	known: { has(stem: string): boolean },
	correct: (word: string) => string | undefined,
	options: Pick<MatchOptions, 'countMismatchFit' | 'countOtherThingFit'> = DEFAULT_OPTIONS,
): CountMatcher {
	const action = askedAction(question);
	const asked = countedNouns(question, known, correct);
	const subset = asksPart(question);
	const partKind = askedPartKind(question);
	// "How many people were on the bus?" asks who was there, which a count of the dead or the missing does not say.
	const occupancy = !action && OCCUPANCY.test(question);
	const families = nounFamilies(asked);
	const nouns = families.flat();
	// "How much CO2…" of "6 million tonnes of carbon dioxide": every word the abbreviation stands for is counted.
	const spelledOut = asked.map((n) => abbreviationStems(n)).filter((words) => words.length > 0);
	// A thing the reports never name (nor any synonym of it): nothing in them counts it.
	// "How much land has burned?" is answered by "9,800 hectares of pine forest" in reports that never write "land".
	// "How much weight did the miners lose?" of "lost an average of 4 kilograms each": a weight, whatever it is called.
	const area = HOW_MUCH.test(question) && (measuredByArea(asked) || measuredByWeight(asked));
	// "How much of the canning is done by hand?" asks a share of the whole, which a report may name otherwise ("the tins").
	// "How many dollars did it sell for?" of reports that write "US$1.95 billion": a currency, by its sign.
	const currency = asksInCurrency(nouns);
	const timeAsked = HOW_MUCH_TIME.test(question);
	if (
		nouns.length &&
		!area &&
		!currency &&
		!timeAsked &&
		!SHARE_OF.test(question) &&
		!nouns.some((n) => known.has(n)) &&
		!spelledOut.some((words) => words.every((w) => known.has(w)))
	)
		return () => ({ fit: options.countMismatchFit });
	const questionStems = new Set(contentStems(question));
	// "How many people died" is not answered by "48,000 acres" or "$3": an amount counts no people, drones or doses.
	const actionWords = action ? new Set([stem(action), ...synonymStems(stem(action))]) : new Set<string>();
	// "How much cheaper will Medisol's version be?" of "about 40% below Veridan's": a sum or share, of no noun asked.
	const comparison = asksComparison(question);
	const wantsAmount = HOW_MUCH.test(question) && (asked.length === 0 || comparison);
	// "How much fuel", "how much ransom": a stuff measured in a unit or a sum, not counted.
	const asksStuff = HOW_MUCH.test(question) && asked.length > 0 && !asked.some((n) => UNITS.has(n));
	// "How many days was it open?" counts days, which no length or sum contradicts.
	const countsThings =
		HOW_MANY.test(question) && ![...questionStems].some((s) => UNITS.has(s)) && !COUNTS_TIME.test(question);
	return (counts) => {
		if (counts.length === 0) return { fit: 1 };
		let contradicted = false;
		const fitting: Fact[] = [];
		const sameUnit: Fact[] = [];
		for (const fact of counts.slice(0, SENTENCE_LIMITS.mentions)) {
			const counted = contentStems(fact.subject ?? '');
			// "three bursts of warning shots", "312 millimetres of rain": the noun after a measure's "of" is counted too.
			const measuredOut = measures(counted) ? OF_THING.exec(fact.source.quote.slice(fact.span[1]))?.[1] : undefined;
			const countedAll = measuredOut ? [...counted, ...contentStems(measuredOut)] : counted;
			// "How many of the dead skiers were Belgian?" is not answered by "four skiers killed": the whole, of no kind.
			// Up to the clause's end: "Four skiers were killed, Belgian police said" says no skier was Belgian.
			const after = fact.source.quote.slice(fact.span[1], fact.span[1] + PART_KIND_CHARS).split(/[,;]|\.\s/u)[0];
			const told = `${fact.source.quote.slice(fact.span[0], fact.span[1])}${after}`;
			if (partKind && !`${fact.text} ${told}`.toLowerCase().includes(partKind)) {
				contradicted = true;
				continue;
			}
			// "How much did NASA pay?" asks for a sum: "six instruments" is no answer, nor a contradiction.
			if (wantsAmount && !isAmount(fact, counted)) continue;
			// "How many apples does Poland grow?" of "harvesting about 4 million tonnes": a crop told by weight.
			const weighed =
				countsThings &&
				nouns.length > 0 &&
				!mayBePeople(nouns) &&
				yieldByWeight(question, fact, counted, measuredOut ? contentStems(measuredOut) : undefined, (w) =>
					namesCounted(families, w),
				);
			if (countsThings && !weighed && (isAmount(fact, counted) || (countsTime(fact) && !TIME_UNIT.test(question)))) {
				contradicted = true;
				continue;
			}
			// "schoolchildren" are children: a compound ending in the noun asked counts it.
			// "How many people work at the vault?" is not answered by "58,000 samples": things, not people.
			const things = nouns.length === 0 && !CASUALTY.has(fact.detail ?? '') && countsThingsForPeople(question, counted);
			if (things) contradicted = true;
			// "How many bolts were missing?" of "killing three fans and injuring 212": people hurt, no bolts.
			if (
				nouns.length > 0 &&
				!mayBePeople(nouns) &&
				!HARM_ASKED.test(question) &&
				CASUALTY.has(fact.detail ?? '') &&
				(counted.length === 0 || mayBePeople(counted))
			)
				contradicted = true;
			const nounFits =
				(nouns.length === 0 && !things) ||
				namesCounted(families, countedAll) ||
				bareDeed(fact, families) ||
				spelledOut.some((words) => words.every((w) => countedAll.includes(w))) ||
				(!subset && countsPeopleAsked(families, counted)) ||
				(asksStuff && measuresStuff(fact, asked, counted)) ||
				(currency && MONEY.test(fact.text)) ||
				// "How much prison time…" of "up to 40 years in prison": time is counted in its units.
				(timeAsked && countsTime(fact)) ||
				comparison ||
				weighed;
			// "used 14 boats to rescue 76 people trapped upstairs": the verb before a figure is its deed too.
			const actionFits = action
				? fact.detail === action ||
					(!fact.detail && !CASUALTY.has(action)) ||
					saysAction(counted, actionWords) ||
					actionBefore(fact, actionWords) ||
					actionAfter(fact.source.quote, fact.span[1], actionWords)
				: // "when 63 vehicles crashed … and 41 injured": no vehicle is a casualty, whatever the extraction says.
					!(
						occupancy &&
						CASUALTY.has(fact.detail ?? '') &&
						!(fact.detail === 'hospitalised' && IN_HOSPITAL.test(question)) &&
						(nouns.length === 0 || mayBePeople(counted))
					);
			// "28 inches of snow fell in Evergreen, while the airport recorded 14 inches": a measure of the stuff asked left
			// unsaid after another in its unit (kept aside until that one is known to fit).
			if (asksStuff && !nounFits && actionFits && counted.some((s) => UNITS.has(s))) sameUnit.push(fact);
			if (nounFits && actionFits) fitting.push(fact);
			// "How many of the injured were teachers?" of "41 people injured": the whole, not the part asked.
			else if (nounFits || subset) contradicted = true;
		}
		// "How many seats did the Greens win?" of "the 45-seat city council, the Green Alliance won 17 seats": a size
		// joined to its thing counts what it holds, not what anyone won; it answers only when no other count fits.
		const units = new Set(fitting.flatMap((f) => contentStems(f.subject ?? '').filter((s) => UNITS.has(s))));
		for (const fact of sameUnit) if (contentStems(fact.subject ?? '').some((s) => units.has(s))) fitting.push(fact);
		const unsized = HOW_MANY.test(question) ? fitting.filter((f) => !JOINED_SIZE.test(f.text)) : fitting;
		const pool = unsized.length ? unsized : fitting;
		const measured = howMuch(question, pool) ?? inAskedUnit(pool, questionStems, question);
		const qualified = measured.length > 1 ? bestQualified(measured, questionStems, nouns) : measured[0];
		// "how many people were treated" of "Medics treated 37 people, and 12 were taken to hospital": the deed's own count,
		// unless words of the question pick out another ("45 migrants on Monday" for "rescued on Monday").
		const deeds =
			qualified && measured.length > 1 && !qualifiedAsAsked(qualified, questionStems)
				? measured.filter((f) => tellsAskedDeed(question, f.source.quote, f.span[0], f.span[1]))
				: [];
		// "How many paintings survive?" of "painted fewer than 200 paintings, and only about 40 are known to survive".
		// Read only among a few counts: a wall of figures ("1 drones 2 drones …") tells no verb of each.
		const closing =
			qualified && measured.length > 1 && measured.length <= VERB_COUNTS && deeds.length === 0
				? closingVerb(question)
				: undefined;
		// "how many voted against" of "212 residents voted against the scheme and 31 voted in favour".
		const sided = qualified && measured.length > 1 ? onAskedSide(question, measured) : [];
		const told = sided.length ? sided : closing ? measured.filter((f) => verbAfter(f, closing)) : deeds;
		const fact = told.length > 1 ? bestQualified(told, questionStems, nouns) : (told[0] ?? qualified);
		if (fact) return { fact, fit: 1, specific: asked.length > 0 || action !== undefined };
		// "How high did the river get?" of a sentence whose counts are all of things: none is a size.
		const noSize = fitting.length > 0 && measured.length === 0;
		return {
			fit: contradicted || noSize ? options.countMismatchFit : options.countOtherThingFit,
		};
	};
}

/**
 * "Twenty-three whales were refloated, while 34 died": a count whose one word is its deed counts the thing asked when
 * its sentence names that thing.
 */
function bareDeed(fact: Fact, families: string[][]): boolean {
	const subject = fact.subject ?? '';
	return (
		fact.detail !== undefined &&
		BARE_DEED.test(subject) &&
		COUNT_ACTIONS.some(([pattern]) => pattern.test(subject)) &&
		namesCounted(families, contentStems(fact.source.quote))
	);
}

/** A deed told in one word after a figure: "34 died", "four drowned", "12 dead". */
const BARE_DEED = /^(?:\p{Ll}+ed|dead|hurt)$/u;

/** Words that may stand between a verb and its figure: "rescue about 76", "evacuated more than 200". */
const QUALIFYING = new Set(
	'about around some nearly almost roughly approximately over more less than at least up to only just'.split(' '),
);

/** Whether the word right before a count, its qualifiers aside, is the action asked: "to rescue 76 people trapped…". */
function actionBefore(fact: Fact, actionWords: ReadonlySet<string>): boolean {
	const before = fact.source.quote.slice(Math.max(0, fact.span[0] - ACTION_BEFORE_CHARS), fact.span[0]).toLowerCase();
	// Words only, up to the figure: in "212 rescued, 14 missing" the "rescued" before the comma is another count's.
	const words = /(?:^|[^\p{L}\s])\s*((?:\p{L}+\s+)+)$/u.exec(` ${before}`)?.[1]?.trim().split(/\s+/) ?? [];
	const lead = words.reverse().find((w) => !QUALIFYING.has(w));
	return lead !== undefined && actionWords.has(stem(lead));
}
/** How far before a count its verb is looked for. */
const ACTION_BEFORE_CHARS = 30;

/** A count joined to its unit before a noun phrase: "45-seat city council", "a 40-room hotel". */
const JOINED_SIZE = /^[\d,.]+-\p{L}+\s+\p{L}/u;
/** The word a "how many" question ends with, its verb when it has no object ("how many paintings survive"). */
const CLOSING_WORD = /\bhow\s+many\s+(?:[\p{L}'’-]+\s+){1,3}?(\p{Ll}{3,})\s*[?!.]*\s*$/u;

function closingVerb(question: string): string | undefined {
	const word = CLOSING_WORD.exec(question.toLowerCase())?.[1];
	return word && !STOPWORDS.has(word) ? stem(word) : undefined;
}

/** Whether the words after a count, up to its clause's end, hold `verb` ("about 40 are known to survive"). */
function verbAfter(fact: Fact, verb: string): boolean {
	const after = fact.source.quote.slice(fact.span[1], fact.span[1] + VERB_CHARS).split(/[,;:]|\.\s/u)[0] ?? '';
	return contentStems(after).includes(verb);
}
/** How far past a count its verb is looked for. */
const VERB_CHARS = 40;
/** The most counts of a sentence among which the one the closing verb tells is looked for. */
const VERB_COUNTS = 8;

/** How far past a count its people's word is looked for: "killed three Polish climbers" counts "three people". */
const PART_KIND_CHARS = 30;
/** What a count's unit holds: "of warning shots" after "three bursts". */
const OF_THING = /^\s+of\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/u;
/** Nouns that measure out what follows them ("bursts of shots", "crates of fruit"), unlike "ministers of the church". */
const CONTAINERS = new Set(
	'burst round volley wave batch load box crate case pack packet bag sack bottle carton barrel container shipment consignment set pair truckload pallet'
		.split(' ')
		.map(stem),
);

/** Whether what a count counts is a unit or a container ("millimetres", "bursts"), which holds the noun after it. */
function measures(counted: readonly string[]): boolean {
	const last = counted.at(-1);
	return last !== undefined && (UNITS.has(last) || CONTAINERS.has(last));
}

/** A count of minutes, days or years ("10 minutes a day"): it counts no people or things, unless time is asked for. */
function countsTime(fact: Fact): boolean {
	return TIME_UNIT.test(` ${fact.subject?.split(/\s+/)[0] ?? ''}`);
}

/**
 * Actions a count must state to answer: "how many people died" is not answered by "2,300 people registered", though
 * a count whose verb the sentence leaves unsaid may still answer "how many drones were launched".
 */
/** A question of harm or loss, whose thing counted may be a casualty: "how many sheep did she lose", "scooter injuries". */
const HARM_ASKED =
	/\b(?:injur\w*|deaths?|dead|die[ds]?|dying|kill\w*|los[est]\w*|hurt|casualt\w*|wound\w*|hospital\w*)\b/iu;
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

/**
 * "how many people were on the bus", "how many workers were inside", "how many people work at the plant": who was
 * there, not what befell them.
 */
const OCCUPANCY =
	/\bhow many\b.*\b(?:were|are|was|is)\s+(?:(?:still|then)\s+)?(?:in|inside|on|aboard|onboard|at|working|travelling|traveling)\b|\bhow many\b.*\b(?:work|works|live|lives|are\s+employed|go|attend|attends)\s+(?:at|in|for|on|to|there|here)\b|\bhow many\s+(?:[\p{L}-]+\s+)?(?:employees|staff|workers|people|members)\s+(?:does|do)\b.*\b(?:have|employ)\b(?!\s+(?:to|been)\b)/iu;

/** "how many are in hospital", "in intensive care": where the hospitalised are, which their count answers. */
const IN_HOSPITAL =
	/\b(?:were|are|was|is)\s+(?:(?:still|now|being\s+treated)\s+)?(?:in|at|inside)\s+(?:(?:the|a)\s+)?(?:hospitals?|intensive care|icu|critical care|(?:the\s+)?wards?)\b/i;

/** "How many days/weeks/years…": lengths of time counted. */
/** "How much (prison) time…": a time asked, whose count is in years, days or hours. */
const HOW_MUCH_TIME = /\bhow\s+much\s+(?:[\p{L}-]+\s+)?time\b/iu;
const COUNTS_TIME =
	/\bhow\s+many\s+(?:days|nights|weeks|weekends|months|years|hours|minutes|seconds|decades|seasons)\b/i;
