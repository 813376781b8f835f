import { apposedAge } from './apposedAge.ts';
import { mayBePeople } from './countedNouns.ts';
import { asRead, type Mention } from './findMentions.ts';
import { inRatio } from './inRatio.ts';
import { CURRENCY_WORDS, NUMBER_WORDS } from './mentionPatterns.ts';
import { nounAfter, OWN_ACTION } from './nounAfter.ts';
import { inScore } from './scoreFigure.ts';
import { contentStems } from './tokenize.ts';
import type { Fact, SourceRef } from './types.ts';
import { COUNT_ACTIONS } from './vocabulary.ts';

const VAGUE = /^(?:several|dozens|hundreds|thousands|both|half|single|(?:tens|hundreds) of (?:thousands|millions))$/i;
/** How far before a number its noun is looked for ("the number of waiting ships stood at"): a bounded window. */
const NOUN_BEFORE_CHARS = 200;
/** A part of a total, which names the noun after the total: "48 of its 90 seats", "50 of the train's 150 cars". */
const OF_TOTAL = new RegExp(
	`^\\s+of\\s+(?:the|its|their|his|her|our|all)\\s+(?:(?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+['’]s\\s+)?(?:[\\d,]+|${Object.keys(NUMBER_WORDS).join('|')})(?=\\s)`,
	'u',
);
/** "of 640 machines": a total after a number, which the number is a part of. */
const OF_NUMBER = new RegExp(`^\\s+of\\s+(?:\\d|(?:${Object.keys(NUMBER_WORDS).join('|')})\\b)`, 'iu');
/** "96 of its scheduled flights", "five of the victims": a part named by the whole's plural noun, no total given. */
const OF_OWN = /^\s+of\s+(?:the|its|their|his|her|our)(?:\s+[\p{L}-]+['’]s)?(?=\s+\p{Ll})/u;
const PLURAL = /(?:[^s]s|people|children|men|women)$/u;
/** "Day 3 of the talks", "section 18 of the laws": a figure that labels, no count. */
const LABEL_BEFORE =
	/\b(?:day|section|chapter|version|article|game|part|stage|round|phase|level|number|no|step|book|season|series|episode|act|clause|rule|week|page|line|lot|gate|room|platform|flight|route|exit|junction)\.?\s+$/i;
/** What may follow a counted noun: punctuation, the end, or a word that links on. */
const NOUN_ENDS =
	/^(?:\s*(?:[,.;:!?)\]—–-]|$)|\s+(?:were|was|are|is|have|has|had|will|would|could|can|in|on|at|for|from|to|with|by|and|or|but|that|who|which|after|before|during|since|this|last|as|across|over|under|into|off|out|because|of|\p{Ll}+ed)\b)/u;
/** What a share measures the change of: "property tax" in "raises property tax by 3 percent". */
const SHARE_OF = /(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)\s+(by)\s+$/u;
/**
 * A number that leaves its noun to the count before it: "312 children in one group, against 951 in the other", "42
 * people were injured and 11 remain missing".
 */
const ELLIPSIS =
	/^(?:\s+(?:in|at|among|for|from|on|of|remain|remained|were|are|said|say|says|told|reported)\b|\s*[,;.)]|\s*$)/u;
/** A verb's past form alone: "voted", "backed" (what a figure's own noun, "residents", would be followed by). */
const PAST_VERB = /^\p{Ll}{3,}ed$/u;
/** "218 people were treated, and four have died": a count whose noun the one before gives ("a few dozen had" is vague). */
const PERFECT_AFTER =
	/^\s+(?:have|has|had)\s+(?:since\s+|now\s+|also\s+)?(?:been\s+)?\p{Ll}+(?:ed|en|died)\b|^\s+died\b/u;
/** People named by what they do: "dentists", "economists", "physicians", "councillors" (not "glaciers" or "containers"). */
const AGENTS = /\p{Ll}{3,}(?:ists|ians|ors)$/u;
/** A killing or wounding verb just before a number without a noun ("Dam Collapse Kills 17"): it counts people. */
const VICTIMS_BEFORE = /\b(?:kill|injur|wound)\w*\s+$/i;
/**
 * A sum of money: "$40,000", "€5m", "3 million euros", "1.2 billion kroner", "RM312 million", "KSh 2,000", "a 1.3 billion
 * pound lagoon" (a weight is never so large).
 */
export const MONEY = new RegExp(
	`[$€£¥₹₦₱₩₺₴₪₫฿]|\\b(?:RM|Rs\\.?|KSh|Rp)\\s?\\d|\\bR\\d{1,3}(?:,\\d{3})+|\\b(?:${CURRENCY_WORDS})\\b|\\b(?:million|billion|trillion) (?:won|pound)\\b|\\d\\s+(?:(?:million|billion|trillion)\\s+)?marks\\b`,
	'i',
);
/** What a sum is of: "in income" after "$40,000" (not "in the three months"). */
const IN_AMOUNT =
	/^\s+in\s+(?!the\b|a\b|an\b)([\p{Ll}-]+(?:\s+(?!(?:over|in|on|at|for|from|to|of|and|or|the|a|an|during|since|last|this|per|by|with)\b)(?:money|aid|funding|cash|\p{Ll}[\p{Ll}-]*s)\b)?)/u;
/**
 * Counts in a sentence: a number, what it counts, and what happened to it ("72 drones", "shot down").
 * Counts of the dead and the injured are casualties.
 *
 * @example
 * extractCounts(source, mentions)[0]; // { kind: 'count', text: '72 drones shot down', value: 72, subject: 'drones', detail: 'shot down', … }
 */
export function extractCounts(source: SourceRef, mentions: Mention[]): Omit<Fact, 'id'>[] {
	const sentence = asRead(source.quote);
	const headline = sentence !== source.quote;
	const facts: Omit<Fact, 'id'>[] = [];
	let previousAction: string | undefined;
	for (const mention of mentions) {
		if (mention.type !== 'number' || mention.value === undefined || VAGUE.test(mention.text)) continue;
		// "40kg bags", "two 50MW turbines": a measure written onto its figure counts none of the noun after it.
		if (/\d\p{L}+$/u.test(mention.text)) continue;
		const rest = sentence.slice(mention.end);
		// "one in four people", "nine in 10 companies": a share, no count of them; "aged three and seven": ages.
		// "Mayor Gordon MacLellan, 67, who has led…": an age in commas after a name.
		if (
			inRatio(sentence, mention.start, mention.end) ||
			aged(sentence, mention.start, mention.end) ||
			apposedAge(sentence, mention)
		)
			continue;
		// "a limit of 70 km/h as road deaths climb": a speed, of which nobody died.
		const speed = SPEED_AFTER.exec(rest)?.[0].replace(/^[\s-]/, '');
		const read = speed ?? nounAfter(rest, headline);
		// "212 residents voted against and 31 voted in favour": a verb right after a figure leaves its noun to the count
		// before ("1,100 injured", which says its own deed, stays whole).
		const verbAfter =
			!speed && read !== undefined && PAST_VERB.test(read) && !OWN_ACTION.test(read) && facts.length > 0;
		const after = verbAfter ? undefined : read;
		// "a 3-0 home loss", "the 2–1 defeat": the second figure of a score, no count of losses (unlike "10-15 people").
		if (after && inScore(sentence, mention.start, mention.end)) continue;
		const before = after
			? undefined
			: nounBefore(sentence.slice(Math.max(0, mention.start - NOUN_BEFORE_CHARS), mention.start));
		// "one of the largest", "40 percent of its workers", "Day 3 of the talks": no count of the whole's noun.
		const ofWhole =
			mention.value !== 1 &&
			!/%|\bper ?cent\b/i.test(mention.text) &&
			!MONEY.test(mention.text) &&
			!LABEL_BEFORE.test(sentence.slice(Math.max(0, mention.start - 12), mention.start));
		const ofTotal = after || before ? undefined : partOfTotal(rest, headline, ofWhole);
		// A sum of money says what it is in ("$40,000 in income") and never counts the things counted before it.
		const money = MONEY.test(mention.text);
		const inAmount = money && !after && !before ? IN_AMOUNT.exec(rest) : null;
		// A share ("raises property tax by 3 percent") is of no count before it.
		const share = /%|\bper ?cent\b/i.test(mention.text);
		const perfect = !ELLIPSIS.test(rest) && PERFECT_AFTER.test(rest) && !/dozen|score/i.test(mention.text);
		const elided = perfect || verbAfter || ELLIPSIS.test(rest);
		// "one of 640 reverse vending machines", "one of the largest finds": a part of the whole after it, no count of
		// the noun before.
		// "nearly half of those it helps": a share of the whole after it, too.
		const partitive =
			OF_NUMBER.test(rest) ||
			(mention.value === 1 && OF_OWN.test(rest)) ||
			(mention.value < 1 && /^\s+of\b/u.test(rest));
		const lent = !money && !share && elided && !partitive ? withoutAction(facts.at(-1)?.subject) : undefined;
		// "spread to 14 countries, and 300 have died": a death told of no one the count before counted.
		const borrowed = perfect && lent && !mayBePeople(contentStems(lent)) && !AGENTS.test(lent) ? undefined : lent;
		// "raises property tax by 3 percent": a share of the thing that rises or falls by it.
		const shareOf =
			share && !after && !before ? SHARE_OF.exec(sentence.slice(Math.max(0, mention.start - 40), mention.start)) : null;
		const victims =
			!money && !share && VICTIMS_BEFORE.test(sentence.slice(Math.max(0, mention.start - 20), mention.start))
				? 'people'
				: undefined;
		const subject = after ?? before ?? (money ? inAmount?.[1] : ofTotal?.[1]) ?? shareOf?.[1] ?? borrowed ?? victims;
		if (!subject) continue;
		const span: [number, number] = after
			? [mention.start, mention.end + 1 + after.length]
			: before
				? [sentence.lastIndexOf(before, mention.start), mention.end]
				: [mention.start, mention.end + ((inAmount ?? ofTotal)?.[0].length ?? 0)];
		// A list ("145 drones, two missiles and four rockets") shares its first item's verb.
		// "1,100 injured", "three people died": the words counted may say the action themselves.
		const own = OWN_ACTION.test(subject) ? COUNT_ACTIONS.find(([pattern]) => pattern.test(subject))?.[1] : undefined;
		const near = actionNear(sentence, span[0], span[1]);
		const action = speed ? undefined : (own ?? near.action ?? (near.ownVerb || perfect ? undefined : previousAction));
		previousAction = action;
		const casualty = action === 'killed' || action === 'injured';
		const phrase = inAmount
			? `${mention.text} in ${subject}`
			: after && rest.startsWith('-')
				? `${mention.text}-${subject}`
				: shareOf
					? `${subject} ${shareOf[2]} ${mention.text}`
					: `${mention.text} ${subject}`;
		facts.push({
			kind: casualty ? 'casualty' : 'count',
			text: action && !own ? `${phrase} ${action}` : phrase,
			value: mention.value,
			subject,
			detail: action,
			span,
			source,
			conflicts: [],
		});
	}
	return facts;
}

/**
 * A counted noun without the action it says of itself, for a count that borrows it: "about 1,900 were evacuated"
 * after "Two people died" counts people, not dead.
 */
function withoutAction(subject: string | undefined): string | undefined {
	const noun = subject?.replace(OWN_ACTION_AFTER, '');
	return noun || subject;
}

/** Verbs after a counted noun that say what happened to it: "died" in "people died" (not a noun: "road deaths"). */
const OWN_ACTION_AFTER =
	/(?:\s+(?:killed|died|dead|injured|wounded|hurt|destroyed|arrested|detained|evacuated|displaced|intercepted|downed|shot(?:\s+down)?))+$/iu;

/** A unit of speed just after a figure: "70 km/h", "50 mph", "30 kilometres per hour", "12 knots". */
const SPEED_AFTER =
	/^[\s-]?(?:km\s?\/\s?h|kph|mph|knots|(?:kilomet(?:re|er)s?|miles|met(?:re|er)s)\s+(?:per|an|a)\s+(?:hour|second))\b/i;

/**
 * "of its 74 full-time musicians" after a number: the words up to the total's noun and that noun, as the total's own
 * count names it ("full-time musicians"); "of them engineers": the part's own noun; with `ofWhole`, "of its scheduled
 * flights": the whole's plural noun.
 */
function partOfTotal(rest: string, headline: boolean, ofWhole: boolean): [string, string] | undefined {
	const total = OF_TOTAL.exec(rest)?.[0] ?? OF_THEM.exec(rest)?.[0];
	const noun = total === undefined ? undefined : nounAfter(rest.slice(total.length), headline);
	if (total !== undefined && noun) return [`${total} ${noun}`, noun];
	// "cancelled all 96 of its scheduled flights": a part of a whole not counted, named as the part's noun ("one of
	// the largest exporters" is no count of exporters).
	const own = ofWhole ? OF_OWN.exec(rest)?.[0] : undefined;
	const owned = own === undefined ? undefined : nounAfter(rest.slice(own.length), headline);
	if (
		own === undefined ||
		!owned ||
		!PLURAL.test(owned) ||
		owned
			.split(/\s+/)
			.slice(0, -1)
			.some((w) => PLURAL.test(w))
	)
		return undefined;
	// The noun ends the phrase: punctuation or a linking word follows ("of the rules applies to" is no count of rules).
	const next = rest.slice(own.length).replace(/^\s+/, '').slice(owned.length);
	return NOUN_ENDS.test(next) ? [`${own} ${owned}`, owned] : undefined;
}

/**
 * "1,800 of them engineers and technicians.": a part of those just counted, named by a plural noun standing alone (no
 * verb after it, unlike "1,200 of them hunt regularly" or "150 of whom survived").
 */
const OF_THEM =
	/^\s+of\s+(?:them|whom)(?=\s+(?:\p{Ll}+\s+(?:and|or)\s+)?(?:\p{Ll}+[^s\s]s|men|women|children|people)\s*(?:[,;.)]|$))/u;

/** "the number of waiting ships at 38", "prisoners of war, believed to number 3,000": the noun phrase named before the figure. */
function nounBefore(before: string): string | undefined {
	return NUMBER_OF.exec(before)?.[1] ?? NUMBERING.exec(before)?.[1];
}

/** The verbs that give a number's level: "stood at", "rose to", "reached". */
const LEVEL_VERBS =
	'(?:was|is|stood at|(?:rose|fell|dropped|climbed|grew|increased|decreased|jumped|swelled|shrank) to|reached|hit)';
/**
 * "the number of visitors to the national park rose to": the noun counted, past the place or thing it is of, before
 * the verb that gives the figure.
 */
const NUMBER_OF = new RegExp(
	`\\b(?:number|total|toll|count) of ((?:(?!${LEVEL_VERBS}\\b)[\\p{L}-]+\\s+){0,2}(?!${LEVEL_VERBS}\\b)[\\p{L}-]+)(?:\\s+(?:to|in|at|on|for|from|across|through)\\s+(?:[\\p{L}'’-]+\\s+){0,4}?[\\p{L}'’-]+)?\\s+(?:at|to|as|${LEVEL_VERBS})\\s+$`,
	'u',
);

/** "all prisoners of war, believed to number about 3,000": the noun phrase before a clause that numbers it. */
const NUMBERING =
	/(\p{Ll}[\p{L}-]*(?:\s+of\s+\p{Ll}[\p{L}-]*)?),\s+(?:(?:believed|thought|estimated|said|expected|reported)\s+to\s+)?(?:number|total)(?:ing)?\s+$/u;

/** Where a count's clause ends after it: "killing 230 people and injuring…", "three crashes and two injuries". */
const NEXT_CLAUSE = new RegExp(
	`[,;.]|\\bbut\\b|\\b(?:and|or)\\s+(?:\\p{Ll}+(?:ing|ed)\\b|\\d|(?:${Object.keys(NUMBER_WORDS).join('|')})\\b)`,
	'u',
);

/** A phrase in apposition after a count, before the count's own verb: ", aged three and seven," before "have died". */
const APPOSED_BEFORE_VERB = /^,\s+[^,;.]{1,40},(?=\s+(?:have|has|had|were|was|are|is|will)\b)/u;
/** "aged 23", "aged three and seven", "aged between 23 and ", "aged under ": what follows is an age. */
const AGED_BEFORE = /\baged\s+(?:between\s+|under\s+|over\s+|up\s+to\s+|at\s+least\s+)?$/u;
/** The second age of a pair: "aged three and ", "aged between 23 and ". */
const AGED_PAIR_BEFORE = /\baged\s+(?:between\s+)?[\p{L}\d-]+\s+(?:and|to|or)\s+$/u;
/** What follows the last age of a pair: a comma, "years", the sentence's end ("aged 3 and 12 nurses" counts nurses). */
const AGE_ENDS = /^(?:\s*[,;.)]|\s+(?:years?|months?)\b|\s*$)/u;

/** Whether the figure at start..end is an age after "aged", not a count. */
function aged(sentence: string, start: number, end: number): boolean {
	const before = sentence.slice(Math.max(0, start - 30), start);
	return AGED_BEFORE.test(before) || (AGED_PAIR_BEFORE.test(before) && AGE_ENDS.test(sentence.slice(end)));
}
/\baged\s+(?:between\s+|under\s+|over\s+|(?:up\s+to|at\s+least)\s+)?(?:[\p{L}\d-]+\s+(?:and|to|or)\s+)?$/u;

/** A verb after "and"/"or" that begins a count's own clause: "… and cutting power to 400,000 homes". */
const JOINED_VERB = /\b(?:and|or)\s+\p{Ll}+(?:ing|ed)\b/gu;

/**
 * The action nearest to the count: within its clause, before the number or just after the noun. `ownVerb` says the
 * count's clause has a verb of its own ("and cutting power to"), so it shares no action of the count before it.
 */
function actionNear(sentence: string, start: number, end: number): { action?: string; ownVerb: boolean } {
	// Only a window around the count is searched, so a long sentence costs no more per count than a short one.
	const window = sentence.slice(Math.max(0, start - 60), start);
	const clause = window.slice(Math.max(window.lastIndexOf(','), window.lastIndexOf(';'), 0));
	const joined = [...clause.matchAll(JOINED_VERB)].pop();
	const before = joined ? clause.slice(joined.index) : clause;
	// "Two children, aged three and seven, have died": the count's verb after a phrase in apposition.
	const apposed = APPOSED_BEFORE_VERB.exec(sentence.slice(end, end + 60))?.[0].length ?? 0;
	const rest = sentence.slice(end + apposed, end + apposed + 60);
	// "killing 230 people and injuring 1,100": an action after "and" is the next count's.
	const afterEnd = rest.search(NEXT_CLAUSE);
	const after = rest.slice(0, afterEnd === -1 ? rest.length : afterEnd).slice(0, 50);
	let best: { action: string; distance: number } | undefined;
	for (const [pattern, action] of COUNT_ACTIONS) {
		const inAfter = pattern.exec(after);
		const inBefore = [...before.matchAll(new RegExp(pattern.source, 'gi'))].pop();
		const distances = [inAfter ? inAfter.index : undefined, inBefore ? before.length - inBefore.index : undefined];
		for (const distance of distances) {
			if (distance !== undefined && (!best || distance < best.distance)) best = { action, distance };
		}
	}
	return { action: best?.action, ownVerb: joined !== undefined };
}
