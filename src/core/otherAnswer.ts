import type { AnswerContext } from './AnswerContext.ts';
import type { AnalysedQuestion } from './analyseQuestion.ts';
import { askedAgent } from './askedAgent.ts';
import { byCopula } from './askedCopula.ts';
import { askedLanguage, languageIn } from './askedLanguage.ts';
import { askedNameOf, NAMING_LATER, nameGiven } from './askedNameOf.ts';
import { askedObject, whichDone } from './askedObject.ts';
import { afterPreposition, askedPreposition } from './askedPreposition.ts';
import { askedProfession, tradeOf, tradeTold } from './askedProfession.ts';
import { askedQuantity, asksTemperature } from './askedQuantity.ts';
import { askedScore, scoreUnsaid } from './askedScore.ts';
import { askedShare } from './askedShare.ts';
import { asksTerm, termGiven } from './askedTerm.ts';
import { askedVerb, verbOnlyAsNoun } from './askedVerb.ts';
import { changeForLevel } from './changeForLevel.ts';
import { mayBePeople } from './countedNouns.ts';
import { deathCauseUnsaid } from './deathCauseUnsaid.ts';
import { MONEY } from './extractCounts.ts';
import { asksFigure, asksPrice, figureWithheld } from './figureWithheld.ts';
import { askedName, findAppositive } from './findAppositive.ts';
import type { Mention } from './findMentions.ts';
import { describesPerson, findTitle, withBody } from './findTitle.ts';
import { askedKind, asksNamedKind, focusName, namesOther } from './focusName.ts';
import { howItHappened } from './howItHappened.ts';
import { isKin, kinUnwritten } from './kinAge.ts';
import { kindUnnamed } from './kindUnnamed.ts';
import { laterLevel } from './laterLevel.ts';
import { listOfKind } from './listOfKind.ts';
import { makeUnsaid } from './makeUnsaid.ts';
import { measureMatched } from './measureMatched.ts';
import { measureUnsaid, sizeMeasureUnsaid } from './measureUnsaid.ts';
import { measureUnwritten } from './measureUnwritten.ts';
import { nameBesideThing, namesOtherThan } from './nameBesideThing.ts';
import { namedBelow } from './namedBelow.ts';
import { ownerFine } from './ownerFine.ts';
import { personalName } from './personalName.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { asksForClause, asksReason, givesReason, pickClause } from './pickClause.ts';
import { populationGiven } from './populationAsked.ts';
import type { ShortAnswer } from './ShortAnswer.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { synonymStems } from './synonymStems.ts';
import { contentStems, stem } from './tokenize.ts';
import { wordsWritten } from './wordsWritten.ts';
import { escapeRegExp } from './writesWord.ts';

/**
 * The short answer of sentence `index` to a "what/which/why" question, with its fit: the name of the thing asked
 * ("What is the name of the hospital?"), a score, a figure of a noun, the description of a name, who did it, the
 * name by the noun asked ("which law firm"), what X did, the clause for "why" and "what happened"; else `picked`.
 *
 * @example
 * otherAnswer(analyseQuestion('What did the governor order?', …), index, picked, context).phrase.text;
 * // 'the evacuation of everyone within a mile of the site'
 */
export function otherAnswer(
	question: AnalysedQuestion,
	index: number,
	picked: AnswerPhrase,
	context: AnswerContext,
): ShortAnswer {
	const short = answerOther(question, index, picked, context);
	// "What's the population of Ashby?" of "…a temporary pipeline from the neighbouring town of Ashby": no head count.
	if (!short.phrase.typed && measureUnwritten(question.text, context.corpus.quote(index)))
		return { ...short, fit: Math.min(short.fit, context.options.missingFigureFit), matched: false };
	// "What's the name of the prison governor?" of "…said the prison's governor had been suspended": no name given.
	// "what's fennick's wife called" of "claimed by a cousin of Fennick's wife": the kin is written, unnamed.
	const nameAsked = NAME_ASKED.test(question.text);
	const named = nameAsked || CALLED_ASKED.test(question.text) ? askedNameOf(question.text) : undefined;
	const beside =
		named && (!short.phrase.typed || isKin(named))
			? nameBesideThing(named, context.corpus.quote(index), isKin(named))
			: true;
	if (
		beside === false ||
		(beside === undefined && nameAsked && !namesOtherThan(askedStems(question), context.mentions.of(index)))
	)
		return { ...short, fit: Math.min(short.fit, context.options.unnamedFit), matched: false };
	// "What is the name of Sunita Patel's son?" of a sentence that never writes a son: no kin of hers is named there.
	const kin = question.type === 'other' ? askedNameOf(question.text) : undefined;
	if (kin && kinUnwritten(kin, context.corpus.quote(index)))
		return { ...short, fit: Math.min(short.fit, context.options.unnamedFit), matched: false };
	const thing =
		question.type === 'other'
			? (askedNameOf(question.text) ??
				(AFFILIATION.test(question.text) ? askedKind(question.text) : undefined) ??
				BRAND_OF.exec(question.text)?.[1]?.toLowerCase())
			: undefined;
	if (!thing || !namesKind(thing, question.text) || short.phrase.text !== picked.text || short.fit < 1) return short;
	// "What's the name of the heart drug?", "what party is Carrow in?" of a sentence that never speaks of one, nor
	// gives any name outright ("a male named Bao Lin"): the whole sentence names none.
	const quote = context.corpus.quote(index);
	return speaksOf(thing, quote) || NAMING_LATER.test(quote) ? short : { ...short, fit: context.options.unnamedFit };
}

/**
 * Whether the thing whose name is asked is a kind of thing a sentence must write to name it: not a person (a
 * sentence may say "she"), a place (named after "in"), someone the question names ("Chopin's name"), or a word that
 * only ranks or describes ("the first known writing … called").
 */
function namesKind(thing: string, question: string): boolean {
	if (describesPerson(thing) || PLACE_KINDS.test(thing) || NOT_KINDS.test(thing)) return false;
	return !new RegExp(`(?<!\\p{L})${escapeRegExp(thing)}`, 'iu').exec(question)?.[0].match(/^\p{Lu}/u);
}

/**
 * "What party is Carrow in?", "which club does she row for": a kind asked of someone or something named after a
 * copula, or after "does" with the preposition ending the question, not of a deed's doer or object ("which airline
 * operates the flight", "which airport are airlines flying out of", "what bridge did they fail to demolish"), whose name a
 * sentence may give without the kind's word ("operated by Skyline Coastal").
 */
const AFFILIATION =
	/^\s*(?:what|which)\s+[\p{L}-]+\s+(?:(?:is|are|was|were)\s+(?![\p{L}-]+(?:ing|ed)\b)[\p{L}'’-]+(?!.*\b\p{L}{3,}ing\b)|(?:does|do|did)\s.*\b(?:in|for|from|with|at|of|on|under)\s*[?!.]*$)/iu;
/** "What's the name of…", "what was the steward's name": a name asked outright, which a whole sentence is not. */
const NAME_ASKED = /\bnames?\b/iu;
/** "What's the ship called?": a name asked, which a sentence that writes the thing beside no name does not give. */
const CALLED_ASKED = /\b(?:call?e?d|named)\s*[?!.]*\s*$/iu;
/** "What brand of metal detector…": the maker's name is asked. */
const BRAND_OF = /^\s*(?:what|which)\s+(brand|make)\s+of\b/iu;

/**
 * Words askedNameOf may take for the thing that rank or describe it rather than say what it is, or say only a time or
 * a place ("the name of the time the river formed a border", "of where the canal branches off").
 */
const NOT_KINDS =
	/^(?:first|second|third|last|next|new|old|other|latest|original|official|full|real|same|main|only|time|period|era|place|location|spot|area|part|section|stretch|one|thing|where|what)$/;

/** Whether the sentence writes the thing's word or a synonym of it, in any form ("libraries" of "library"). */
function speaksOf(thing: string, quote: string): boolean {
	const asked = stem(thing);
	const synonyms = synonymStems(asked);
	// A sentence past the limit is read up to it, so the work a question does stays bounded.
	for (const word of quote.slice(0, SENTENCE_LIMITS.chars).matchAll(/[\p{L}\d-]+/gu)) {
		const found = stem(word[0].toLowerCase());
		if (found === asked || synonyms.includes(found)) return true;
	}
	return false;
}

function answerOther(
	question: AnalysedQuestion,
	index: number,
	picked: AnswerPhrase,
	context: AnswerContext,
): ShortAnswer {
	const sentence = context.corpus.sentence(index);
	if (!sentence) return { phrase: picked, fit: 1 };
	const quote = sentence.ref.quote;
	// "What is Montaine's real name?" of "Montaine, 34, whose real name is Daniel Marsh, …".
	const personal = personalName(question.text, quote);
	if (personal) return { phrase: personal, fit: 1, matched: true };
	// "What services are offline?" of "Online services including council tax payments, … have been offline".
	const listed = listOfKind(question.text, quote);
	if (listed) return { phrase: listed, fit: 1 };
	const thing = askedNameOf(question.text);
	const name = thing ? nameOrSynonym(thing, quote, askedStems(question)) : undefined;
	// "The operation, code-named "Paper Moon,"": the sentence says outright that this is its name.
	// "The MV Nordlys Star, a 94-metre ferry": a description of the thing apposed to the name says it as plainly.
	if (name)
		return {
			phrase: name,
			fit: 1,
			matched:
				NAMED_AS.test(quote.slice(Math.max(0, name.start - 20), name.start)) ||
				endsInThing(name, thing ?? '', quote, question.text) ||
				apposedTo(quote.slice(name.end), thing ?? '', thingModifiers(question.text, thing ?? ''), quote),
		};
	// "What are such fish called?" of "…are referred to as bottom feeders": the term, capitalised or not.
	const term =
		question.type === 'other' && asksTerm(question.text) ? termGiven(quote, askedStems(question), stem) : undefined;
	if (term) return { phrase: term, fit: 1 };
	if (name === null) return namedBelow(context, index, thing) ?? { phrase: picked, fit: context.options.unnamedFit };
	// "What's the bank's new growth forecast?" of "It lowered its forecast, without giving a new figure."
	// …or of "The bank kept the cash reserve ratio unchanged": no figure at all.
	if (
		asksFigure(question.text) &&
		(figureWithheld(quote) || !context.mentions.of(index).some((m) => m.type === 'number'))
	)
		return { phrase: picked, fit: context.options.missingFigureFit };
	// "What does a ticket cost?" of "41,200 spectators attended…": no sum of money.
	if (asksPrice(question.text) && !MONEY.test(quote)) return { phrase: picked, fit: context.options.missingFigureFit };
	const verb = question.type === 'other' ? askedVerb(question.text) : undefined;
	if (verb && verbOnlyAsNoun(verb, sentence.tokens, stem(verb)))
		return { phrase: picked, fit: context.options.verbAsNounFit };
	const score = question.type === 'other' ? askedScore(question.text, quote) : undefined;
	// A score or a tally of the vote asked about ("7-5 in sets", "by 51 votes to 38") is the fact asked for (see ShortAnswer.matched).
	if (score) return { phrase: score, fit: 1, matched: true };
	// "What was the score?" answered by a sentence without one ("Reyes scored twice"): another may give it.
	if (score === null) return { phrase: picked, fit: context.options.missingFigureFit };
	// "what % of the reefs were bleached" (read as "other", as "%" is no word): the share, as for "what percentage".
	const share =
		question.type === 'other'
			? askedShare(question.text, quote, context.mentions.of(index), sentence.tokens, askedStems(question))
			: undefined;
	if (share) return { phrase: share, fit: 1 };
	if (share === null) return { phrase: picked, fit: context.options.missingFigureFit };
	// "What's the population of Greymoor?" of "a former mill town of about 48,000 people".
	const population =
		question.type === 'other' ? populationGiven(question.text, quote, context.mentions.of(index)) : undefined;
	if (population) return { phrase: population, fit: 1 };
	const figure =
		question.type === 'other'
			? askedQuantity(question.text, quote, context.mentions.of(index), sentence.tokens)
			: undefined;
	// "How deep would the pit be?" of "the pit would cover about 340 hectares": a figure, but of another measure.
	if (figure && sizeMeasureUnsaid(question.text, quote))
		return { phrase: figure, fit: context.options.missingFigureFit };
	// "What's the new interest rate?" of "cut its benchmark interest rate by half a percentage point": a change, no level.
	if (figure && changeForLevel(question.text, quote, figure))
		return { phrase: figure, fit: context.options.missingFigureFit };
	// "How warm had the fridge got?" of "the fridge reading 19 degrees Celsius": a figure in the unit of the measure
	// asked, given the thing asked, is the very fact asked (see ShortAnswer.matched).
	if (figure) {
		const phrase = laterFigure(question.text, quote, figure, context.mentions.of(index));
		return { phrase, fit: 1, matched: measureMatched(question, sentence.tokens, quote, phrase) };
	}
	// "What was Hollis's penalty?" of "Northvale was fined 48 million crowns and Hollis 31 million crowns".
	const fine = question.type === 'other' ? ownerFine(question.text, quote, context.mentions.of(index)) : undefined;
	if (fine) return { phrase: fine, fit: 1, matched: true };
	// "What did the choir score?" of "The choir came second": a place, no score.
	if (
		question.type === 'other' &&
		(asksTemperature(question.text) || measureUnsaid(question.text, quote) || scoreUnsaid(question.text, quote))
	)
		return { phrase: picked, fit: context.options.missingFigureFit };
	// "What was Vitruvius' profession?" of "by the Roman architect Vitruvius": the trade, not the whole sentence.
	const worker = question.type === 'other' ? askedProfession(question.text) : undefined;
	const trade = worker ? tradeOf(worker, quote) : undefined;
	if (trade) return { phrase: trade, fit: 1 };
	// "What did the grandmother do for a living?" of a sentence that gives nobody's trade: another sentence may.
	if (worker && !tradeTold(quote)) return { phrase: picked, fit: context.options.missingFigureFit };
	// "What did the woman die of?" of "The woman, who was about 40 when she died, was buried…": no cause told.
	if (deathCauseUnsaid(question.text, quote)) return { phrase: picked, fit: context.options.missingFigureFit };
	// "What make was Moult's car?" of "a silver hatchback he bought in March": no make told.
	if (makeUnsaid(question.text, quote)) return { phrase: picked, fit: context.options.missingFigureFit };
	const tongue = question.type === 'other' ? askedLanguage(question.text) : undefined;
	const spoken = tongue && languageIn(tongue, quote, question.text);
	// "What nationality is Ruiz?" of "the Colombian Ana Ruiz": the very fact asked (see ShortAnswer.matched).
	if (spoken)
		return { phrase: spoken, fit: 1, matched: tongue === 'nationality' && beforeAskedName(quote, spoken, question) };
	// "What nationality is Ruiz?" of a sentence that gives her none: another sentence may.
	if (tongue === 'nationality') return { phrase: picked, fit: context.options.unnamedFit };
	// "What are alloys defined by?": what the sentence puts after the same verb and preposition.
	const ending = question.type === 'other' ? askedPreposition(question.text) : undefined;
	const after = ending && afterPreposition(ending, quote, sentence.tokens);
	// "Which team does she ride for?" asks for a name: "Team Vela" answers it, "a city park" leaves it unsaid.
	if (after && (!WHICH.test(question.text) || /\p{Lu}/u.test(after.text))) return { phrase: after, fit: 1 };
	if (question.type === 'other' && askedName(question.text))
		return { phrase: describedByName(question, quote) ?? byCopula(question.text, quote) ?? picked, fit: 1 };
	const agent = question.type === 'other' ? askedAgent(question.text, quote, sentence.tokens) : undefined;
	if (agent) return { phrase: agent, fit: 1 };
	// "Which contractors are they hiring?" of "to hire private contractors": the kind, unnamed.
	const kind = question.type === 'other' && !thing ? (askedKind(question.text) ?? whichKind(question.text)) : undefined;
	if (kind && !PLACE_KINDS.test(kind) && nameGiven(kind, quote, askedStems(question), true) === null)
		return namedBelow(context, index, kind) ?? { phrase: picked, fit: context.options.unnamedFit };
	const named = question.type === 'other' ? focusName(question.text, quote, context.mentions.of(index)) : undefined;
	if (named) return { phrase: named, fit: 1 };
	// "Which carmaker did he work for?" of "a former engineer at a carmaker": the one asked is left unsaid.
	if (question.type === 'other' && kindUnnamed(question.text, quote, context.mentions.of(index)))
		return { phrase: picked, fit: context.options.unnamedFit };
	// "What gang claimed the attack?" of a sentence that names nothing the question does not: the name is elsewhere.
	if (
		question.type === 'other' &&
		asksNamedKind(question.text) &&
		!namesOther(question, context.mentions.of(index), quote, context.entityKinds.get(index))
	)
		return namedBelow(context, index, askedKind(question.text)) ?? { phrase: picked, fit: context.options.unnamedFit };
	const copula = question.type === 'other' ? byCopula(question.text, quote) : undefined;
	if (copula) return { phrase: copula, fit: 1 };
	const object =
		question.type === 'other'
			? (askedObject(question.text, quote, sentence.tokens) ?? whichDone(question.text, quote, sentence.tokens))
			: undefined;
	if (object) return { phrase: object, fit: 1 };
	// "How did the man die?" of "died on Sunday when a tree fell on his car": how it came about.
	const manner = question.type === 'other' ? howItHappened(question.text, quote, sentence.tokens) : undefined;
	if (manner) return { phrase: manner, fit: 1 };
	if (question.type === 'other' && asksForClause(question.text)) {
		const asked = new Set(question.terms.map((t) => t.stem));
		// "Why did the roof collapse?" of "The roof gave way at 10:40 a.m.": what happened, no reason for it.
		const restates = asksReason(question.text) && givesReason(quote) && !givesReason(quote, asked);
		const fit = restates
			? context.options.restatedReasonFit
			: asksReason(question.text) && !givesReason(quote)
				? context.options.reasonlessFit
				: 1;
		// "Why did the fridge stop working?" of "the fridge stopped working after a fuse tripped": the reason for the very
		// deed asked (see ShortAnswer.matched).
		const matched =
			fit === 1 && ASKS_WHY.test(question.text) && givesReason(quote, asked) && wordsWritten(question, sentence.tokens);
		return { phrase: pickClause(question.text, quote, sentence.tokens, asked), fit, matched };
	}
	return { phrase: picked, fit: 1 };
}

/**
 * The name a sentence gives the thing (see nameGiven), or one of its synonyms where it never writes the thing's own
 * word ("the fishing boat" of "a chartered fishing vessel, the Marta Jo").
 */
function nameOrSynonym(thing: string, quote: string, stems: ReadonlySet<string>): ReturnType<typeof nameGiven> {
	const own = nameGiven(thing, quote, stems);
	if (own !== undefined) return own;
	const synonyms = new Set(synonymStems(stem(thing)));
	if (synonyms.size === 0) return undefined;
	for (const word of quote.slice(0, SENTENCE_LIMITS.chars).matchAll(/\p{Ll}[\p{L}-]*/gu)) {
		if (!synonyms.has(stem(word[0]))) continue;
		const named = nameGiven(word[0], quote, stems);
		if (named !== undefined) return named;
	}
	return undefined;
}

function askedStems(question: AnalysedQuestion): Set<string> {
	return new Set(question.terms.map((t) => t.stem));
}

/** The capitalised words right after a phrase: "Ana Ruiz" after "Colombian" in "the Colombian Ana Ruiz won". */
const NAME_AFTER = /^\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)/u;

/** Whether the name right after `phrase` in the sentence is one the question asks about ("Ruiz" of "Ana Ruiz"). */
function beforeAskedName(quote: string, phrase: AnswerPhrase, question: AnalysedQuestion): boolean {
	const name = NAME_AFTER.exec(quote.slice(phrase.end))?.[1];
	const asked = new Set(question.terms.filter((t) => t.weight === 1).map((t) => t.word));
	return name?.split(/\s+/).some((word) => asked.has(word.toLowerCase())) === true;
}

/** A question opening with "which", which asks for one thing by its name. */
const WHICH = /^\s*which\b/i;
/** "Why…", not "what caused…", whose cause is oftener written as a noun ("the cause") than told. */
const ASKS_WHY = /^\s*why\b/iu;

/** Kinds answered by places, which a sentence names after "in" or "at" ("in nine provinces, … in Babil"). */
const PLACE_KINDS = /^(?:country|nation|city|town|village|province|region|district|county|island|port)$/;

/** Words that give a thing its name right before it: "called", "code-named "", "known as". */
const NAMED_AS = /\b(?:called|named|code-?named|dubbed|nicknamed|known\s+as)\s+[“"]?$/iu;

/** For "Who/What is X?", the description the sentence gives X, in apposition or as a title before the name. */
export function describedByName(question: AnalysedQuestion, sentence: string): AnswerPhrase | undefined {
	const name = askedName(question.text);
	if (!name) return undefined;
	const titled = findTitle(name, sentence, true);
	return findAppositive(name, sentence) ?? (titled && withBody(sentence, titled));
}

/**
 * "Which phones does the app work on?", "which other shops are…", "which strain of bird flu was…": the kind of thing
 * "which" asks for, before its verb.
 */
const WHICH_KIND =
	/^\s*[Ww]hich\s+(?:other\s+)?(?:(?!(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should|the|a|an|of|kind|type|sort|one|ones)\b)[\p{Ll}-]+\s+)??((?!(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should|the|a|an|of|kind|type|sort|one|ones)\b)\p{Ll}{3,})(?:\s+of\s+(?:[\p{Ll}-]+\s+){0,1}[\p{Ll}-]+)?\s+(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should)\b/u;
/** Kinds no name answers: "which route did they take" of "took a different route" asks a way, not a name. */
const UNNAMED_KINDS =
	/^(?:ways?|routes?|directions?|sides?|times?|days?|years?|parts?|ends?|halves|half|steps?|options?|methods?|versions?|colou?rs?|sizes?|kinds?|types?|sorts?)$/u;

function whichKind(question: string): string | undefined {
	const kind = WHICH_KIND.exec(question)?.[1];
	return kind && !UNNAMED_KINDS.test(kind) ? kind : undefined;
}

/**
 * Whether a name is followed by a description ending in the thing's word (", a 94-metre ferry", ", the town's last
 * cinema"), the sentence holding the words the question gives the thing ("the planning director" is not ", the
 * authority's director of environmental health").
 */
function apposedTo(after: string, thing: string, modifiers: readonly string[], quote: string): boolean {
	const described = /^,\s+(?:the|a|an)\s+((?:[\p{Ll}\d.'’-]+\s+){0,3}[\p{Ll}-]+)/u.exec(after)?.[1];
	if (described?.split(/\s+/).some((word) => stem(word) === stem(thing)) !== true) return false;
	const written = new Set(contentStems(quote));
	return modifiers.every((word) => written.has(word) || synonymStems(word).some((other) => written.has(other)));
}

/** Whether a name ends in the thing's own word, capitalised: "St Wendreda's Church" for "whats the church called". */
function endsInThing(name: AnswerPhrase, thing: string, quote: string, question: string): boolean {
	const last = name.text.split(/\s+/).at(-1) ?? '';
	// "the elderly man Lopez helped": a name the question writes is not the thing's kind.
	if (question.includes(last)) return false;
	// "the Union of Distribution Workers" names no worker; "the International Rice Research Institute" no rice.
	if (describesPerson(thing) || mayBePeople([stem(thing)]) || /^\s+(?:of\s+)?\p{Lu}/u.test(quote.slice(name.end)))
		return false;
	return /^\p{Lu}/u.test(last) && name.text.includes(' ') && stem(last.toLowerCase()) === stem(thing);
}

/** The words a question puts right before the thing whose name it asks: "planning" of "the planning director's name". */
function thingModifiers(question: string, thing: string): string[] {
	const at = question.toLowerCase().search(new RegExp(`\\b${thing.replace(/[^\p{L}-]/gu, '')}`, 'u'));
	if (at < 0) return [];
	const before = /(?:^|\b(?:the|a|an|his|her|their|its)\s+)((?:[\p{L}-]+\s+){0,2})$/iu.exec(question.slice(0, at));
	return contentStems(before?.[1] ?? '');
}

/**
 * "What speed limit did they want?" of "lowered the speed limit from 15 mph to 10 mph": the level it changed to, the
 * figure as it is where no change is told or an earlier time is asked (laterLevel).
 */
function laterFigure(
	question: string,
	quote: string,
	figure: AnswerPhrase,
	mentions: readonly Mention[],
): AnswerPhrase {
	const later = laterLevel(question, quote, figure.start, figure.end);
	const level = later === undefined ? undefined : mentions.find((m) => m.start === later);
	if (!level) return figure;
	// The later figure in the unit of the first: "10 mph" of "from 15 mph to 10 mph".
	const unit = figure.text.replace(/^[^\d]*[\d.,]+/u, '');
	const text = quote.startsWith(unit, level.end) && unit.trim() ? `${level.text}${unit}` : level.text;
	return { text, start: level.start, end: level.start + text.length, typed: true };
}
