import { IRREGULAR_FORMS } from './vocabulary.ts';

/**
 * "What did the council approve?", "what do the rebels want", "what did the boy eat at the party": the verb the question
 * ends with, after its subject, maybe with a time or place after it.
 */
const WHAT_DID =
	/^\s*(?:[Ss]o\s+|[Aa]nd\s+)?[Ww]hat\s+(?:did|does|do|has|have|had|will|would)\s+(?:\S.*?\s)?(\p{L}+)\s(\p{Ll}+)(?:\s+(?:at|in|on|during|before|after|while|when|last|this|yesterday)\b[^?!.]*)?\s*[?!.]*\s*$/u;
/** Words after which the last word is a noun, not the verb: "what did she say about the election". */
const BEFORE_NOUN =
	/^(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|about|of|on|in|at|for|to|with|from|by)$/i;
/** Endings a verb takes: "approve", "approves", "approved", "approving"; "stop", "stopped". */
const VERB_ENDINGS = ['', 's', 'es', 'd', 'ed', 'ing'];

/** The verb a "What did X <verb>?" question ends with; none for other questions. */
export function askedVerb(question: string): string | undefined {
	const found = WHAT_DID.exec(question);
	return found?.[1] && !BEFORE_NOUN.test(found[1]) ? found[2]?.toLowerCase() : undefined;
}

/**
 * Whether a word is a form of the verb (not a noun made of it): "discussed" and "discusses" are forms of "discuss",
 * "discussions" is not.
 *
 * @example
 * isVerbForm('discuss', 'discussed'); // true
 * isVerbForm('discuss', 'discussions'); // false
 * isVerbForm('send', 'sent'); // true
 */
export function isVerbForm(verb: string, word: string): boolean {
	if (IRREGULAR_FORMS[word] === verb || SHARED_PAST_FORMS[verb]?.includes(word)) return true;
	const bases = [verb, verb.replace(/e$/, ''), verb + verb.slice(-1), verb.replace(/y$/, 'i')];
	return bases.some((base) => word.startsWith(base) && VERB_ENDINGS.includes(word.slice(base.length)));
}

/**
 * Past forms the index leaves unfolded as they are other words too ("found" a company, "left" the side): a question
 * that asks by the verb ("what did the inquiry find") still reads them as its forms.
 */
const SHARED_PAST_FORMS: Readonly<Record<string, readonly string[]>> = {
	find: ['found'],
	leave: ['left'],
	rise: ['rose', 'risen'],
	tell: ['told'],
	say: ['said'],
	bear: ['bore', 'born', 'borne'],
	lie: ['lay', 'lain'],
	wind: ['wound'],
	grind: ['ground'],
};

/**
 * For "What did X <verb>?": whether a sentence uses only nouns made of the verb ("the discussions between them")
 * where another sentence may use the verb itself and give what was done ("they discussed a halt"). False when the
 * sentence uses the verb, or nothing made of it (a synonym may stand instead).
 */
export function verbOnlyAsNoun(
	verb: string,
	words: readonly { word: string; stem: string }[],
	verbStem: string,
): boolean {
	const made = words.filter((w) => w.stem === verbStem);
	return made.length > 0 && !made.some((w) => isVerbForm(verb, w.word));
}
