import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { synonymStems } from './synonymStems.ts';
import { stem, type Token } from './tokenize.ts';
import { IRREGULAR_FORMS } from './vocabulary.ts';

/** A deed's word: a past form in -ed ("delivered", "cancelled") or an irregular one ("paid", "born"). */
function isDeed(word: string): boolean {
	return (/^\p{Ll}{3,}ed$/u.test(word) && !NO_DEED_FORMS.has(word)) || Object.hasOwn(IRREGULAR_FORMS, word);
}
/** Past forms that say no deed of their own: "had", "made up", "used to", "estimated", "expected"… */
const NO_DEED_FORMS = new Set(
	'need needed used based estimated expected reported recorded counted listed registered numbered totalled totaled included combined related called named aged affected impacted involved concerned'.split(
		' ',
	),
);
/** Words that may stand between a deed and its figure: "rerouted about 190", "paid out on 37". */
const FILLER =
	/^(?:about|around|some|nearly|almost|roughly|approximately|over|under|more|less|fewer|than|up|to|at|least|most|only|just|another|an|a|the|estimated|further|out|on|off|a total of|total|of|its|their|his|her)$/u;
const WORD = /\p{L}+/gu;

/**
 * The deed a count question asks of, done to what it counts: "delivered" in "how many ships were delivered last
 * year", "arrested" in "how many ppl got arrested" (not an intransitive "how much rain fell", which reports word in
 * many ways).
 */
export function askedDeed(question: string): string | undefined {
	const passive = PASSIVE.exec(question)?.[1]?.toLowerCase();
	return passive && isDeed(passive) ? passive : undefined;
}
/** "how many … were/got/have been <deed>". */
const PASSIVE =
	/\bhow\s+(?:many|much)\s+(?:[\p{L}'’-]+\s+){1,4}?(?:were|was|are|is|got|get|gets|have\s+been|has\s+been|had\s+been|been)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/iu;

/** The deed a sentence tells its figure with: the past form right before it or after its noun. */
function deedOfFigure(sentence: string, start: number, end: number): string | undefined {
	const before = (
		sentence
			.slice(Math.max(0, start - 40), start)
			.toLowerCase()
			.match(WORD) ?? []
	).reverse();
	const lead = before.find((w) => !FILLER.test(w));
	if (lead && isDeed(lead)) return lead;
	const after =
		/^\s+(?:(?:were|was|are|is|have|has|had|been|being|be|to|will|would|could|can|may|might|must)\s+)*(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.exec(
			sentence.slice(end, end + 40),
		)?.[1];
	return after && isDeed(after) ? after : undefined;
}

/** Deeds told from the other side: objections "were sent" are objections an office "received". */
const CONVERSES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
	[
		['send', 'receiv'],
		['give', 'receiv'],
		['sell', 'buy'],
		['lend', 'borrow'],
		['teach', 'learn'],
	].flatMap(([a = '', b = '']) => [
		[stem(a), [stem(b)]],
		[stem(b), [stem(a)]],
	]),
);

function base(word: string): string {
	return stem(IRREGULAR_FORMS[word] ?? word);
}

/**
 * Whether a count question asks of one deed ("how many ships were delivered") that the sentence never speaks of,
 * while it gives its figure with another ("190 ships were rerouted", "has received 1,212 claims"): a figure of
 * something else.
 *
 * @example
 * const sentence = 'About 190 ships were rerouted last month.';
 * otherDeed('how many ships were delivered', sentence, tokenize(sentence), 6, 18); // true
 */
export function otherDeed(
	question: string,
	sentence: string,
	tokens: readonly Token[],
	start: number,
	end: number,
): boolean {
	const wanted = wantedDeeds(question);
	if (!wanted) return false;
	const words = tokens.slice(0, SENTENCE_LIMITS.tokens);
	if (words.some((t) => wanted.has(t.stem) || (Object.hasOwn(IRREGULAR_FORMS, t.word) && wanted.has(base(t.word)))))
		return false;
	const told = deedOfFigure(sentence, start, end);
	return told !== undefined && !wanted.has(base(told));
}

/**
 * Deeds news tells a count with in other words: people "rescued" are "pulled" or "plucked" from the water, trawlers
 * "seized" are "detained", officers "deployed" are "sent", families "evicted" are "removed", glasses "given out" are
 * "handed out". Used only to tell a figure's deed from another's, not to rank sentences.
 */
const SAME_DEEDS: readonly (readonly string[])[] = [
	['rescue', 'pull', 'pluck', 'save', 'winch', 'airlift', 'evacuate'],
	['seize', 'detain', 'impound', 'confiscate'],
	['deploy', 'send', 'dispatch', 'station'],
	['evict', 'remove', 'kick'],
	['give', 'hand', 'distribute'],
];
const SAME_DEED: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
	SAME_DEEDS.flatMap((group) => group.map((word) => [stem(word), group.map(stem)])),
);

/** The stems of the deed a count question asks of, with its synonyms and converses; undefined when it asks none. */
function wantedDeeds(question: string): Set<string> | undefined {
	const asked = askedDeed(question);
	if (!asked) return undefined;
	const own = base(asked);
	return new Set([own, ...synonymStems(own), ...(CONVERSES[own] ?? []), ...(SAME_DEED[own] ?? [])]);
}

/**
 * Whether the sentence gives the figure at `start..end` with the very deed the count question asks of ("Medics
 * treated 37 people" for "how many people were treated"), which marks it out from the sentence's other counts.
 *
 * @example
 * const sentence = 'Medics treated 37 people, and 12 were taken to hospital.';
 * tellsAskedDeed('how many people were treated', sentence, 15, 24); // true
 */
export function tellsAskedDeed(question: string, sentence: string, start: number, end: number): boolean {
	const told = deedOfFigure(sentence, start, end);
	return told !== undefined && (wantedDeeds(question)?.has(base(told)) ?? false);
}
