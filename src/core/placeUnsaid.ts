import { SENTENCE_LIMITS } from './sentenceLimits.ts';

/**
 * "Where did she place?", "where will the rate peak", "where is Ferraz from": a rank, a level or an origin, which a
 * sentence may give with no place in it ("finished third", "the 27-year-old Brazilian").
 */
const ASKS_RANK_OR_ORIGIN =
	/\b(?:place|placed|places|placing|finish|finished|finishes|rank|ranked|ranks|peak|peaked|peaks|stand|stands|stood|sit|sits|sat|end|ended|ends|land|landed|lands|come|came|comes|from)\b/iu;

/** An adverb of place: "kept indoors", "living abroad", "sold overseas". */
const PLACE_ADVERB =
	/\b(?:abroad|overseas|offshore|onshore|inland|indoors|outdoors|outside|inside|nearby|upstairs|downstairs|underground|underwater|ashore|aboard|home|here|there|elsewhere|locally|away|downstream|upstream|uphill|downhill)\b/iu;

/** A time after a preposition: "in 1897", "on Monday", "within three months", "in the morning", "at 7:30 p.m.". */
const TIME_AFTER =
	/^(?:\d|(?:the\s+)?(?:morning|afternoon|evening|night|weekend|week|month|year|day|spring|summer|autumn|winter|season|decade|century|past|future|meantime|run-up|aftermath|hours?|minutes?|seconds?|days?|weeks?|months?|years?)\b|(?:last|next|this|recent|coming|early|late|mid|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|an?\s+(?:hour|minute|day|week|month|year|decade))\b|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/iu;

/** A phrase after a preposition that places nothing: "in a statement", "at least", "in total", "on suspicion". */
const NO_PLACE_AFTER =
	/^(?:an?\s+(?:statement|interview|letter|email|speech|ruling|report)|least|most|total|all|favou?r|response|suspicion|behalf|particular|fact|turn|part|time|risk)\b/iu;

/** A preposition that may place something: "held in the village hall", "watched from his boat", "moved to a gym". */
const PLACING =
	/\b(?:in|at|on|from|near|inside|outside|beside|behind|into|onto|off|across|along|around|above|below|under|beneath|between|within|towards?|via|through|beyond|opposite|over|past)\s+/giu;
/** "to" places only before a determiner or a name ("to a gymnasium", "to Leeds"), not before a verb ("to publish"). */
const TO_PLACE = /\bto\s+(?:the|a|an|his|her|their|its|our|my|\p{Lu})/u;
/** "of" places only before a name: "Desmond Achebe, 13, of Port Lindell". */
const OF_PLACE = /\bof\s+\p{Lu}\p{Ll}/u;

/**
 * Whether a "where" question asks a place (not a rank, a level nor an origin) of a sentence that gives none: no
 * preposition before anything but a time ("in 1897", "within three months"), no adverb of place, no "to" or "of" a
 * place. `quote` is the sentence, whose answer the engine found no place in.
 *
 * @example
 * placeUnsaid('wheres the warehouse', 'The coordinator said donations had not kept up with demand.'); // true
 * placeUnsaid('wheres the warehouse', 'The warehouse is in an old mill.'); // false
 */
export function placeUnsaid(question: string, quote: string): boolean {
	if (ASKS_RANK_OR_ORIGIN.test(question)) return false;
	const text = quote.slice(0, SENTENCE_LIMITS.chars);
	if (PLACE_ADVERB.test(text) || TO_PLACE.test(text) || OF_PLACE.test(text)) return false;
	for (const found of text.matchAll(PLACING)) {
		const after = text.slice(found.index + found[0].length);
		if (!TIME_AFTER.test(after) && !NO_PLACE_AFTER.test(after)) return false;
	}
	return true;
}

/** The last word of a body's name, which no place ends in: "Manchester City Council", "Royal Navy", "New Zealand Cricket". */
const BODY_HEAD =
	/\s(?:Council|Navy|Army|Police|Cricket|Party|Union|Association|Federation|Commission|Agency|Ministry|Authority|Board|Committee|Group|Ltd|Inc|Company|Corporation|Service|Services|Foundation|Society|Bureau)\.?$/u;
/** "Where does she work?", "where did he study", "where is he employed": a body may be the place asked. */
const ASKS_BODY_PLACE =
	/\b(?:work|works|worked|working|employ\w*|stud(?:y|ied|ies|ying)|train\w*|serve[ds]?|serving|join(?:s|ed)?|based)\b/iu;

/**
 * Whether the name a "where" question is answered with is a body's ("Manchester City Council", "Highcairn Fire and
 * Rescue Service"), no place, while the question asks where something is or happened (not where someone works).
 *
 * @example
 * bodyForPlace('where will the new homes go', 'Manchester City Council'); // true
 * bodyForPlace('where does she work', 'Manchester City Council'); // false
 */
export function bodyForPlace(question: string, answer: string): boolean {
	return BODY_HEAD.test(answer.trim()) && !ASKS_BODY_PLACE.test(question);
}

/** "Which city…", "what country…", "in which town…": a settlement or a land asked, which no building is. */
const ASKS_SETTLEMENT =
	/^\s*(?:in\s+)?(?:what|which)\s+(?:city|cities|town|towns|village|country|countries|nation|county|province|region|state|island|suburb)\b/iu;
/** The last word of a building's or a site's name: "MetLife Stadium", "Westbrook Elementary School", "Flying Hill". */
const SITE_HEAD =
	/\s(?:Stadium|Arena|Airport|Station|Hill|School|Academy|College|University|Hospital|Clinic|Centre|Center|Hall|Church|Cathedral|Museum|Library|Theatre|Theater|Park|Square|Street|Road|Lane|Avenue|Bridge|Pier|Hotel|Prison|Farm|Mine|Plant|Factory|Ministry)\.?$/u;

/**
 * Whether a name given for "which city/country…" is a building's, a site's or a body's ("MetLife Stadium" for
 * "which city did the tour start in"), no settlement or land.
 *
 * @example
 * siteForSettlement('which city did the tour start in', 'MetLife Stadium'); // true
 * siteForSettlement('which city did the tour start in', 'East Rutherford'); // false
 */
export function siteForSettlement(question: string, answer: string): boolean {
	const name = answer.trim();
	return ASKS_SETTLEMENT.test(question) && (SITE_HEAD.test(name) || BODY_HEAD.test(name));
}
