import type { AnswerContext } from './AnswerContext.ts';
import { saysOpposite } from './AntonymTable.ts';
import type { AnalysedQuestion } from './analyseQuestion.ts';
import { ASKS_AGE, askedAge } from './askedAge.ts';
import { askedFrequency } from './askedFrequency.ts';
import { askedNameOf, nameGiven } from './askedNameOf.ts';
import { agentUnsaid, askedObject, askedPatient, doerReversed } from './askedPatient.ts';
import { eventMissing, placeMissing } from './askedPlaces.ts';
import { asksFigure } from './askedQuantity.ts';
import { asksPersonRole, holdsOtherRole, personLike, roleHolderElsewhere } from './asksPersonRole.ts';
import { countAnswer } from './countAnswer.ts';
import { describePerson } from './describePerson.ts';
import { asksExpansion, spelledOutAnswer } from './expandAcronym.ts';
import { askedName, findAppositive } from './findAppositive.ts';
import { askedSpeaker, findSpeaker, namesAskedSpeaker, speakerFits, speechTopicCovered } from './findSpeaker.ts';
import { asksNamedKind, namesOther } from './focusName.ts';
import { headedTo } from './headedTo.ts';
import { leaderElsewhere, leaderIsBody, leaderRoles, speaksOfLeading } from './leaderRoles.ts';
import { NATIONALITY } from './mentionPatterns.ts';
import { describedByName, otherAnswer } from './otherAnswer.ts';
import { otherDoer } from './otherDoer.ts';
import { otherOrdinal, sameOrdinal } from './otherOrdinal.ts';
import { peopleMissing } from './peopleMissing.ts';
import { personByRole } from './personByRole.ts';
import { type AnswerPhrase, pickAnswerPhrase } from './pickAnswerPhrase.ts';
import { rareWordElsewhere } from './rareWordElsewhere.ts';
import { timeAnswer } from './timeAnswer.ts';
import { contentStems } from './tokenize.ts';
import { topicElsewhere } from './topicElsewhere.ts';
import { isHeadlineSentence, reportTermLookup, withReportTopic } from './withReportTopic.ts';

export interface ShortAnswer {
	phrase: AnswerPhrase;
	/**
	 * How well the sentence's answer fits the question, 0..1, to multiply the confidence by: below 1 when a
	 * count counts another thing or action (see matchCount) or what another side did ("did Ukraine launch" against
	 * "Russia launched"), or a quote is someone else's than the one asked about, or the sentence reports nobody's
	 * words at all.
	 */
	fit: number;
	/** The answer is another side's doing or saying than the one asked about (the question's premise may be wrong). */
	otherActor?: boolean;
	/**
	 * The sentence lacks the kind of answer asked for (no date for "when"): the reports may not say it at all, and a
	 * sentence below that holds a date is no likelier to speak of the same event.
	 */
	unsaidKind?: boolean;
	/**
	 * The answer is a fact the engine extracted that matches the question exactly: the speaker of the quote asked
	 * about, the person with the role asked (or the role of the person asked), the count of the thing and action asked
	 * by the side asked, the quote of the person asked.
	 */
	matched?: boolean;
}

/**
 * Chooses the short answer inside the sentence that answers a question: the speaker for "who said", the person
 * for "who is the president", the role for "who is X", the fitting count for "how many", the clause for "what
 * happened" and "why", the description a sentence gives a name ("What is X?"), else the mention of the expected kind closest to the question's words.
 *
 * @example
 * chooseShortAnswer(analyseQuestion('How many people were injured?', …), sentenceIndex, context).phrase.text;
 * // '14 people injured'
 */
export function chooseShortAnswer(question: AnalysedQuestion, index: number, context: AnswerContext): ShortAnswer {
	const answered = shortAnswer(question, index, context);
	// A headline without the kind of answer asked ("Small Plane Crashes Near Lake Tahoe" for "where"): its story may say.
	const untypedHeadline =
		(((TYPED.has(question.type) || asksFigure(question.text) || ASKS_WHICH.test(question.text)) &&
			!answered.phrase.typed) ||
			ASKS_REASON.test(question.text)) &&
		isHeadlineSentence(context.corpus, index);
	const sentence = context.corpus.sentence(index);
	const headlineFit = untypedHeadline
		? { ...answered, fit: answered.fit * context.options.headlineUntypedFit }
		: answered;
	// "What was the last album…?" of "her first album": the sentence says the contrary of what is asked.
	// "What does MMP stand for?" asks only for the acronym's words, whatever else the sentence says ("does not alter").
	const opposite =
		sentence !== undefined &&
		!asksExpansion(question.text) &&
		saysOpposite(question, sentence.tokens, context.antonyms);
	// "Who finished third?" of "Varga … finished fifth": another place in the order.
	const ordinalFit = otherOrdinal(question.text, sentence?.ref.quote ?? '') ? context.options.otherOrdinalFit : 1;
	const oppositeFit = opposite ? context.options.oppositeFit : 1;
	// "Who finished third?" of "… with Kenji Ito third": the rank asked, by the person it ranks.
	const ranked =
		question.type === 'who' &&
		headlineFit.phrase.typed &&
		sameOrdinal(question.text, sentence?.ref.quote ?? '', [headlineFit.phrase.start, headlineFit.phrase.end]);
	const short =
		ordinalFit * oppositeFit < 1
			? { ...headlineFit, fit: headlineFit.fit * ordinalFit * oppositeFit, matched: false }
			: ranked
				? { ...headlineFit, matched: true }
				: headlineFit;
	const paragraph = sentence && context.corpus.paragraph(sentence.paragraphIndex);
	const elsewhere =
		question.type === 'count'
			? placeMissing(question.text, paragraph?.terms ?? new Map()) ||
				(sentence !== undefined && eventMissing(question.text, () => reportText(context, sentence.paragraphIndex)))
			: sentence !== undefined &&
				((question.type === 'who' &&
					roleHolderElsewhere(question.text, () => reportText(context, sentence.paragraphIndex))) ||
					peopleMissing(question.text, () => reportText(context, sentence.paragraphIndex)));
	const report = sentence ? (context.corpus.paragraphReport[sentence.paragraphIndex] ?? 0) : 0;
	const otherTopic =
		!elsewhere &&
		sentence !== undefined &&
		(rareWordElsewhere(question, context.corpus, report, context.vectors?.rows) ||
			topicElsewhere(context.corpus, question.text, report, () => reportText(context, sentence.paragraphIndex)));
	if (!paragraph || !(elsewhere || otherTopic)) return short;
	return { ...short, fit: short.fit * context.options.placeElsewhereFit, matched: false };
}

/** "Who were the doctors that…", "who is the farmer who…": a kind of person, then which one. */
const WHO_KIND = /^\s*who\s*(?:is|was|are|were|['’]s)\s+the\s+(\p{L}+?)s?\s+(?:who|that)\s/iu;

function shortAnswer(question: AnalysedQuestion, index: number, context: AnswerContext): ShortAnswer {
	const sentence = context.corpus.sentence(index);
	if (!sentence) return { phrase: { text: '', start: 0, end: 0, typed: false }, fit: 1 };
	const quote = sentence.ref.quote;
	const picked = pickAnswerPhrase(
		question,
		quote,
		context.mentions.of(index),
		sentence.tokens,
		context.entityKinds.get(index),
	);
	const spelled = spelledOutAnswer(question.text, quote);
	if (spelled) return { phrase: { ...spelled, typed: true }, fit: 1, matched: true };
	// "What does INE stand for?" of a sentence that only uses it: another may spell it out.
	if (asksExpansion(question.text)) return { phrase: picked, fit: context.options.missingFigureFit };
	const frequency = askedFrequency(question.text, quote);
	if (frequency) return { phrase: frequency, fit: 1 };
	// "How often are bins collected?" of a sentence that says no "every three weeks": another may.
	if (frequency === null) return { phrase: picked, fit: context.options.missingFigureFit };
	const speaker = findSpeaker(question.text, quote, context.statements.get(index) ?? []);
	if (speaker && !speechTopicCovered(question, stemsOf(sentence.tokens)))
		return { phrase: speaker, fit: context.options.offTopicSpeechFit };
	if (speaker) return { phrase: speaker, fit: 1, matched: true };
	const timed = timeAnswer(question, index, picked, context);
	if (timed) return timed;
	if (question.type === 'who') {
		const people = context.people.get(index);
		const person = describePerson(question.text, people) ?? personPhrase(personByRole(question, people));
		// "Who heads the NDMO?" of "Fellwether will become chairman" in a report that never names the NDMO.
		if (
			leaderElsewhere(
				question.text,
				withReportTopic(context.corpus, sentence.paragraphIndex),
				reportTermLookup(context.corpus, context.corpus.paragraphReport[sentence.paragraphIndex] ?? 0),
			)
		)
			return { phrase: person ?? picked, fit: context.options.placeElsewhereFit };
		if (person) return { phrase: person, fit: 1, matched: true };
		// "Who's in charge at Kaimoana Water?" answered by "Kaimoana Water Services": the body, not its leader.
		if (picked.typed && leaderIsBody(question.text, picked.text))
			return { phrase: picked, fit: context.options.unnamedFit };
		// "Who runs Museum Ter Leye?" of "painted by Adriaen Verbrugge": nobody there leads anything.
		if (leaderRoles(question.text) && !speaksOfLeading(sentence.tokens.map((t) => t.stem)))
			return { phrase: picked, fit: context.options.missingFigureFit };
		// "What was the name of the man who died?" of a sentence that speaks of him without naming him.
		const thing = askedNameOf(question.text);
		if (thing && nameGiven(thing, quote, new Set(question.terms.map((t) => t.stem))) === null)
			return { phrase: picked, fit: context.options.unnamedFit };
		// "Who were the doctors that wrote the reports?" of "submitted reports from two doctors": one of a kind, unnamed.
		const kind = WHO_KIND.exec(question.text)?.[1]?.toLowerCase();
		if (kind && nameGiven(kind, quote, new Set(question.terms.map((t) => t.stem)), true) === null)
			return { phrase: picked, fit: context.options.unnamedFit };
		// "Who smuggled the blades?" of "blades were smuggled into the prison": the sentence names no one who did.
		if (agentUnsaid(question.text, quote, sentence.tokens)) return { phrase: picked, fit: context.options.unnamedFit };
		const patient = askedPatient(question.text, quote, context.corpus.sentence(index)?.tokens ?? []);
		if (patient) return { phrase: patient, fit: 1 };
		// "Who beat Kurokaze?" of "Kurokaze … beating fellow ozeki Takayutaka": the one picked was beaten.
		if (picked.typed && doerReversed(question.text, quote, sentence.tokens, picked.start))
			return { phrase: picked, fit: context.options.otherActorFit };
		// "Who did Switzerland beat?" of "Japan took the bronze, beating Sweden": another's deed.
		if (otherDoer(question.text, quote, sentence.tokens)) return { phrase: picked, fit: context.options.otherActorFit };
		// "Who did he beat?" of "beating the world's third-ranked player": whom, unnamed; a sentence below may name them.
		const object = askedObject(question.text, quote, sentence.tokens);
		if (object === null) return { phrase: picked, fit: context.options.unnamedFit };
		if (object) return { phrase: object, fit: 1, matched: true };
		// "Who is Tavolaro?" of "…said Marcos Tavolaro, the group's general manager": the role asked for, given.
		const described = describedByName(question, quote);
		if (described) return { phrase: described, fit: 1, matched: true };
		// "Who is Anna Novak?" of a sentence that gives her no role: the sentence tells of her, no other name answers
		// ("Novak's lawyer, Jan Berg"); one that names her only as someone's owner may say less than one below it.
		const written = asWritten(askedName(question.text) ?? '', quote);
		if (NAME_ONLY.test(written.name))
			return {
				phrase: wholeSentence(quote),
				fit: written.possessive ? context.options.untypedFit : context.options.undescribedFit,
			};
		// "Who is the chairman of Baltica?" answered by an organisation, a place, an agency or "manager Duncan".
		if (
			asksPersonRole(question.text) &&
			(!personLike(quote, picked, context.entityKinds.get(index)) ||
				holdsOtherRole(question.text, quote, picked, people ?? []))
		)
			return { phrase: picked, fit: context.options.unnamedFit };
		// "Which company built the trams?" of a sentence that names nothing the question does not ("the company").
		if (asksNamedKind(question.text) && !namesOther(question, context.mentions.of(index)))
			return { phrase: picked, fit: context.options.unnamedFit };
		// Only a place to answer "who" with ("opened in Oslo"), or a people ("Georgian first-time director wins…"): a
		// sentence below may name the person.
		// "A 16-year-old grandmaster from India won…": someone described, not named; a sentence below may name them.
		if (FROM_PLACE_UNNAMED.test(quote.slice(Math.max(0, picked.start - 60), picked.start)))
			return { phrase: picked, fit: context.options.unnamedFit };
		const place = context.entityKinds.get(index)?.get(picked.start) === 'place' || NATIONALITY.test(picked.text);
		return { phrase: picked, fit: place ? context.options.placeForWhoFit : 1 };
	}
	// "Which towns have had their water cut off?" of "some towns in the east": the names are elsewhere, if anywhere.
	if (question.type === 'where' && asksNamedKind(question.text) && !namesOther(question, context.mentions.of(index)))
		return { phrase: picked, fit: context.options.unnamedFit };
	const where = question.type === 'where' ? WHERE_IS.exec(question.text)?.[1] : undefined;
	const described = where ? findAppositive(where, quote) : undefined;
	if (described) return { phrase: described, fit: 1 };
	const destination =
		question.type === 'where' ? headedTo(question.text, quote, context.mentions.of(index)) : undefined;
	if (destination) return { phrase: destination, fit: 1 };
	const age = question.type === 'count' || question.type === 'other' ? askedAge(question.text, quote) : undefined;
	if (age) return { phrase: age, fit: 1, matched: true };
	// "How old is X?" of a sentence without an age: another candidate may give it.
	if (age === null) return { phrase: picked, fit: context.options.missingFigureFit };
	if (question.type === 'count') {
		const counted = countAnswer(question, index, picked, context);
		// "How old was Marta when she died?" is not answered by "57 people killed": a count of something, no age.
		return ASKS_AGE.test(question.text) && COUNTED_THING.test(counted.phrase.text)
			? { ...counted, fit: Math.min(counted.fit, context.options.countMismatchFit), matched: false }
			: counted;
	}
	if (question.type === 'quote') {
		const said = context.statements.get(index)?.find((s) => s.kind === 'quote' && s.span[0] === picked.start);
		if (!said && !namesAskedSpeaker(question.text, quote, speakerAliases(question)))
			return { phrase: picked, fit: context.options.unsaidFit };
		if (speakerFits(question.text, said, quote))
			return { phrase: picked, fit: 1, matched: said?.subject !== undefined };
		return { phrase: picked, fit: context.options.otherActorFit, otherActor: true };
	}
	return otherAnswer(question, index, picked, context);
}

/** Someone described by where they are from, without a name: "a 16-year-old grandmaster from ", "an engineer of ". */
const FROM_PLACE_UNNAMED = /(?:^|[^\p{L}])(?:[Aa]|[Aa]n)\s+(?:[\p{Ll}\d-]+\s+){0,3}?\p{Ll}+\s+(?:from|of)\s+$/u;

/** A figure of some thing: "57 people killed", "seven wickets" (not "45", "45 years", "93 years old"). */
const COUNTED_THING =
	/(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?))\s+(?!(?:years?|yrs?|old|months?|weeks?)\b)\p{L}/iu;

/** "Where is Villeurbanne?": the place asked about, which a description in apposition may place ("a suburb east of …"). */
const WHERE_IS = /^\s*[Ww]here\s+(?:is|was|are|were)\s+(\p{Lu}[^?!.]*?)[\s?!.]*$/u;

/** A name asked about alone, capitalised but for its particles: "Anna Novak", "Ursula von der Leyen". */
const NAME_ONLY =
	/^\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:van|von|der|de|da|di|del|la|le|al|bin|of|the)\s+)*\p{Lu}[\p{L}.'’-]*)*$/u;

/** The title and text of the report paragraph `index` belongs to. */
function reportText(context: AnswerContext, index: number): string {
	const report = context.corpus.reports[context.corpus.paragraphReport[index] ?? 0];
	return report ? `${report.title}\n${report.paragraphs.join('\n')}` : '';
}

/** A name as the sentence writes it ("figueiredo" as "Figueiredo"; else as asked), and whether as a possessive. */
function asWritten(name: string, quote: string): { name: string; possessive: boolean } {
	const at = name ? quote.toLowerCase().indexOf(name.toLowerCase()) : -1;
	if (at < 0) return { name, possessive: false };
	return { name: quote.slice(at, at + name.length), possessive: /^[’']s?\s/u.test(quote.slice(at + name.length)) };
}

function wholeSentence(sentence: string): AnswerPhrase {
	return { text: sentence, start: 0, end: sentence.length, typed: false };
}

/** "Why…", "what caused…", "how did…": a headline states what happened, its story says why and how. */
const ASKS_REASON =
	/^\s*(?:why\b|how\s+come\b|how\s+(?:did|do|does|was|were|could|can)\b|what\s+(?:caused|led\s+to|triggered|sparked|made)\b|what\s+(?:is|was)\s+the\s+(?:cause|reason)\b)/i;

/** "Which court…", "which exchange…": a name answers, which a headline without one leaves to its story. */
const ASKS_WHICH = /^\s*which\s+\p{L}/iu;

/** Questions that ask for a kind of answer: a person, a place, a figure ("when" lowers a sentence without a time itself). */
const TYPED: ReadonlySet<AnalysedQuestion['type']> = new Set(['who', 'where', 'count']);

function stemsOf(tokens: readonly { stem: string }[]): Set<string> {
	return new Set(tokens.map((t) => t.stem));
}

function personPhrase(person: ReturnType<typeof personByRole>): AnswerPhrase | undefined {
	if (!person) return undefined;
	const [start, end] = person.span;
	return { text: person.text, start, end, typed: true };
}

/** The words that stand for the asked speaker besides their own: an acronym's words, synonyms (see analyseQuestion). */
function speakerAliases(question: AnalysedQuestion): string[] {
	const asked = askedSpeaker(question.text);
	if (!asked) return [];
	const own = new Set(contentStems(asked));
	const slots = new Set(question.terms.filter((t) => t.weight === 1 && own.has(t.stem)).map((t) => t.slot));
	return question.terms.filter((t) => t.weight < 1 && slots.has(t.slot)).map((t) => t.stem);
}
