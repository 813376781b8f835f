/** Tuning of the matcher. Defaults were chosen on SQuAD 2.0 articles (see README), never on one report's questions. */
export interface MatchOptions {
	/** BM25 term-frequency saturation. */
	k1: number;
	/** BM25 length normalisation. */
	b: number;
	/** Weight of the surrounding paragraph's BM25 score in a sentence's score. */
	paragraphWeight: number;
	/** How much a report's share of the question's words scales its sentences' scores, 0..1. */
	reportWeight: number;
	/** Weight of a question word the reports never use (chat, a typo left uncorrected), relative to its idf. */
	unknownWordWeight: number;
	/** Weight of a synonym of a question word, relative to the word itself. */
	synonymWeight: number;
	/** Score bonus (fraction) for a sentence that holds the kind of thing the question asks for. */
	typeBonus: number;
	/** Score bonus (fraction) for each pair of the question's words that stands side by side in a sentence. */
	phraseBonus: number;
	/**
	 * Below this confidence the question is declined. With a learned model the confidence is the estimated chance
	 * that the answer is right, and the floor defaults to the one the model was trained for (see createFactdesk).
	 */
	minConfidence: number;
	/**
	 * A question is declined as off-topic when fewer than this share of its content words occur anywhere in the
	 * reports, or when none occurs in the answer's paragraph (see offTopic).
	 */
	minKnownShare: number;
	/** How many of the best BM25 sentences are re-ranked (by the bonuses, or by the learned model). */
	rerankDepth: number;
	/** Affinity (0..1) a report gains when the question names a word of its title. */
	titleBonus: number;
	/** Hand-tuned confidence: the share of it that comes from the sentence's own coverage (the rest: its paragraph's). */
	sentenceCoverageShare: number;
	/** Hand-tuned confidence is multiplied by this when the kind of answer asked for (a number, a date…) is missing. */
	missingKindFactor: number;
	/** … by this for each capitalised question word the reports never use (a name they do not know). */
	unknownNameFactor: number;
	/** … by this for each number in the question the reports never use. */
	unknownNumberFactor: number;
	/** … by this when the question names things the reports use, but not in this paragraph. */
	namesElsewhereFactor: number;
	/** … by this when the sentence says the opposite of the question ("smallest" against "largest"). */
	contradictionFactor: number;
	/**
	 * Fit (0..1) of a sentence whose counts count the asked thing with another action, or a thing the reports never
	 * name, or that gives no sum where "how much did they pay/are they paid" asks for one.
	 */
	countMismatchFit: number;
	/** Fit (0..1) of a sentence whose counts count other things. */
	countOtherThingFit: number;
	/**
	 * Fit (0..1) of a figure told with another deed than the one a count question asks of, in a sentence that never
	 * speaks of that deed ("how many ships were delivered" of "190 ships were rerouted").
	 */
	otherDeedFit: number;
	/**
	 * Fit (0..1) of a winner named in a sentence that leaves out a word telling the event asked apart ("who won the
	 * wheelchair race" of "Kiprono won the men's race"): another event's winner, maybe.
	 */
	otherEventFit: number;
	/**
	 * Fit (0..1) of a count, quote or deed that is another side's doing or saying than the one asked about ("When did
	 * Harold conquer England?" of "William conquered England, killing Harold").
	 */
	otherActorFit: number;
	/**
	 * Fit (0..1) of a sentence that reports nobody's words (no quote, no "said", "accused"…), or without a quote does
	 * not name X, for "what did X say".
	 */
	unsaidFit: number;
	/**
	 * Fit (0..1) of a speaker for "Who said X?" whose sentence holds none of the question's words but the speech verb
	 * (who reported something else).
	 */
	offTopicSpeechFit: number;
	/**
	 * Fit (0..1) of a sentence that, for "What did X <verb>?", holds only nouns made of the verb ("the discussions")
	 * and not the verb itself ("they discussed a halt"): it names the act, not what was done.
	 */
	verbAsNounFit: number;
	/**
	 * Fit (0..1) of a sentence that speaks of the thing whose name is asked ("What is the name of the hospital?")
	 * without giving its name ("a hospital in Sumy"); of a "what gang/company…" answer from a sentence that names
	 * nothing the question does not; of an organisation, agency or holder of another office answering "Who is the
	 * chairman of X?"; of a sentence that names nobody answering "who" ("The coins had been buried in a clay pot" for
	 * "Who buried the coins?"; fit 1 until the 15:49 UTC session of 2026-12-04).
	 */
	unnamedFit: number;
	/**
	 * Fit (0..1) of a sentence without the kind of answer a "when" or "how long" question asks for (no date, no
	 * duration): it may say the event happened, not when or for how long.
	 */
	untypedFit: number;
	/**
	 * Fit (0..1) of a whole sentence given for a "where" question that places nothing (no preposition before anything
	 * but a time, no adverb of place; see placeUnsaid): it may say what happened, not where.
	 */
	placelessFit: number;
	/**
	 * Fit (0..1) of a sentence for a "why" question whose only cause ("after…") holds the thing asked about ("made a
	 * belly landing after its landing gear failed" for "what caused the landing gear failure"): it tells the thing
	 * happened, not why.
	 */
	restatedReasonFit: number;
	/**
	 * Fit (0..1) of a sentence for a "why" question that gives no cause or purpose at all ("Ghent's council voted on
	 * Monday to ban most cars from the old town"): it tells what happened, not why. At 0.5 (from 0.65) 31 wrong
	 * answers on the new-user and news sets are declined for 8 right ones (2 of 1,418 held-out).
	 */
	reasonlessFit: number;
	/**
	 * Fit (0..1) of a sentence that names the person a "Who is X?" asks about without saying who they are (no role, no
	 * description): a sentence ranked below it that describes them answers more fully (0.9 until the 15:34 UTC session
	 * of 2026-12-03; 0.6 answers news sets' "who is X" from the role's sentence, held-out and SQuAD unchanged).
	 */
	undescribedFit: number;
	/**
	 * Fit (0..1) of a sentence that gives the person a "Who is X?" asks about no role but introduces them, with their
	 * full name or their age ("found Dariusz Wronski, 46, guilty of…"): more than a later mention tells of them.
	 */
	introducedFit: number;
	/**
	 * Fit (0..1) of a sentence without the figure the question's form asks for: no age of the person asked for "How
	 * old is X?", no score for "What was the score?", no share for "What percentage…?", only a comparison's benchmark
	 * for "when" ("the largest since 2019"), no figure at all for "how many", none in the measure's unit for "how
	 * deep", one it says is withheld ("an undisclosed sum"), another period's ("this summer" for "the year before"),
	 * a date in the other tense ("next week" for "when did"): it may name the thing, not give the figure.
	 */
	missingFigureFit: number;
	/** Fit (0..1) of a place given as the answer to "who" when the sentence names no person ("opened in Oslo"). */
	placeForWhoFit: number;
	/**
	 * Confidence (0..1) of an age told of the person named in the sentence before ("The 52-year-old German had been…"
	 * after "…dismissed manager Stefan Kessler"), for "how old is Kessler" declined otherwise (ageByDescription): no
	 * ranking scores that sentence, which does not name the person. All 6 such answers on the news and new-user
	 * question sets were right: (6 + 1) / (6 + 2) ≈ 0.87 by the rule of succession, rounded down.
	 */
	describedAgeConfidence: number;
	/**
	 * Confidence (0..1) of a body's age told by its history ("in our 112-year history") for "how old is the zoo",
	 * whatever the ranking answered (historyAge): no ranking reads "history" as an age. All 7 such answers on the news
	 * and new-user question sets were right (session of 2026-12-06, 06:12 UTC): (7 + 1) / (7 + 2) ≈ 0.89 by the rule
	 * of succession, rounded down to describedAgeConfidence's 0.8.
	 */
	historyAgeConfidence: number;
	/**
	 * Fit (0..1) of a place written after a preposition of place ("dug out of desert rock in southern Morocco") as the
	 * answer to "who did…": where it happened, not who did it.
	 */
	locativeForWhoFit: number;
	/**
	 * Fit (0..1) of a report's headline without the kind of answer a "who", "where", "how many" or "how strong/deep…"
	 * question asks for (no name, place or figure): the story sentence that says it more fully is likely to hold it
	 * (and is weighed without the headline's share; see rerankWithModel).
	 */
	headlineUntypedFit: number;
	/**
	 * Fit (0..1) of a duration that measures another thing than the one a "how long" question asks about ("a 30-day
	 * truce" for "How long will the energy truce last?"), or of a figure in no unit of time for "how long did it
	 * take/last".
	 */
	otherDurationFit: number;
	/**
	 * Fit (0..1) of an answer whose sentence and paragraph never name the place or year the question puts the thing
	 * in ("How many were killed in Kyiv?" against a paragraph that does not name Kyiv), or whose report never speaks
	 * of the event or people a count is asked in ("in the coup attempt") or of the body whose office is asked ("the
	 * prime minister of Greece").
	 */
	placeElsewhereFit: number;
	/**
	 * Share (0..1) of its chance kept by a statement chosen for "what did X say about Y" that says nothing of Y (none of
	 * Y's words), as "Ten years ago I was telling patients…" for "what did Mehrotra say about supply problems".
	 */
	offTopicWordsFit: number;
	/**
	 * Fit (0..1) of an answer whose sentence gives another rank than the one a question asks of ("finished fifth" for
	 * "Who finished third?") and not the one asked (see otherOrdinal), or another day of the week or month ("its
	 * Monday screenings" for "its Tuesday screenings"; see otherWeekday, otherMonth).
	 */
	otherOrdinalFit: number;
	/**
	 * Fit (0..1) of a "when" answer that is the day a statement was made ("the exam board said on Tuesday") when the
	 * question asks of no statement: the day it was said, not of the event asked about.
	 */
	saidDateFit: number;
	/**
	 * Fit (0..1) of an answer whose sentence holds an opposite of a question word and not the word itself ("her first
	 * album" for "What was her last album?"; WordNet's opposites in the model file; see saysOpposite): as SQuAD 2.0's
	 * writers made questions without an answer. The re-ranker weighs this too (oppositeInSentence), but too little to
	 * decline most of them.
	 */
	oppositeFit: number;
	/**
	 * Fit (0..1) of an answer whose sentence gives another number, month, weekday or name, or the negative of a word, in
	 * the very words around the one the question gives ("over fifteen hundred extras" for "over one hundred extras";
	 * see swappedInFrame): as SQuAD 2.0's writers made questions without an answer.
	 */
	swappedFit: number;
	/**
	 * Share (0..1) of the remaining doubt taken away when the answer is a fact matching the question exactly (the
	 * asked quote's speaker, the asked role's person, the asked side's count; see chooseFittingAnswer).
	 */
	matchedEvidence: number;
	/**
	 * Factor (0..1) on the confidence of a yes-or-no answer that is not the very fact asked (a denial, a refusal to
	 * comment): the learned confidence, fitted on encyclopaedia questions with almost none of them, rates a sentence
	 * holding the question's words as likely right, while on the invented news sets only about half of those
	 * between 0.3 and 0.8 are.
	 */
	yesNoFactor: number;
	/**
	 * When the top candidate's answer does not fit the question (see otherActorFit), how many candidates from the top
	 * are weighed, each by its estimated chance of being right times its own fit (learned model only).
	 */
	fitDepth: number;
	/**
	 * For "who" and "when" questions whose chosen answer is not the very fact asked (see matchedEvidence), how many
	 * candidates from the top are looked at for one that is ("Judge Teresa Alvim" for "who was the judge on the busking
	 * case"), weighed by its estimated chance with that evidence counted (learned model only).
	 */
	matchedDepth: number;
	/**
	 * For "what is the name of the hotel" and "whats the church called", how many candidates from the top are looked at
	 * for the very name asked ("Grand Ege Hotel", "St Wendreda's Church"), as matchedDepth is for "who" and "when": a
	 * name written with the thing's own word is rarer than a person or a date, so it is looked for further down.
	 */
	namedDepth: number;
	/** "Did you mean" alternatives offered with an answer or a decline. */
	alternatives: number;
	/** Topics offered when declining. */
	closestTopics: number;
	/** Sentences in a short and in a medium summary. */
	summaryShort: number;
	summaryMedium: number;
	/** A long summary's share of the report's sentences (at least a medium summary and two more). */
	summaryLongShare: number;
	/** Two summary sentences sharing more than this share of their words say the same thing (one is left out). */
	summaryRedundancy: number;
	/** Score factor of first-paragraph sentences in a summary (news put the point first). */
	summaryLeadBonus: number;
	/** Words shorter than this are never corrected as typos. */
	typoMinLength: number;
	/** Words up to this long may be one edit off; longer ones two. */
	typoOneEditMaxLength: number;
	/** Words longer than this are never corrected to a stem (each letter costs some 50 lookups; long strings are not typos). */
	typoStemMaxLength: number;
	/** Fuse.js threshold for autocomplete's question suggestions (0 exact … 1 anything). */
	suggestThreshold: number;
	/**
	 * Fit of a "who" answer that is a passive's agent told of without a name ("pulled from the rubble by two
	 * colleagues") when no sentence below names them.
	 */
	unnamedAgentFit: number;
	/** Questions longer than this many characters are cut before matching. */
	maxQuestionLength: number;
	/**
	 * A name of several words in the question is looked for in at most this many sentences (those of its rarest
	 * word); a name whose every word is more common is taken as known (see reportsHavePhrase).
	 */
	phraseLookupLimit: number;
	/** An acronym of the question is looked for spelled out ("Central African Republic (CAR)") in this many of its sentences. */
	acronymSentences: number;
	/**
	 * A question's word typed in lower case counts as a name when the reports write it capitalised, never in lower case,
	 * in this many of its sentences (see writtenAsName).
	 */
	nameSentences: number;
}

export const DEFAULT_OPTIONS: Readonly<MatchOptions> = Object.freeze({
	k1: 1.2,
	b: 0.75,
	paragraphWeight: 0.8,
	reportWeight: 0.8,
	unknownWordWeight: 0.75,
	synonymWeight: 0.6,
	typeBonus: 0.3,
	phraseBonus: 0.1,
	minConfidence: 0.35,
	minKnownShare: 0.5,
	rerankDepth: 20,
	titleBonus: 0.5,
	sentenceCoverageShare: 0.75,
	missingKindFactor: 0.6,
	unknownNameFactor: 0.6,
	unknownNumberFactor: 0.2,
	namesElsewhereFactor: 0.3,
	contradictionFactor: 0.2,
	countMismatchFit: 0.3,
	countOtherThingFit: 0.6,
	otherDeedFit: 0.5,
	otherEventFit: 0.5,
	otherActorFit: 0.2,
	unsaidFit: 0.5,
	offTopicSpeechFit: 0.3,
	verbAsNounFit: 0.5,
	unnamedFit: 0.2,
	untypedFit: 0.8,
	placelessFit: 0.3,
	restatedReasonFit: 0.5,
	reasonlessFit: 0.5,
	undescribedFit: 0.6,
	introducedFit: 1,
	missingFigureFit: 0.3,
	placeForWhoFit: 0.55,
	describedAgeConfidence: 0.8,
	historyAgeConfidence: 0.8,
	locativeForWhoFit: 0.5,
	headlineUntypedFit: 0.3,
	otherDurationFit: 0.3,
	placeElsewhereFit: 0.3,
	offTopicWordsFit: 0.5,
	otherOrdinalFit: 0.3,
	saidDateFit: 0.5,
	oppositeFit: 0.6,
	swappedFit: 0.5,
	matchedEvidence: 0.3,
	yesNoFactor: 0.85,
	fitDepth: 4,
	matchedDepth: 8,
	namedDepth: 12,
	alternatives: 3,
	closestTopics: 3,
	summaryShort: 3,
	summaryMedium: 5,
	summaryLongShare: 0.25,
	summaryRedundancy: 0.5,
	summaryLeadBonus: 1.2,
	typoMinLength: 4,
	typoOneEditMaxLength: 6,
	typoStemMaxLength: 20,
	suggestThreshold: 0.5,
	unnamedAgentFit: 0.8,
	maxQuestionLength: 500,
	phraseLookupLimit: 64,
	acronymSentences: 16,
	nameSentences: 16,
});
