/** "What did the woman die of?", "how did Colin Fairbrother die", "what killed him": the cause of a death asked. */
const CAUSE_ASKED =
	/^\s*(?:what\s+(?:did|does|had)\s+.+?\s+die\s+(?:of|from)|how\s+(?:did|does|had)\s+.+?\s+(?:die|died)|what\s+killed|what\s+(?:was|is)\s+(?:the|his|her|their)\s+cause\s+of\s+death)\b/iu;
/**
 * Words that tell how someone died: "died of", "died after", "died in a crash", "died on Saturday when floodwater…",
 * "was killed", an illness, an injury or an accident; "died in 2021" or "when she died" tell only when.
 */
const CAUSE_TOLD =
	/\b(?:(?:died|dies|dying|death|deaths)\s+(?:of|from|after|following|in\s+(?:a|an|the)\s)|(?:died|dies)\b[^.;]{0,40}?\b(?:when|as|after|while)\b|killed|illness|disease|cancer|heart|stroke|infection|pneumonia|crash\w*|accident\w*|overdose|poison\w*|injur\w*|wounds?|complications?|drown\w*|suicide|shot|stabbed|murder\w*|fell|fall|fire|peacefully|sleep|natural\s+causes)\b/iu;

/**
 * Whether a question asks what someone died of of a sentence that tells no cause of death (only when: "who died in
 * 2021"): another sentence may tell it.
 *
 * @example
 * deathCauseUnsaid('how did colin fairbrother die', 'Colin Fairbrother, who died in 2021, ran the firm.'); // true
 */
export function deathCauseUnsaid(question: string, sentence: string): boolean {
	return CAUSE_ASKED.test(question) && !CAUSE_TOLD.test(sentence);
}
