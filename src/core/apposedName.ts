import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { NAME } from './questionNames.ts';
import { normaliseWord, STOPWORDS, stem } from './tokenize.ts';

/**
 * A name, a comma, and a description ending where the thing stands: "Solar Impulse, an electric aircraft", "The MV
 * Nordlys Star, a 94-metre ferry", "the Regal Picturehouse, the town's last cinema".
 */
const NAME_APPOSED = new RegExp(
	`(?:^|[^\\p{L}])(?:The\\s+)?(${NAME}),\\s+(?:the|a|an)\\s+(?:[\\p{Ll}\\d.'’-]+\\s+){0,3}$`,
	'u',
);
/** The comma and indefinite article of a description apposed to a name: ", a developer". */
const INDEFINITE_AFTER_COMMA = /,\s+(?:a|an)\s/u;
/** A preposition of place before a name, maybe with capitalised words and a particle between: "From Wijk bij ". */
const PLACE_BEFORE =
	/\b(?:[Ff]rom|[Ii]n|[Aa]t|[Nn]ear|[Tt]o|[Oo]ff|[Oo]utside|[Oo]n|[Bb]y)\s+(?:\p{Lu}[\p{L}'’-]*\s+)*(?:\p{Ll}{1,3}\s+)?$/u;
/** The sentence names the thing outright further on: "is called Kromme Rijn". */
const NAMED_LATER = /\b(?:named|called|dubbed|nicknamed|known\s+as)\s+[“"]?\p{Lu}/u;
const CALENDAR =
	/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Easter|Christmas)\b/u;
/** Words opening a sentence's first phrase that is no name: "Last Tuesday,", "Unlike Google,", "Since Monday,". */
const OPENERS =
	/^(?:Last|Next|This|Since|Unlike|Like|Shortly|Speaking|Asked|Earlier|Later|Despite|Following|After|Before|During|Throughout|Meanwhile|However|Yesterday|Today|Tonight|Under|Until|Without|With|Across|Outside|Inside|Near|Nearly|Around|About|Over|Just)\b/u;
/** How far before the thing its apposed name is looked for, in characters. */
const LOOK_BACK = 120;

/**
 * The name a description of the thing is apposed to ("Destiny Fulfilled, the final studio album", "Solar Impulse, an
 * electric aircraft"), the thing's word standing at `start`; none for a place after its preposition ("From Wijk bij
 * Duurstede, the old north branch"; `placesAside` is the sentence with such places in lowercase), a month, a
 * sentence's first word alone ("However, the album"), the question's own name, or a thing named further on.
 * `filed` is where the sentence starts after a dateline.
 *
 * @example
 * apposedName('Solar Impulse, an electric aircraft, flew on.', sameText, 27, 0, new Set())?.text; // 'Solar Impulse'
 */
export function apposedName(
	sentence: string,
	placesAside: string,
	start: number,
	filed: number,
	questionStems: ReadonlySet<string>,
): AnswerPhrase | undefined {
	if (/^\p{L}*['’]/u.test(sentence.slice(start))) return undefined;
	// Lowercasing may change a text's length ("İstanbul"): offsets then hold only in the sentence itself.
	const aside = placesAside.length === sentence.length ? placesAside : sentence;
	// "came from Harlowe Homes, a developer": a description with "a" or "an" is of the name it follows, even a
	// name after a preposition of place.
	const raw = NAME_APPOSED.exec(sentence.slice(Math.max(0, start - LOOK_BACK), start));
	const described = raw !== null && INDEFINITE_AFTER_COMMA.test(raw[0]);
	const lead = (described ? sentence : aside).slice(Math.max(0, start - LOOK_BACK), start);
	const apposed = described ? raw : NAME_APPOSED.exec(lead);
	const name = apposed?.[1];
	if (!apposed || !name) return undefined;
	const at = start - lead.length + apposed.index + apposed[0].indexOf(name);
	const words = name.split(/\s+/);
	// "Drexel, Morgan & Co., a company": an abbreviation alone is the tail of a longer name.
	if (words.length === 1 && (at - 1 <= filed || name.endsWith('.'))) return undefined;
	if (CALENDAR.test(name) || STOPWORDS.has(words[0]?.toLowerCase() ?? '')) return undefined;
	// In the sentence's opening phrase ("Last Tuesday, the company…", "Speaking with CNN, the company…"), only a name
	// that opens the sentence itself, not a phrase of time or manner.
	const opening = sentence.slice(filed, at);
	const first = opening.trimStart() || name;
	if (!opening.includes(',') && (OPENERS.test(first) || /^\p{Lu}\p{Ll}+(?:ing|ed)\b/u.test(first))) return undefined;
	if (
		(!described && PLACE_BEFORE.test(sentence.slice(Math.max(0, at - 30), at))) ||
		NAMED_LATER.test(sentence.slice(start))
	)
		return undefined;
	if (words.every((w) => questionStems.has(stem(normaliseWord(w))))) return undefined;
	return { text: name, start: at, end: at + name.length, typed: true };
}
