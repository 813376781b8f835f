import type { AnswerContext } from './AnswerContext.ts';
import type { AnalysedQuestion } from './analyseQuestion.ts';
import { answerKey } from './answerKey.ts';
import { chooseShortAnswer } from './chooseShortAnswer.ts';
import { LOOKS_DEEPER, mayGiveFact, thingNamed, withEvidence } from './factEvidence.ts';
import { askedSpeaker, asksSpeaker } from './findSpeaker.ts';
import type { RankedSentence } from './rankSentences.ts';
import type { ShortAnswer } from './ShortAnswer.ts';
import { contentStems } from './tokenize.ts';
import { isHeadlineSentence } from './withReportTopic.ts';
import { writtenInStory } from './writtenInStory.ts';

export interface FittingAnswer {
	/** Position in the ranking of the sentence that answers. */
	position: number;
	short: ShortAnswer;
	/** The estimated chance that it answers right, its fit counted. */
	confidence: number;
}

/**
 * The candidate that answers: the top one, unless its answer does not fit the question (a count of another thing or
 * action, a quote question answered by a sentence that reports nobody's words) and one of the
 * next `options.fitDepth` candidates has a larger chance of being right with its own fit counted. `confidenceAt`
 * estimates the chance that the candidate at a position is right (the top one's is `confidence`); without it (the
 * hand-tuned ranking) only the top candidate is looked at. When the top one is another side's count or quote than
 * the one asked about, the question's premise is likely wrong ("did Ukraine launch" when Russia launched): no other
 * candidate is looked for. A top one without the kind of answer asked for (no date for "when") gives way to one
 * below that has it only when that one's own estimate is larger. For "who" and "when", a candidate down to
 * `options.matchedDepth` that gives the very fact asked (ShortAnswer.matched) answers instead of a top one that does
 * not, when its chance with that evidence counted is larger, even if the top one fits. A headline chosen so gives
 * way to the likeliest sentence of its own story among the first `options.fitDepth` candidates (fromStory).
 *
 * @example
 * chooseFittingAnswer(analysed, ranked, 0.4, (p) => …, context);
 * // { position: 1, short: { phrase: { text: '72 drones', … }, fit: 1 }, confidence: 0.35 }
 */
export function chooseFittingAnswer(
	question: AnalysedQuestion,
	ranked: readonly RankedSentence[],
	confidence: number,
	confidenceAt: ((position: number) => number) | undefined,
	context: AnswerContext,
): FittingAnswer | undefined {
	const first = ranked[0];
	if (!first) return undefined;
	// The same candidate is looked at up to four times (fit, very fact, their words, same answer): its answer is made once.
	const shorts = new Map<number, ShortAnswer>();
	const shortOf = (index: number): ShortAnswer => {
		let short = shorts.get(index);
		if (!short) {
			short = chooseShortAnswer(question, index, context);
			shorts.set(index, short);
		}
		return short;
	};
	const chosen = shortOf(first.index);
	// The hand-tuned confidence already lowers a sentence without the kind of answer asked for (missingKindFactor).
	const short = chosen.unsaidKind && !confidenceAt ? { ...chosen, fit: 1 } : chosen;
	let best: FittingAnswer = {
		position: 0,
		short,
		confidence: withEvidence(question, first, short, confidence, context),
	};
	// Another side's doing or saying at the top: the question likely asks what the reports do not say; unless the top
	// is a headline, whose story says it more fully ("Lander Lifts Off" against "lifted off on Thursday").
	const headline = isHeadlineSentence(context.corpus, first.index);
	if (!confidenceAt || (!headline && short.otherActor)) return anyOfTheirWords(best);
	const depth = Math.min(ranked.length, short.fit >= 1 ? 0 : context.options.fitDepth);
	for (let position = 1; position < depth; position++) {
		const candidate = ranked[position];
		if (!candidate) continue;
		const other = shortOf(candidate.index);
		const chance = withEvidence(question, candidate, other, confidenceAt(position), context);
		if (chance > best.confidence) best = { position, short: other, confidence: chance };
	}
	// The very fact asked a little further down ("Judge Teresa Alvim" below sentences naming the city and the ban).
	const thing = best.short.matched || LOOKS_DEEPER.has(question.type) ? undefined : thingNamed(question);
	const deeper = best.short.matched
		? 0
		: LOOKS_DEEPER.has(question.type)
			? Math.min(ranked.length, context.options.matchedDepth)
			: thing
				? Math.min(ranked.length, context.options.namedDepth)
				: 0;
	for (let position = 1; position < deeper; position++) {
		const candidate = ranked[position];
		if (!candidate || position === best.position) continue;
		// Even as the very fact asked its chance reaches no more than this: its short answer need not be made.
		const estimate = confidenceAt(position);
		if (estimate + (1 - estimate) * context.options.matchedEvidence <= best.confidence) continue;
		if (!mayGiveFact(question, candidate.index, context, thing)) continue;
		const other = shortOf(candidate.index);
		if (!other.matched || other.fit < 1) continue;
		const chance = withEvidence(question, candidate, other, estimate, context);
		if (chance > best.confidence) best = { position, short: other, confidence: chance };
	}
	return fromStory(anyOfTheirWords(best));

	/**
	 * A headline restates its story in few words ("Divers find wreck of 18th-century ship"): the story sentence says it
	 * more fully, with what the headline leaves out. A headline chosen gives way to the likeliest sentence of its own
	 * story among the first `fitDepth` candidates, at that sentence's own chance (gathered with the speaker's other
	 * statements for "what did X say"); it answers only when none is among them. On the news sets every answer quoted
	 * from a headline was wrong: the sentence that says it is in the story.
	 */
	function fromStory(chosen: FittingAnswer): FittingAnswer {
		const top = ranked[chosen.position]?.index ?? -1;
		if (!confidenceAt || !isHeadlineSentence(context.corpus, top)) return chosen;
		let story: FittingAnswer | undefined;
		const depth = Math.min(ranked.length, context.options.fitDepth);
		for (let position = 0; position < depth; position++) {
			const candidate = ranked[position];
			if (!candidate || isHeadlineSentence(context.corpus, candidate.index) || !sameReport(candidate.index, top))
				continue;
			const other = shortOf(candidate.index);
			const chance = withEvidence(question, candidate, other, confidenceAt(position), context);
			if (!story || chance > story.confidence) story = { position, short: other, confidence: chance };
		}
		return story ? anyOfTheirWords(story) : chosen;
	}

	/**
	 * For "what did X say" any of X's statements answers, but the re-ranker splits its share among them: the chance is
	 * that of the chosen one or another of the next candidates that report X's words, 1 − Π(1 − chance). Other short
	 * answers gather the chance of the candidates that give the same one (sameAnswer).
	 */
	function anyOfTheirWords(chosen: FittingAnswer): FittingAnswer {
		if (!confidenceAt) return chosen;
		if (question.type !== 'quote' || chosen.short.fit < 1 || !askedSpeaker(question.text))
			return chosen.short.phrase.typed ? sameAnswer(chosen) : chosen;
		// "What did Mehrotra say about supply problems?": only the statements about that topic answer.
		const topic = sayTopic(question.text);
		const onTopic = (index: number) =>
			topic.length === 0 || contentStems(context.corpus.quote(index)).some((word) => topic.includes(word));
		if (!onTopic(ranked[chosen.position]?.index ?? -1))
			return { ...chosen, confidence: chosen.confidence * context.options.offTopicWordsFit };
		let doubt = 1 - chosen.confidence;
		const depth = Math.min(ranked.length, context.options.fitDepth);
		for (let position = 0; position < depth; position++) {
			const candidate = ranked[position];
			if (!candidate || position === chosen.position) continue;
			const other = shortOf(candidate.index);
			if (other.fit >= 1 && onTopic(candidate.index))
				doubt *= 1 - withEvidence(question, candidate, other, confidenceAt(position), context);
		}
		return { ...chosen, confidence: 1 - doubt };
	}

	/**
	 * Candidates that give the same short answer ("2 million euros" in the headline and the lede) each make it likelier
	 * right: 1 − Π(1 − chance) over those among the next candidates.
	 */
	function sameAnswer(chosen: FittingAnswer): FittingAnswer {
		const key = answerKey(chosen.short.phrase.text);
		// Two answers that both fit the question poorly ("three years" for "how long is the line") add up to no more.
		if (!key || !confidenceAt || chosen.short.fit < 1) return chosen;
		let doubt = 1 - chosen.confidence;
		let shown = chosen;
		let unfit = 1;
		const top = ranked[chosen.position]?.index ?? -1;
		const fromHeadline = isHeadlineSentence(context.corpus, top);
		const figures = key.match(/\d+/g) ?? [];
		const depth = Math.min(ranked.length, context.options.fitDepth);
		for (let position = 0; position < depth; position++) {
			const candidate = ranked[position];
			// Another report's "next year" or "$2 million" is another answer that happens to be written alike.
			if (!candidate || position === chosen.position || !sameReport(candidate.index, top)) continue;
			// A sentence that does not write the answer's figures gives another answer: its short answer need not be made.
			if (!fromHeadline && !writesFigures(context.corpus.quote(candidate.index), figures)) continue;
			const given = shortOf(candidate.index);
			const other =
				given.phrase.typed && answerKey(given.phrase.text) === key
					? given
					: fromHeadline
						? writtenInStory(context.corpus, chosen.short, top, candidate.index, given)
						: undefined;
			if (!other) continue;
			doubt *= 1 - withEvidence(question, candidate, other, confidenceAt(position), context);
			// Who someone is holds in every sentence: a name another sentence shows unfit (an organisation, another
			// office) is no likelier an answer where this one cannot tell. Not so a speaker, unfit only for another quote.
			if (question.type === 'who' && !asksSpeaker(question.text))
				unfit = Math.min(unfit, other.fit / Math.max(chosen.short.fit, other.fit));
			// A headline's answer is shown from the story sentence that gives it too, which says more.
			if (shown === chosen && fromHeadline) shown = { position, short: other, confidence: chosen.confidence };
		}
		return { ...shown, confidence: (1 - doubt) * unfit };
	}

	function sameReport(a: number, b: number): boolean {
		return context.corpus.ref(a).report === context.corpus.ref(b).report;
	}
}

/** Whether a sentence writes each of an answer's figures (digits, thousands separators left out), as its own does. */
function writesFigures(quote: string, figures: readonly string[]): boolean {
	if (figures.length === 0) return true;
	const written = new Set(quote.replace(/(\d),(?=\d{3}\b)/g, '$1').match(/\d+/g) ?? []);
	return figures.every((figure) => written.has(figure));
}

/** Words that name no topic of their own: "on the matter", "about the situation", "on Monday", "on Twitter". */
const NO_TOPIC = new Set(
	contentStems(
		'matter issue subject topic situation incident case thing things news twitter monday tuesday wednesday thursday friday saturday sunday today yesterday week weekend morning night',
	),
);

/** What a "what did X say about Y" question asks X's words to be about: the stems of Y; none without "about". */
function sayTopic(question: string): string[] {
	const about = /\b(?:say|said|says|tell|told|think|thinks|thought)\s+(?:about|on|regarding|of)\s+(.+)$/iu.exec(
		question,
	)?.[1];
	return about ? contentStems(about).filter((word) => !NO_TOPIC.has(word)) : [];
}
