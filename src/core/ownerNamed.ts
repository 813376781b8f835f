import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** "Who owns the Regal?", "which company runs the wind farm", "who operates the ferry": an owner or operator asked. */
const OWNER_ASKED =
	/^\s*(?:who|which\s+(?:[\p{L}-]+\s+)?(?:company|firm|group|business|body|organi[sz]ation|operator|council|authority))\s+(?:owns|owned|runs|ran|operates|operated|manages|managed)\b/iu;
/** "Who owned the plough before?": an earlier owner, whom a sentence of the owner now does not name. */
const EARLIER_OWNER = /\b(?:before|previously|originally|formerly|used\s+to|at\s+the\s+time)\b/iu;
/** Words before the name that make it the owner or operator: "owned by", "run by the", "Its owner, ". */
const OWNER_BEFORE =
	/\b(?:(?:majority|wholly|jointly|privately|family)[\s-])?(?:owned|run|operated|managed)\s+by\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}$|\b(?:owner|owners|operator|operators)\s*,?\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** Words after the name that make it the owner or operator: ", which has run the wind farm", " owns the". */
const OWNER_AFTER =
	/^\s*(?:,\s*which\s+(?:has\s+|had\s+)?)?(?:owns|owned|runs|ran|run|operates|operated|manages|managed)\b/iu;

/**
 * Whether an owner or operator is asked ("who owns the Regal") and the sentence writes the name as that, the very fact
 * asked ("The cinema is owned by Lantern Screen Holdings", "The plant's owner, Tallis Energy, said"): the learned
 * model, which reads no such words, is short of this evidence (see ShortAnswer.matched).
 *
 * @example
 * ownerNamed('who owns the regal', 'The cinema is owned by Lantern Screen Holdings.', phrase); // true
 */
export function ownerNamed(question: string, sentence: string, phrase: AnswerPhrase): boolean {
	if (!phrase.typed || !OWNER_ASKED.test(question) || EARLIER_OWNER.test(question)) return false;
	return (
		OWNER_BEFORE.test(sentence.slice(Math.max(0, phrase.start - 40), phrase.start)) ||
		OWNER_AFTER.test(sentence.slice(phrase.end, phrase.end + 40))
	);
}
