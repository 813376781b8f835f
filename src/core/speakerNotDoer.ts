import { NOT_DEEDS, WHO_ACTIVE } from './askedPatient.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { synonymStems } from './synonymStems.ts';
import { contentStems, stem, type Token } from './tokenize.ts';

/** Verbs of saying: their subject tells of a deed, it need not have done it. */
const SAYING = /^(?:says|said|told|tells|added|adds|explained|confirmed|announced|warned|insisted|stated|claimed)$/u;
/**
 * The name's descriptions in commas (", 71,", ", who first rowed at the club in 1966,", ", the club's chair,"), then its
 * verb of saying and the first word of what it said: "… said | the boathouse had been insured".
 */
const SAYS_AFTER =
	/^(?:,\s+(?:\d{1,3}|(?:who|the|a|an|his|her|its|their)\s[^,;:“”"—–]{1,80}))?(?:,\s+(?:\d{1,3}|(?:who|the|a|an|his|her|its|their)\s[^,;:“”"—–]{1,80}))?,?\s+(?:says|said|told\s+(?:reporters|journalists|\p{Ll}+ers))\s+(?:that\s+)?([\p{L}’']+)/u;
/** What was said opening on its doer and the deed: "the city | had ordered", "Harlow Homes | bought". */
const SUBJECT_DOING =
	/^((?:(?:the|its|their|his|her)\s+(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+|(?:\p{Lu}[\p{L}’'&-]*\s+){0,3}\p{Lu}[\p{L}’'&-]*))\s+(?:(?:had|has|have|would|will|did)\s+)?(?:(?:already|also|now|recently|then)\s+)?(\p{Ll}+)\b/u;
/** The agent named after a passive: " by the parish church", " by Corran Freight Holdings". */
const BY_AGENT =
	/^\s+by\s+((?:the|a|an|its|their|his|her)\s+(?:(?!(?:in|on|at|for|with|and|or|after|before|since|from|to|of|which|who|that|until|when)\b)[\p{L}’'-]+(?:\s+|(?=[.,;:!?]|$))){1,4}|(?:\p{Lu}[\p{L}’'&-]*\s+){0,3}\p{Lu}[\p{L}’'&-]*)/u;
/** A first word that makes the speaker the doer of what they said: "said she had bought it". */
const SELF = /^(?:he|she|i|we|they|it)$/iu;

/**
 * Whether the name picked for "Who <did> X?" only says that X was done, by someone else or by nobody named: true for
 * "Council leader Denise Oyelaran said the local authority had looked at buying the arena" ("who bought the arena"),
 * "Club president Geoffrey Marchbanks … said the boathouse had been insured" ("who insures the boathouse"); the doer
 * where what was said opens on it and the deed ("said the city had ordered an independent safety audit": "the city").
 * False where what they said opens on themselves ("said she had bought it"), or misses the deed or what it was done to.
 *
 * @example
 * speakerNotDoer('who bought the arena', 'Ann Lee said the council had looked at buying the arena.', tokens, annLee); // true
 * speakerNotDoer('who bought the arena', 'Ann Lee said the council bought the arena.', tokens, annLee); // { text: 'the council', … }
 */
export function speakerNotDoer(
	question: string,
	sentence: string,
	tokens: readonly Token[],
	picked: AnswerPhrase,
): AnswerPhrase | boolean {
	const verb = WHO_ACTIVE.exec(question.toLowerCase())?.[1];
	if (!verb || NOT_DEEDS.test(verb) || SAYING.test(verb)) return false;
	const says = SAYS_AFTER.exec(sentence.slice(picked.end, picked.end + 300));
	if (!says?.[1] || SELF.test(says[1])) return false;
	const from = picked.end + says.index + says[0].length - says[1].length;
	const wanted = new Set([stem(verb), ...synonymStems(stem(verb))]);
	// What was done to: "the arena" of "who bought the arena", written in what was said too ("head to head" is no deed).
	const object = new Set(contentStems(question.slice(question.toLowerCase().indexOf(verb) + verb.length)));
	const said = tokens.slice(0, SENTENCE_LIMITS.tokens).filter((token) => token.start >= from);
	if (!said.some((token) => wanted.has(token.stem)) || (object.size > 0 && !said.some((t) => object.has(t.stem))))
		return false;
	// "…said the company had chosen the site, which is on land owned by the parish church": the agent of the deed.
	for (const token of said) {
		const agent = wanted.has(token.stem) ? BY_AGENT.exec(sentence.slice(token.end, token.end + 80)) : null;
		const text = agent?.[1]?.trimEnd();
		if (agent && text) {
			const start = token.end + agent[0].indexOf(text);
			return { text, start, end: start + text.length, typed: true };
		}
	}
	const subject = SUBJECT_DOING.exec(sentence.slice(from, from + 120));
	const at = subject?.[2] ? from + subject[0].length - subject[2].length : -1;
	const deed = said.find((t) => t.start === at);
	if (!subject?.[1] || !deed || !wanted.has(deed.stem)) return true;
	return { text: subject[1], start: from, end: from + subject[1].length, typed: true };
}
