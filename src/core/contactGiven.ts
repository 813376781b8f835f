import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/**
 * "What's the phone number…", "what is their email", "where's the website": the contact itself asked, its word among
 * the first after "what is" (not "which company designed the website", nor "how many visited the website").
 */
const ASKS_WHAT =
	/^\s*(?:what|where)(?:['’]?s|\s+(?:is|was|are))?\s+(?:(?:the|their|its|his|her|[\p{L}-]+['’]s?)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:phone|telephone|hotline|helpline|contact|e-?mail|website|web|url)\b/iu;

/** A way to reach someone asked for, with what writes it: a phone number, an email address, a website. */
const CONTACTS: readonly { asked: RegExp; written: RegExp }[] = [
	{
		asked:
			/\b(?:phone|telephone|hotline|helpline|contact)\s+(?:number|no)\b|\bnumber\s+(?:to|i\s+can|we\s+can)\s+(?:call|ring|text)\b/iu,
		written: /(?:\+|\b)\d[\d\s().-]{5,}\d\b/u,
	},
	{ asked: /\be-?mail(?:\s+address)?\b/iu, written: /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.\p{L}{2,}/u },
	{
		asked: /\b(?:website|web\s+site|web\s+address|url)\b/iu,
		written: /\bwww\.[^\s,;]+[\p{L}\d/]|https?:\/\/[^\s,;]+[\p{L}\d/]|\b[\p{L}\d-]+\.(?:com|org|net|gov|edu|info)\b/u,
	},
];

/**
 * For a question asking a phone number, an email address or a website, the one the sentence writes ("0800 555 0199" of
 * "call the hotline on 0800 555 0199"); null where it writes none ("whats the phone number for the hotline" of "I found
 * out from my phone"); undefined for other questions.
 *
 * @example
 * contactGiven('whats the phone number for the hotline', 'Call the hotline on 0800 555 0199.')?.text; // '0800 555 0199'
 */
export function contactGiven(question: string, sentence: string): AnswerPhrase | null | undefined {
	if (!ASKS_WHAT.test(question)) return undefined;
	const contact = CONTACTS.find((c) => c.asked.test(question));
	if (!contact) return undefined;
	const found = contact.written.exec(sentence);
	return found ? { text: found[0], start: found.index, end: found.index + found[0].length, typed: true } : null;
}
