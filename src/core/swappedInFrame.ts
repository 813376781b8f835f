import { editDistance } from './correctTypos.ts';
import { NUMBER_WORDS } from './mentionPatterns.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { STOPWORDS, type Token, tokenize } from './tokenize.ts';
import { ROLE_WORDS } from './vocabulary.ts';

const CARDINALS =
	/^(?:\d[\d.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen)$/;
/** Words longer than this are never taken for a misspelling of another (the edit distance grows with their squares). */
const LONGEST_MISSPELT = 30;

/** "3" and "three", "30" and "thirty", "12" and "dozen" are one number. */
function sameNumber(a: string, b: string): boolean {
	const value = (word: string) => (/^\d/.test(word) ? Number(word) : (NUMBER_WORDS[word] ?? -1));
	return value(a) >= 0 && value(a) === value(b);
}
const ORDINALS =
	/^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)$/;
const MONTHS = /^(?:january|february|march|april|maymonth|june|july|august|september|october|november|december)$/;
const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** The points of the compass, as nouns and adjectives: "the eastern half" is not "the northern half". */
const COMPASS =
	/^(?:north|south|east|west|northern|southern|eastern|western|north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?)$/;
const CLOSED_CLASSES = [CARDINALS, ORDINALS, MONTHS, WEEKDAYS, COMPASS];

/** A point of the compass as its bare direction: "northern" → "north", "north-eastern" → "northeast". */
function direction(word: string): string {
	return word.replace(/-/g, '').replace(/(?:ern)$/, '');
}

/** Words of direction or order and their contraries: "fled from southern Italy" against "fled to southern Italy". */
const OPPOSED: Readonly<Record<string, readonly string[]>> = {
	from: ['to', 'into'],
	to: ['from'],
	into: ['from'],
	before: ['after', 'since'],
	after: ['before', 'until'],
	until: ['after', 'since'],
	since: ['until', 'before'],
	above: ['below', 'under'],
	below: ['above', 'over'],
	inside: ['outside'],
	outside: ['inside'],
	upstream: ['downstream'],
	downstream: ['upstream'],
	more: ['less', 'fewer'],
	less: ['more'],
	fewer: ['more'],
};

/** Whether a token is a word written with a capital where it stands (not the text's first word). */
function capitalised(token: Token, text: string): boolean {
	return token.start > 0 && /\p{Lu}/u.test(text[token.start] ?? '');
}

/** One word written for the other: at most one edit apart, two in words of seven letters or more. */
function misspelt(a: string, b: string): boolean {
	if (Math.abs(a.length - b.length) > 2 || Math.max(a.length, b.length) > LONGEST_MISSPELT) return false;
	return editDistance(a, b) <= (Math.min(a.length, b.length) >= 7 ? 2 : 1);
}

/**
 * "the Hargesian culture" of "the Doian culture and the Hargeisan culture", "Hun" of "Hunnic": the name asked is in the
 * sentence, misspelt or made a word of.
 */
function namedAnyway(asked: Token, question: string, said: readonly Token[]): boolean {
	if (!capitalised(asked, question)) return false;
	return said.some((t) => misspelt(asked.word, t.word) || (asked.word.length >= 3 && t.word.startsWith(asked.word)));
}

function isTitle(token: Token, text: string): boolean {
	return ROLE_WORDS.has(text.slice(token.start, token.end));
}

/** "St" and "Saint" are one word of a name. */
const SAINT = /^(?:st|saint|ste|sainte)$/;

/**
 * "Frédéric" for "Chopin" in a report writing "Frédéric Chopin", "Chinese" for "China", "Archaemenid" for
 * "Achaemenid", "St" for "Saint": one name for the other. `folded` gives the report lowercased, without accents.
 */
function sameName(a: string, b: string, folded: () => string): boolean {
	if (a.slice(0, 4) === b.slice(0, 4) || misspelt(a, b) || (SAINT.test(a) && SAINT.test(b))) return true;
	return folded().includes(`${a} ${b}`) || folded().includes(`${b} ${a}`);
}

/** Whether `given` (in the sentence) stands where `asked` (in the question) does as another of its kind. */
function anotherOfItsKind(asked: Token, given: Token, question: string, quote: string, folded: () => string): boolean {
	const opposed = OPPOSED[asked.word];
	if (opposed) return opposed.includes(given.word);
	if (given.stem === asked.stem || STOPWORDS.has(given.word)) return false;
	if (sameNumber(asked.word, given.word)) return false;
	// "north Wales" and "northern Wales", "north-east" and "northeast" are one direction.
	if (COMPASS.test(asked.word) && COMPASS.test(given.word)) return direction(asked.word) !== direction(given.word);
	for (const kind of CLOSED_CLASSES) if (kind.test(asked.word)) return kind.test(given.word);
	if (given.word === `un${asked.word}` || asked.word === `un${given.word}`) return true;
	// "the Provincial Ministers" against "the Chief Minister": a title, not a name.
	if (isTitle(asked, question) || isTitle(given, quote)) return false;
	return capitalised(asked, question) && capitalised(given, quote) && !sameName(asked.word, given.word, folded);
}

/**
 * The word of the question that the sentence swaps for another of its kind in the very words around it, as SQuAD
 * 2.0's writers made questions without an answer: a number ("over one hundred extras" against "over fifteen hundred
 * extras"), a month, weekday or point of the compass, a name ("filmed in Mexico holds" against "filmed in Morocco holds"; not a title), or
 * the word made its own negative ("used" against "unused"), or a direction turned round ("fled from" against "fled
 * to", "born before 1980" against "born after 1980"); other words, which a sentence may say in its own words,
 * are left alone. Both the words on either side must stand in the sentence around the other word, one of them no
 * stopword; a name the report writes beside the other ("Frédéric Chopin") is the same one. Undefined when there is
 * none. `tokens` are the quote's, when already made; only those within the sentence limits are read. `foldedText`
 * gives the report lowercased without accents, when kept already.
 *
 * @example
 * swappedInFrame('In the first eight days it grossed how much?', 'In its first seven days it grossed £41.7 million.', () => '');
 * // { asked: 'eight', given: 'seven' }
 */
export function swappedInFrame(
	question: string,
	quote: string,
	report: () => string,
	tokens: readonly Token[] = tokenize(quote),
	foldedText?: () => string,
): { asked: string; given: string } | undefined {
	let folded: string | undefined;
	const foldedReport =
		foldedText ??
		(() => {
			folded ??= report().normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
			return folded;
		});
	const asked = tokenize(question.slice(0, SENTENCE_LIMITS.chars));
	let end = Math.min(tokens.length, SENTENCE_LIMITS.tokens);
	while (end > 0 && (tokens[end - 1]?.start ?? 0) >= SENTENCE_LIMITS.chars) end--;
	const said = end < tokens.length ? tokens.slice(0, end) : tokens;
	const stems = new Set(said.map((t) => t.stem));
	for (let i = 1; i < asked.length - 1; i++) {
		const word = asked[i] as Token;
		const left = asked[i - 1] as Token;
		const right = asked[i + 1] as Token;
		if (stems.has(word.stem) || (STOPWORDS.has(word.word) && !OPPOSED[word.word])) continue;
		if (STOPWORDS.has(left.word) && STOPWORDS.has(right.word)) continue;
		let named: boolean | undefined;
		for (let j = 0; j + 2 < said.length; j++) {
			const given = said[j + 1] as Token;
			if (said[j]?.stem !== left.stem || said[j + 2]?.stem !== right.stem) continue;
			if (!anotherOfItsKind(word, given, question, quote, foldedReport)) continue;
			named ??= namedAnyway(word, question, said);
			if (named) break;
			return { asked: word.word, given: given.word };
		}
	}
	return undefined;
}
