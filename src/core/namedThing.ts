import type { Mention } from './findMentions.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** "Which film won…", "what award did she get…": a named thing of a kind asked. */
const WHICH_THING = /^\s*(?:what|which)\s+([\p{L}-]+)\b/iu;
/** Kinds whose names are titles in quotation marks: "The Salt Road". */
const WORKS = new Set(['film', 'movie', 'book', 'novel', 'album', 'song', 'play', 'painting', 'opera', 'documentary']);
/** Kinds a name says by its own last word: "University of Aberdeen", "Ostrander Medal", "Royal Cornwall Hospital". */
const NAME_WORDS: Readonly<Record<string, RegExp>> = {
	award: /\b(?:Award|Prize|Medal|Trophy|Cup)\b/u,
	prize: /\b(?:Award|Prize|Medal|Trophy)\b/u,
	medal: /\b(?:Medal|Cross|Star)\b/u,
	trophy: /\b(?:Trophy|Cup|Award)\b/u,
	university: /\bUniversity\b/u,
	hospital: /\b(?:Hospital|Infirmary|Clinic|Medical Center|Medical Centre)\b/u,
	school: /\b(?:School|Academy|College)\b/u,
	hotel: /\bHotel\b/u,
	bank: /\bBank\b/u,
	party: /\bParty\b/u,
};
/** Kinds named right after their own noun: "British rock band The Silver Arches", "the hospital St Anne's". */
const NAMED_AFTER = new Set([
	'band',
	'ship',
	'boat',
	'vessel',
	'ferry',
	'trawler',
	'yacht',
	'tanker',
	'hospital',
	'award',
	'prize',
]);
/** Kinds of vessel, named in apposition or right after their noun: "the bulk carrier Arden Falcon", "a vessel, the Lindholm". */
const VESSELS = new Set(['ship', 'boat', 'vessel', 'ferry', 'trawler', 'yacht', 'tanker']);
const VESSEL_NOUN =
	/\b(?:ship|boat|vessel|ferry|trawler|yacht|tanker|carrier|freighter|liner|cutter)\s*,?\s+(?:the\s+)?$/iu;
/** A medal by its metal: "bronze medal", "Olympic silver". */
const MEDAL = /\b(?:gold|silver|bronze)\s+medal\b|\bOlympic\s+(?:gold|silver|bronze)\b/iu;
/** The longest title read as a work's name, in words. */
const TITLE_WORDS = 8;

/**
 * For "Which film won the Golden Lion?", "what award did she get in 2004?", "which ship picked up the crew?", the
 * name of the kind asked that the sentence writes: a title in quotation marks for a work, a name whose own words say
 * the kind ("Ostrander Medal", "University of Aberdeen"), a name right after the kind's noun ("band The Silver
 * Arches"), a vessel's name after its noun, a medal by its metal; undefined when the question asks no such kind or the sentence names none.
 *
 * @example
 * namedThing('what award did she get', 'She was awarded the Ostrander Medal.', mentions)?.text; // 'Ostrander Medal'
 */
export function namedThing(question: string, sentence: string, mentions: readonly Mention[]): AnswerPhrase | undefined {
	const noun = WHICH_THING.exec(question)?.[1]?.toLowerCase().replace(/s$/u, '');
	if (!noun) return undefined;
	const phrase = (m: Mention): AnswerPhrase => ({
		text: m.type === 'quote' ? m.text.replace(/[,.]$/u, '') : m.text,
		start: m.start,
		end: m.end,
		typed: true,
	});
	const asked = (m: Mention) => !question.toLowerCase().includes(m.text.toLowerCase());
	if (WORKS.has(noun)) {
		const title = mentions.find((m) => m.type === 'quote' && m.text.split(/\s+/).length <= TITLE_WORDS && asked(m));
		return title ? phrase(title) : undefined;
	}
	const names = mentions.filter((m) => m.type === 'name' && asked(m));
	// "British rock band The Silver Arches", "the charity's bronze medal": the kind's own noun before the name, or a
	// medal by its metal.
	const after = new RegExp(`\\b${noun}s?\\s*,?\\s+(?:the\\s+)?$`, 'iu');
	const named = NAMED_AFTER.has(noun)
		? names.find((m) => after.test(sentence.slice(Math.max(0, m.start - 24), m.start)))
		: undefined;
	if (named) return phrase(named);
	const metal = noun === 'medal' ? MEDAL.exec(sentence) : null;
	if (metal) return { text: metal[0], start: metal.index, end: metal.index + metal[0].length, typed: true };
	const words = NAME_WORDS[noun];
	const worded = words ? names.find((m) => words.test(m.text)) : undefined;
	// "Economist Omar Haddad of Northfield Bank": the body after "of" when it is the part that says the kind.
	const tail = worded ? / of (?!.* of )(.+)$/u.exec(worded.text) : null;
	if (worded && tail?.[1] && words?.test(tail[1])) {
		const start = worded.start + worded.text.length - tail[1].length;
		return { text: tail[1], start, end: worded.end, typed: true };
	}
	if (worded) return phrase(worded);
	if (VESSELS.has(noun)) {
		const vessel = names.find((m) => VESSEL_NOUN.test(sentence.slice(Math.max(0, m.start - 24), m.start)));
		if (vessel) return phrase(vessel);
	}
	return undefined;
}
