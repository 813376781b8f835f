import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** Words for one's kin, each with the words a report may write for the same one ("kid" of "son"). */
const KIN: readonly (readonly string[])[] = [
	['kid', 'kids', 'child', 'children', 'son', 'sons', 'daughter', 'daughters', 'boy', 'girl', 'baby', 'toddler'],
	['son', 'boy', 'kid', 'child'],
	['daughter', 'girl', 'kid', 'child'],
	['wife', 'spouse', 'partner'],
	['husband', 'spouse', 'partner'],
	['mother', 'mum', 'mom'],
	['father', 'dad'],
	['brother'],
	['sister'],
	['grandson', 'grandchild'],
	['granddaughter', 'grandchild'],
	['grandmother', 'grandma', 'granny', 'gran', 'grandparent'],
	['grandfather', 'grandad', 'granddad', 'grandpa', 'grandparent'],
	['uncle'],
	['aunt', 'auntie'],
	['nephew'],
	['niece'],
	['cousin'],
];

/** The words a report may write for the kin `word` names ("mom": mother, mum, mom); undefined for no kin word. */
/** Whether a word is one for one's kin: "wife", "mom", "sons". */
export function isKin(word: string): boolean {
	return kinFamily(word.toLowerCase()) !== undefined;
}

function kinFamily(word: string): readonly string[] | undefined {
	return KIN.find((family) => family[0] === word || `${family[0]}s` === word) ?? KIN.find((f) => f.includes(word));
}

/**
 * Whether `thing` is a word for one's kin that the sentence never writes in any of its words ("What is the name of
 * Sunita Patel's son?" of "Neighbour Sunita Patel, 61, said she heard shouting"): no such kin is named there.
 *
 * @example
 * kinUnwritten('mom', 'Her mother, Ana, drove her.'); // false
 * kinUnwritten('son', 'Sunita Patel, 61, heard shouting.'); // true
 */
export function kinUnwritten(thing: string, sentence: string): boolean {
	const words = kinFamily(thing.toLowerCase());
	return words !== undefined && !new RegExp(`\\b(?:${words.join('|')})s?\\b`, 'iu').test(sentence);
}
/** "how old is lorna teague's kid": the kin asked after an owner's name. */
const ASKS_KIN = /\b(?:how\s+old|what\s+age)\b.*?[\p{L}-]+['’]s?\s+(\p{Ll}+)\s*[?!.]*$/iu;

/**
 * For "How old is X's kid?", the age a sentence writes before X's kin ("Lorna Teague, whose 8-year-old son Callum
 * spent the night in hospital"); undefined when the question asks of no kin or the sentence gives no such age.
 *
 * @example
 * kinAge("how old is teague's kid", 'Lorna Teague, whose 8-year-old son Callum was hurt.')?.text; // '8-year-old'
 */
export function kinAge(question: string, sentence: string): AnswerPhrase | undefined {
	const asked = ASKS_KIN.exec(question)?.[1]?.toLowerCase();
	// "dad" is looked for as "father" too: its own family first, else the one it belongs to.
	const words = asked ? kinFamily(asked) : undefined;
	if (!words) return undefined;
	const kin = new RegExp(
		`\\b(?:whose|his|her|their)\\s+(\\d{1,2}-(?:year|month|week)-old)\\s+(?:${words.join('|')})\\b`,
		'iu',
	).exec(sentence);
	if (!kin?.[1]) return undefined;
	const start = kin.index + kin[0].indexOf(kin[1]);
	return { text: kin[1], start, end: start + kin[1].length, typed: true };
}
