import type { Mention } from './findMentions.ts';
import { NAMED_KIND_WORDS, SEVERAL } from './focusName.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { stem } from './tokenize.ts';
import { SPELLINGS } from './vocabulary.ts';

/** "which carmaker did…", "which other minnesota districts have…": up to four words naming the kind asked. */
const WHICH_KIND =
	/^\s*which\s+((?:(?!(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should|got|gets|get|of|kind|type|sort)\b)[\p{L}\p{N}'’-]+\s+){1,4})/iu;
/**
 * "what company built…", "what brand of olive oil…": the kind's noun right after "what", or one word on; not the first
 * of two ("what football club manager…" asks for a manager).
 */
const WHAT_KIND = new RegExp(
	`^\\s*what\\s+((?:(?!(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should|might|must|may|r|happen\\w*)\\b)[\\p{Ll}-]+\\s+)?(?:${NAMED_KIND_WORDS})(?:s|es|ies)?\\s)(?!(?:${NAMED_KIND_WORDS})(?:s|es|ies)?\\b)`,
	'iu',
);
/**
 * Members of bodies, and places and bodies that work, which a name tells apart ("which laboratory tested the bottle" of
 * "sent one bottle to a laboratory", "which members voted against" of "two members preferring a smaller move"), beyond
 * the kinds focusName knows.
 */
const PLACES_OF_WORK =
	'member|councill?or|lawmaker|legislator|judge|juror|director|trustee|shareholder|investor|bidder|buyer|donor|sponsor|partner|rival|lab|laborator(?:y|ie)|conservatory|conservatoire|shipyard|academy|institute|college|journal|orchestra|gallery|theatre|theater|cinema|pub|church|cathedral|site|auction|house|factory|plant|mine|quarry|farm|ward|block|rocket|institution';
/** A word of a kind answered by a name, or a compound of a few heads: "team", "districts", "carmaker". */
const NAMED_KIND = new RegExp(
	`^(?:(?:${NAMED_KIND_WORDS}|${PLACES_OF_WORK})|\\p{L}+(?:maker|keeper|owner|player|worker|builder|operator))(?:s|es|ies)?$`,
	'iu',
);
/** An indefinite determiner right before the kind's noun: "a carmaker", "two other retailers", "several districts". */
const INDEFINITE_BEFORE =
	/\b(?:(?:a|an|another|other|some|several|many|few|various|unnamed|unidentified|undisclosed|one|two|three|four|five|(?<![\d,.])\d{1,3}(?![\d,.]))\s+|(?:some|several|many|most|one|two|three|four|five|six|seven|eight|nine|ten|(?<![\d,.])\d{1,3}(?![\d,.]))\s+of\s+(?:the|its|their)\s+)(?:(?!(?:the|its|their|this|that|his|her)\b)[\p{L}\d-]+\s+){0,2}$/iu;
/** A count, then one or two capitalised words, right before a kind's plural: "three other Wessmoor ". */
const COUNT_THEN_NAME = new RegExp(`${SEVERAL}((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,2})$`, 'u');
/** How near a name must stand to the kind's noun to name it: "a carmaker, Volvo," or "Volvo, a carmaker". */
const NAME_WINDOW = 30;

/**
 * Whether the words between a name and a kind's noun appose them: "Volvo, a carmaker", "a carmaker, Volvo", "the Shell
 * service station", "a charity called Hope" (not "a service station on the edge of Merrington", a place beside it).
 */
function apposed(between: string): boolean {
	// "its two remaining cinemas, in Ripley Bridge and Otterburn": set off by a comma, the places tell them apart.
	if (/^,\s*(?:in|at)\s+$/u.test(between)) return true;
	const words = between.match(/[\p{L}'’-]+/gu) ?? [];
	return words.length <= APPOSED_WORDS && !words.some((w) => PLACING.test(w) && !NAMING.test(w));
}
/** The most words between a name and the kind's noun it names: "Northway, the regional airline". */
const APPOSED_WORDS = 3;
/** A verb that names what follows it: "a film entitled The Last Gunfight", "a charity called Hope". */
const NAMING = /^(?:named|called|entitled|titled|dubbed|nicknamed|known|as)$/u;
/** A preposition or verb that places one thing by another: "on the edge of", "outside", "run by". */
const PLACING =
	/^(?:on|of|in|at|near|from|to|by|outside|inside|beside|behind|for|with|into|onto|across|off|over|under|and|or|but|said|says|\p{Ll}+(?:ed|ing))$/u;

/**
 * Whether the sentence speaks of the kind a "which" question asks for (one a name answers) only indefinitely, with no name beside it
 * ("Which carmaker did the founder work for?" of "a former engineer at a carmaker"): the one asked is left unsaid.
 * `mentions` are the sentence's.
 *
 * @example
 * kindUnnamed('which carmaker did he work for', 'He was an engineer at a carmaker.', []); // true
 */
export function kindUnnamed(question: string, sentence: string, mentions: readonly Mention[]): boolean {
	const phrase = WHICH_KIND.exec(question)?.[1] ?? WHAT_KIND.exec(question)?.[1];
	if (!phrase) return false;
	const kinds = new Set(
		phrase
			.trim()
			.split(/\s+/)
			.filter((w) => NAMED_KIND.test(w.replace(/ies$/i, 'y')))
			// "which lab" of "a laboratory in Copenhagen": a shortened kind, by its whole word too.
			.flatMap((w) => [w.toLowerCase(), SPELLINGS[w.toLowerCase()] ?? ''].filter(Boolean).map((k) => stem(k))),
	);
	// "which german carmaker" of "a German carmaker": a name the question gives is part of the kind, not its name.
	const asked = new Set(question.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []);
	const names = mentions.filter(
		(m) => m.type === 'name' && !m.text.split(/\s+/).every((w) => asked.has(w.toLowerCase())),
	);
	let indefinite = false;
	for (const word of sentence.slice(0, SENTENCE_LIMITS.chars).matchAll(/[\p{L}-]+/gu)) {
		if (!kinds.has(stem(word[0].toLowerCase())) || /^\p{Lu}/u.test(word[0])) continue;
		const start = word.index;
		const end = start + word[0].length;
		// "three other Wessmoor institutions": a name between a count and the kind's plural is no name of the several.
		const counted = /s$/iu.test(word[0]) ? COUNT_THEN_NAME.exec(sentence.slice(Math.max(0, start - 40), start)) : null;
		const modifierStart = counted ? start - (counted[1]?.length ?? 0) : start;
		const named = names.some(
			(m) =>
				!(m.start >= modifierStart && m.end <= start) &&
				m.end >= start - NAME_WINDOW &&
				m.start <= end + NAME_WINDOW &&
				apposed(m.end <= start ? sentence.slice(m.end, start) : sentence.slice(end, m.start)),
		);
		if (named) return false;
		// "a professor at the university": a place of someone's, named elsewhere if anywhere.
		indefinite ||=
			INDEFINITE_BEFORE.test(sentence.slice(Math.max(0, start - 40), start)) ||
			/\b(?:[Aa]t|[Ff]or|[Ff]rom|[Ww]ith)\s+the\s+(?:\p{Ll}[\p{L}-]*\s+)?$/u.test(
				sentence.slice(Math.max(0, start - 30), start),
			);
	}
	return indefinite;
}
