import { describesPerson } from './findTitle.ts';
import { datelineEnd } from './pickClause.ts';

/** Someone known by their tie to another, whose name a question may ask: "wife", "dog", "the elderly man". */
const RELATION =
	/^(?:wife|husband|partner|spouse|son|daughter|mother|father|brother|sister|child|children|baby|twins?|dog|cat|horse|pet|man|woman|boy|girl|friend|neighbou?r|colleague|passenger|victims?|pilot|driver|suspects?|whistleblower|witness|cubs?|calf|calves|chicks?)$/iu;
/** Capitalised words no name is told by: the calendar's, and words that open a clause. */
const NOT_NAMES =
	/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|He|She|It|They|We|I|But|And|In|On|At|After|Before|When|While|If|As|Its|His|Her|Their|This|That|Police|Officials)$/u;
/** A capitalised word: "Linfield", "O'Neill", "Mid-Atlantic". */
const CAPITALISED = /(?<![\p{L}'’])\p{Lu}[\p{L}'’-]*/gu;

/**
 * Whether a sentence a "what is the name of X" question found writes no name the question does not: no capitalised
 * word but the question's own (a calendar word, a clause's opening word and the dateline aside) — "A similar disaster
 * in 2017 killed 52 people when an overloaded vessel sank" for "the ferry that sank in 2017" — or, for someone known
 * by their tie to another ("Daniel Okafor's wife", "the elderly man Lopez helped"), no person (`people`, as the
 * entity reader found them) but those the question names.
 *
 * @example
 * nameUnwritten('what is the name of okafor's wife', 'wife', '"It came like a wall," said Daniel Okafor, 37, who was camping with his wife.', ['Daniel Okafor']); // true
 */
export function nameUnwritten(question: string, thing: string, sentence: string, people: readonly string[]): boolean {
	const asked = question.toLowerCase();
	const unasked = (word: string) => !asked.includes(word.toLowerCase().replace(/['’]s$/u, ''));
	const words = [...sentence.slice(datelineEnd(sentence)).matchAll(CAPITALISED)].map((m) => m[0]);
	if (!words.some((word) => !NOT_NAMES.test(word) && unasked(word))) return true;
	if (!(RELATION.test(thing) || personNoun(thing))) return false;
	return people.every((person) => person.split(/\s+/).every((word) => !unasked(word)));
}

/** A noun for a person, or a compound that ends in one ("ringleader"). */
function personNoun(thing: string): boolean {
	for (let at = 0; at <= thing.length - 4; at++) if (describesPerson(thing.slice(at))) return true;
	return false;
}
