import { NATIONALITY } from './mentionPatterns.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/**
 * "What language were the songs written in?", "what religion was his family", "what nationality is Ruiz": a language,
 * a faith or a nationality asked.
 */
const ASKS = /^\s*(?:in\s+)?(?:what|which)\s+(language|tongue|religion|faith|nationality|citizenship)s?\b/iu;
/** "What is Ruiz's nationality?", "whats pike's nationality": a person's nationality asked after the name. */
const ASKS_OWNED = /^\s*(?:what|which)(?:['’]?s|\s+(?:is|was|are|were))\s+.+?['’]s?\s+(nationality|citizenship)\b/iu;
/** Languages whose names end otherwise than a people's word: "Latin", "Greek", "Catalan", "Swahili". */
const LANGUAGES =
	/^(?:Latin|Greek|Catalan|Swahili|Hebrew|Arabic|Hindi|Urdu|Bengali|Tamil|Dutch|French|Thai|Basque|Welsh|Gaelic|Sanskrit|Persian|Farsi|Yiddish|Esperanto|Mandarin|Cantonese|Zulu|Xhosa|Maori|Inuktitut|Quechua|Tagalog|Malay|Czech|Slovak|Greenlandic|Romansh|Occitan|Frisian)$/u;
/** Faiths and their followers' words, with a branch before them: "Orthodox Jewish", "Sunni Muslim". */
const FAITH =
	/\b(?:(?:Orthodox|Reform|Conservative|Sunni|Shia|Shiite|Roman|Evangelical|Coptic|Anglican|Lutheran|Methodist|Tibetan|Zen)\s+)?(?:Jewish|Jew|Judaism|Muslim|Islam|Islamic|Christian|Christianity|Catholic|Catholicism|Protestant|Protestantism|Hindu|Hinduism|Buddhist|Buddhism|Sikh|Sikhism|Orthodox|Anglican|Lutheran|Methodist|Baptist|Mormon|Shinto|Taoist|Taoism|Zoroastrian|Jain|Bahá'í|Baha'i)\b/u;

/** FAITH read once, from a string's start. */
const FAITH_ONCE = new RegExp(FAITH.source, 'u');

/** Whether a word or two name a faith or its followers ("Lutheran", "Sunni Muslim"): no place, no person. */
export function namesFaith(text: string): boolean {
	const found = FAITH_ONCE.exec(text);
	return found?.index === 0 && found[0].length === text.length;
}

/** Whether a question asks for a language, a faith or a nationality, and which. */
export function askedLanguage(question: string): 'language' | 'faith' | 'nationality' | undefined {
	const asked = (ASKS.exec(question) ?? ASKS_OWNED.exec(question))?.[1]?.toLowerCase();
	if (!asked) return undefined;
	if (asked === 'nationality' || asked === 'citizenship') return 'nationality';
	return asked === 'language' || asked === 'tongue' ? 'language' : 'faith';
}

/**
 * The language, faith or nationality the sentence names that the question does not: "Polish" in "songs to Polish
 * lyrics" for "What language were the songs written in?", "Orthodox Jewish" in "born to an Orthodox Jewish family",
 * "Colombian" in "the 24-year-old Colombian Ana Ruiz" for "What nationality is Ruiz?"; none when the sentence names
 * none.
 *
 * @example
 * languageIn('faith', 'He was born to an Orthodox Jewish family.', 'what religion was his family')?.text; // 'Orthodox Jewish'
 */
export function languageIn(
	kind: 'language' | 'faith' | 'nationality',
	quote: string,
	question: string,
): AnswerPhrase | undefined {
	const asked = new Set(question.toLowerCase().match(/\p{L}+/gu) ?? []);
	const found =
		kind === 'faith'
			? [...quote.matchAll(new RegExp(FAITH.source, 'gu'))]
			: [...quote.matchAll(/(?<![\p{L}])\p{Lu}\p{Ll}{2,}(?![\p{L}])/gu)].filter(
					(m) => (kind === 'language' && LANGUAGES.test(m[0])) || NATIONALITY.test(m[0]),
				);
	const named = found.find((m) => !m[0].split(/\s+/).some((w) => asked.has(w.toLowerCase())));
	if (!named) return undefined;
	const start = named.index ?? 0;
	return { text: named[0], start, end: start + named[0].length, typed: true };
}
