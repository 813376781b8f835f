import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { STOPWORDS, stem } from './tokenize.ts';

/**
 * Words that tell one kind of a thing from its others, in classes of rivals: a question that asks of "white wine"
 * is not answered by a figure of "red wine", nor "the eastern districts" by "the central district".
 */
const CLASSES: readonly (readonly string[])[] = [
	['white', 'red', 'rosé', 'rose', 'sparkling'],
	['east', 'west', 'north', 'south', 'central'],
	["men's", "women's", 'male', 'female', 'boys', 'girls', "boys'", "girls'"],
	['domestic', 'foreign', 'international'],
	['junior', 'senior'],
	['public', 'private'],
	['full-time', 'part-time'],
	['permanent', 'temporary'],
	['urban', 'rural'],
	['half', 'full'],
	['northbound', 'southbound', 'eastbound', 'westbound'],
	['indoor', 'outdoor'],
	['upper', 'lower'],
];
const CLASS_OF = new Map(CLASSES.flatMap((words, k) => words.map((word) => [word, k] as const)));
/** How many words before the noun a rival qualifier may stand: "central Kestrel district". */
const REACH = 2;

/**
 * Whether the question asks of one kind of a thing ("the eastern districts", "white wine", "the women's race") and
 * the sentence speaks of the thing only as another of the same class ("the central Kestrel district", "red wine",
 * "the men's race"), never naming the kind asked.
 *
 * @example
 * otherQualifier('how many bottles of white wine are made', 'It makes 38 million bottles, most of it red wine.'); // true
 */
export function otherQualifier(question: string, sentence: string): boolean {
	const asked = words(question);
	if (!asked.some((word) => CLASS_OF.has(word))) return false;
	// A sentence past the limit is read up to it, so the work a question does stays bounded.
	const told = words(sentence.length > SENTENCE_LIMITS.chars ? sentence.slice(0, SENTENCE_LIMITS.chars) : sentence);
	for (let i = 0; i + 1 < asked.length; i++) {
		const qualifier = asked[i] ?? '';
		const k = CLASS_OF.get(qualifier);
		if (k === undefined || told.includes(qualifier)) continue;
		const noun = stem(asked[i + 1] ?? '');
		for (let j = 0; j < told.length; j++) {
			if (stem(told[j] ?? '') !== noun) continue;
			const before = told.slice(Math.max(0, j - REACH), j);
			if (before.some((word) => word !== qualifier && CLASS_OF.get(word) === k)) return true;
		}
	}
	return false;
}

/** The words of a text, lowercase, a direction's adjective read as the direction ("southern" as "south"). */
function words(text: string): string[] {
	const found =
		text
			.toLowerCase()
			.replace(/’/g, "'")
			.match(/[\p{L}'-]+/gu) ?? [];
	return found.map((word) => word.replace(/^(east|west|north|south)ern$/u, '$1'));
}

/** A thing and what it is about: "complaints about noise", "a row over pay", "talks concerning the border". */
const ABOUT = /([\p{L}-]+)\s+(?:about|over|regarding|concerning)\s+(?:(?:the|a|an|its|their)\s+)?([\p{L}-]+)/gu;

/**
 * Whether the question asks of a thing about one matter ("complaints about noise") and the sentence writes the thing
 * only about another ("7,960 complaints about damp and mould"), never naming the matter asked.
 *
 * @example
 * otherMatter('how many complaints about noise were made', 'It received 7,960 complaints about damp.'); // true
 */
export function otherMatter(question: string, sentence: string): boolean {
	const told = sentence.length > SENTENCE_LIMITS.chars ? sentence.slice(0, SENTENCE_LIMITS.chars) : sentence;
	const toldStems = new Set(words(told).map(stem));
	for (const [, thing = '', matter = ''] of question.toLowerCase().matchAll(ABOUT)) {
		if (STOPWORDS.has(matter) || toldStems.has(stem(matter))) continue;
		for (const [, other = '', otherMatter = ''] of told.toLowerCase().matchAll(ABOUT))
			if (stem(other) === stem(thing) && !STOPWORDS.has(otherMatter)) return true;
	}
	return false;
}
