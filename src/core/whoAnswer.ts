import type { AnswerContext } from './AnswerContext.ts';
import type { AnalysedQuestion } from './analyseQuestion.ts';
import { doerByDeed } from './askedCopula.ts';
import { askedNameOf, nameGiven } from './askedNameOf.ts';
import { agentUnsaid, askedDoer, askedObject, askedPatient, doerReversed } from './askedPatient.ts';
import { asksPersonRole, holdsOtherRole, personLike } from './asksPersonRole.ts';
import { asksNameOfPerson, whichPersonNoun } from './asksWhichPerson.ts';
import { asWritten } from './asWritten.ts';
import { beatenForWinner } from './beatenForWinner.ts';
import { bodyNamed } from './bodyNamed.ts';
import { clauseDoer } from './clauseDoer.ts';
import { describePerson } from './describePerson.ts';
import { earlierEditionUnsaid } from './earlierEditionUnsaid.ts';
import { askedName } from './findAppositive.ts';
import { asksSpeaker } from './findSpeaker.ts';
import { asksNamedKind, namesOther } from './focusName.ts';
import type { IndexedSentence } from './IndexedSentence.ts';
import { leaderElsewhere, leaderIsBody, leaderNamed, leaderRoles, speaksOfLeading } from './leaderRoles.ts';
import { loneOpener } from './loneOpener.ts';
import { memberNamed } from './memberNamed.ts';
import { NATIONALITY } from './mentionPatterns.ts';
import { nameAfterTrade } from './nameAfterTrade.ts';
import { namedBelow, oneOfTheKind } from './namedBelow.ts';
import { namedPeople } from './namedPeople.ts';
import { namesAskedBody } from './namesAskedBody.ts';
import { namesake } from './namesake.ts';
import { describedByName } from './otherAnswer.ts';
import { otherDoer } from './otherDoer.ts';
import { otherOfFewUntold } from './otherOfFewUntold.ts';
import { otherPlaceHead, otherTitleHolder } from './otherTitleHolder.ts';
import { ownedDoer } from './ownedDoer.ts';
import { ownerNamed } from './ownerNamed.ts';
import { ownerUntold } from './ownerUntold.ts';
import { deedUntold, passiveAgent } from './passiveAgent.ts';
import { peoplesBeforeNoun } from './peoplesBeforeNoun.ts';
import { personByRole } from './personByRole.ts';
import { type AnswerPhrase, LAW_NAME } from './pickAnswerPhrase.ts';
import { datelineEnd } from './pickClause.ts';
import { placeForFirm } from './placeForFirm.ts';
import { namesPlaceOrEvent } from './placeOrEventName.ts';
import { prizeRecipient } from './prizeRecipient.ts';
import { relationOfRole } from './relationOfRole.ts';
import { relativeDoer } from './relativeDoer.ts';
import { reportText } from './reportText.ts';
import { roleGivenElsewhere } from './roleGivenElsewhere.ts';
import { roleOwner } from './roleOwner.ts';
import { roleUnnamedHere } from './roleUnnamedHere.ts';
import { roleWordUnsaid } from './roleWordUnsaid.ts';
import type { ShortAnswer } from './ShortAnswer.ts';
import { speakerNotDoer } from './speakerNotDoer.ts';
import { contentStems } from './tokenize.ts';
import { reportTermLookup, withReportTopic } from './withReportTopic.ts';

/**
 * The short answer of `sentence` (sentence `index`) to a "who" question: the person described or holding the role
 * asked, whom a deed was done to, the role of the person asked, else `picked`, its fit lowered when the sentence
 * names nobody who fits.
 */
export function whoAnswer(
	question: AnalysedQuestion,
	index: number,
	sentence: IndexedSentence,
	picked: AnswerPhrase,
	context: AnswerContext,
): ShortAnswer {
	const answer = answerWho(question, index, sentence, picked, context);
	// "Who owns the Regal?" of "The cinema is owned by Lantern Screen Holdings": the very fact asked.
	if (answer.fit >= 1 && !answer.matched && ownerNamed(question.text, sentence.ref.quote, answer.phrase))
		return { ...answer, matched: true };
	// "the driver of a pickup truck seen parked on Moss Lane": a street, an island or a prize is nobody.
	const { phrase } = answer;
	if (
		!phrase.typed ||
		ASKS_WHO_IS_NAMED.test(question.text) ||
		context.entityKinds.get(index)?.get(phrase.start) === 'person' ||
		!namesPlaceOrEvent(phrase.text)
	)
		return answer;
	const body = ASKS_BODY.test(question.text) ? bodyNamed(context, index, phrase) : undefined;
	if (body) return { phrase: body, fit: 1 };
	return namedBelow(context, index) ?? { phrase, fit: Math.min(answer.fit, context.options.unnamedFit) };
}

function answerWho(
	question: AnalysedQuestion,
	index: number,
	sentence: IndexedSentence,
	picked: AnswerPhrase,
	context: AnswerContext,
): ShortAnswer {
	const quote = sentence.ref.quote;
	const people = context.people.get(index);
	// Someone told of without a name ("A student … pressed the emergency stop button."): the next sentence may name them.
	// "Who was the organist before Eleanor Marsh?" of "Cathedral organist Eleanor Marsh": the one asked about is no
	// answer (null), and the word before her trade names nobody else.
	const named = new Set(question.terms.filter((t) => t.weight === 1).map((t) => t.stem));
	const afterTrade = (phrase: AnswerPhrase) => {
		const found = nameAfterTrade(quote, phrase, context.entityKinds.get(index));
		// By the surname too: a declined question is asked again by the surname the report goes on to use (bySurname).
		return found && named.has(contentStems(found.text).at(-1) ?? '') ? null : found;
	};
	const unnamed = (): ShortAnswer => namedBelow(context, index) ?? { phrase: picked, fit: context.options.unnamedFit };
	// "Which company runs the balloon flights?" of "Skyward Meadow Flights, which … runs three balloons from its base in
	// Pellow": the body the sentence names, not the place.
	const bodyInstead = (): ShortAnswer | undefined => {
		const body = ASKS_BODY.test(question.text) ? bodyNamed(context, index, picked) : undefined;
		return body && { phrase: body, fit: 1 };
	};
	// "Who was the other councillor that voted against?" of "Peter Hallam, one of the two members who voted against";
	// "Who owns the Copper Pot?" of "…was refused a table at The Copper Pot": nobody's owning told.
	if (
		otherOfFewUntold(question.text, quote) ||
		roleWordUnsaid(question.text, quote, (told) => roleGivenElsewhere(context, index, picked, told))
	)
		return unnamed();
	// "Who is the agriculture minister?" of "Finance Minister Orrin Kessel defended…": another field's holder.
	if (
		picked.typed &&
		(otherTitleHolder(question.text, quote, picked.start, picked.end) ||
			otherPlaceHead(question.text, quote, picked.start, picked.end) ||
			relationOfRole(question.text, quote, picked.start, picked.end) ||
			// "Who is the defending champ?" of "Varga won … after the defending champion crashed": the holder unnamed here.
			roleUnnamedHere(question.text, quote, picked))
	)
		return unnamed();
	// "Who won best actress?" of "Best actress was awarded to Dalia Moreau, … while Samir Haddou won best actor";
	// "Who was Tessaly named for?" of "named after Ines Tessaly".
	const recipient = prizeRecipient(question.text, quote) ?? namesake(question.text, quote);
	if (recipient) return { phrase: recipient, fit: 1, matched: true };
	// "Which company did the lorry driver work for?" names a person's role and asks for a body.
	const person = ASKS_BODY.test(question.text)
		? undefined
		: (describePerson(question.text, people) ?? personPhrase(personByRole(question, people)));
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
	// "Who filled in for the star soprano?" of "An understudy replaced the star soprano Valentina Moretz": the name
	// after the role the question names as its object is the one replaced, not who did it.
	if (picked.typed && namedByAskedObject(question.text, quote, picked))
		return namedBelow(context, index, undefined, true) ?? { phrase: picked, fit: context.options.unnamedFit };
	// "Who did the surprise inspection?" of "an inspector from the Education Quality Board, Neil Abernathy, made an
	// unannounced visit": the person the body stands beside, named in commas.
	const member = ASKS_BODY.test(question.text)
		? undefined
		: memberNamed(quote, picked, new Set(question.terms.map((t) => t.stem)));
	if (member) return { phrase: member, fit: 1 };
	// "Who was banned?" of "The team doctor of cycling outfit Team Ardent was banned": the doctor, unnamed here.
	if (roleOwner(quote, picked)) return unnamed();
	// "hit by a car on the A47 road": a road's or a flight's code is nobody.
	if (picked.typed && CODE.test(picked.text)) return unnamed();
	// "Who signed for Bolivia?" of "Peru and Bolivia signed a treaty": the other party, not who acted for Bolivia; a
	// name of two words or more, a person's as a rule, may be the one asked ("Who caddies for McIlroy?" of "McIlroy and
	// Harry Diamond").
	if (picked.typed && !/\s/.test(picked.text.trim()) && partyBeside(question.text, quote, picked)) return unnamed();
	// "Who runs the dairy?" of "said Claire Mouchet, the dairy's managing director": its leader, named.
	// A name the facts gave no kind ("Kate Morrison, chief executive of the Council, said") may be the leader too.
	const leader = leaderNamed(question.text, quote, namedPeople(context, index, true), () =>
		reportText(context, sentence.paragraphIndex),
	);
	if (leader)
		return {
			phrase: { text: leader.text, start: leader.span[0], end: leader.span[1], typed: true },
			fit: 1,
			matched: true,
		};
	// "Who's in charge at Kaimoana Water?" answered by "Kaimoana Water Services": the body, not its leader.
	if (picked.typed && leaderIsBody(question.text, picked.text))
		return { phrase: picked, fit: context.options.unnamedFit };
	// "Who runs Museum Ter Leye?" of "painted by Adriaen Verbrugge": nobody there leads anything.
	if (leaderRoles(question.text) && !speaksOfLeading(sentence.tokens))
		return { phrase: picked, fit: context.options.missingFigureFit };
	// "What was the name of the man who died?" of a sentence that speaks of him without naming him.
	const thing = askedNameOf(question.text);
	if (thing && nameGiven(thing, quote, new Set(question.terms.map((t) => t.stem))) === null) return unnamed();
	// "Whose field did they land in?" of "landed in a field in County Mayo": nobody's field told, its names own nothing.
	if (ownerUntold(question.text, quote)) return unnamed();
	// "Who won the derby last year?" of "Greyfriar won on Saturday": this year's winner, the earlier one untold.
	if (earlierEditionUnsaid(question.text, quote)) return unnamed();
	// "Which company did the driver work for?" is not answered by a person ("Gabor Szalai").
	if (picked.typed && ASKS_BODY.test(question.text) && context.entityKinds.get(index)?.get(picked.start) === 'person')
		return { phrase: picked, fit: context.options.unnamedFit };
	// "Who were the doctors that wrote the reports?" of "submitted reports from two doctors": one of a kind, unnamed.
	const kind = WHO_KIND.exec(question.text)?.[1]?.toLowerCase();
	if (kind && nameGiven(kind, quote, new Set(question.terms.map((t) => t.stem)), true) === null) return unnamed();
	// "Who smuggled the blades?" of "blades were smuggled into the prison": the sentence names no one who did.
	if (agentUnsaid(question.text, quote, sentence.tokens)) return { phrase: picked, fit: context.options.unnamedFit };
	// "Who abandoned the race?" of "Tomas Wilder, 31, a sprinter with Team Corvo, who abandoned the race": the person.
	const relative = relativeDoer(question.text, quote, context.mentions.of(index), context.entityKinds.get(index));
	if (relative) return { phrase: relative, fit: 1, matched: true };
	// "Who took bronze?" of "…Tamara Hughes, who took silver, while Britain's Ada Nwosu won bronze": the object's clause.
	const clause = clauseDoer(
		question.text,
		quote,
		sentence.tokens,
		context.mentions.of(index),
		context.entityKinds.get(index),
		picked,
	);
	if (clause) return { phrase: clause, fit: 1 };
	// "Who found the body?" of "The body was found … by Lars Bech, 52": the agent of the same deed, named or not.
	let told: AnswerPhrase | undefined;
	const agent = passiveAgent(question.text, quote, sentence.tokens, (phrase) => {
		told = phrase;
	});
	// "She was pulled from the rubble by two colleagues": told of, not named; a sentence below may name them.
	if (agent === null)
		return namedBelow(context, index) ?? (told ? { phrase: told, fit: context.options.unnamedAgentFit } : unnamed());
	if (agent) return { phrase: agent, fit: 1, matched: true };
	// "Who bought the arena?" of "Denise Oyelaran said the local authority had looked at buying the arena": she only
	// said; "…said the city had ordered an independent safety audit": the doer is the subject of what she said.
	const doer = picked.typed ? speakerNotDoer(question.text, quote, sentence.tokens, picked) : false;
	if (doer) return doer === true ? { phrase: picked, fit: context.options.otherActorFit } : { phrase: doer, fit: 1 };
	// "…dug out of desert rock in southern Morocco": where something happened, nobody who did it.
	const nameAsked = Boolean(askedName(question.text));
	if (
		(!nameAsked || ASKS_DESCRIBED.test(question.text)) &&
		!ASKS_HOST.test(question.text) &&
		placeOfDeed(picked, quote, context.entityKinds.get(index), nameAsked)
	)
		return nameAsked
			? unnamed()
			: (bodyInstead() ?? namedBelow(context, index) ?? { phrase: picked, fit: context.options.locativeForWhoFit });
	// "the small West African republic of Maravia": a people's word before a noun describes it, it names nobody.
	if (picked.typed && peoplesBeforeNoun(quote, picked) && !askedName(question.text)) {
		// "the British scientist Henry Cavendish": the person named after the people's word and trade.
		const named = afterTrade(picked);
		return named ? { phrase: named, fit: 1 } : unnamed();
	}
	// 'LOS ANGELES (Wire) - Period drama…': a story's first word, capitalised as such, is nobody.
	if (datelineEnd(quote) > 0 && BEFORE_NOUN.test(quote.slice(picked.end)) && loneOpener(quote, picked, context, index))
		return unnamed();
	// "by the Roman architect Vitruvius": the person named after a people's word and a trade, the deed untold or not;
	// a sentence that names nobody ("It was only her fourth senior goal") is no answer at all (see below).
	if ((picked.typed || namesSomeone(context, index)) && deedUntold(question.text, sentence.tokens))
		return {
			phrase: afterTrade(picked) ?? picked,
			fit: context.options.untypedFit,
		};
	const patient = askedPatient(question.text, quote, context.corpus.sentence(index)?.tokens ?? []);
	// "signed Argentina striker Mateo Ruiz": the person after the side's name and trade.
	const kinds = context.entityKinds.get(index);
	if (patient) return { phrase: afterTrade(patient) ?? patient, fit: 1 };
	// "Who beat Kurokaze?" of "Kurokaze … beating fellow ozeki Takayutaka": the one picked was beaten.
	if (picked.typed && doerReversed(question.text, quote, sentence.tokens, picked.start))
		return { phrase: picked, fit: context.options.otherActorFit };
	// "Who won the men's final?" of "Quiroga beat defending champion Henrik Aas 6-4 to win": the one who beat them.
	const winner = beatenForWinner(question.text, quote, context.mentions.of(index), picked);
	if (winner) return { phrase: winner, fit: 1, matched: true };
	if (winner === null) return { phrase: picked, fit: context.options.otherActorFit };
	// "Who did Switzerland beat?" of "Japan took the bronze, beating Sweden": another's deed.
	if (otherDoer(question.text, quote, sentence.tokens)) return { phrase: picked, fit: context.options.otherActorFit };
	// "Who did he beat?" of "beating the world's third-ranked player": whom, unnamed; a sentence below may name them.
	const object = askedObject(question.text, quote, sentence.tokens);
	if (object === null) return unnamed();
	if (object)
		return askedDoer(question.text, object.text)
			? { phrase: object, fit: context.options.otherActorFit }
			: { phrase: afterTrade(object) ?? object, fit: 1, matched: true };
	// "Who is Tavolaro?" of "…said Marcos Tavolaro, the group's general manager": the role asked for, given.
	const described = describedByName(question, quote);
	if (described) return { phrase: described, fit: 1, matched: true };
	// "Who is Anna Novak?" of a sentence that gives her no role: the sentence tells of her, no other name answers
	// ("Novak's lawyer, Jan Berg"); one that names her only as someone's owner may say less than one below it.
	const written = asWritten(askedName(question.text) ?? '', quote, (at) => kinds?.get(at) === 'person');
	if (NAME_ONLY.test(written.name))
		return {
			phrase: wholeSentence(quote),
			fit: written.possessive
				? Math.min(context.options.untypedFit, context.options.undescribedFit)
				: written.introduced
					? context.options.introducedFit
					: context.options.undescribedFit,
		};
	// "Which developer wanted it?" of "came from Harlowe Homes, a developer based in…": the name the sentence gives the
	// kind asked, a firm's as well as a person's.
	const kindNoun = whichPersonNoun(question.text);
	const ofKind = kindNoun ? nameGiven(kindNoun, quote) : undefined;
	// "the French officer Antoine de la Mothe Cadillac": a name holding the noun itself is a description, no name.
	if (ofKind && !ofKind.text.toLowerCase().includes(kindNoun?.toLowerCase() ?? '')) return { phrase: ofKind, fit: 1 };
	// "Who is the chairman of Baltica?" answered by an organisation, a place, an agency or "manager Duncan", or by
	// "VERONA, Italy (Reuters) — Hailstones up to 11 centimetres…": a first word alone, capitalised as such.
	if (
		asksPersonRole(question.text) &&
		(!personLike(quote, picked, context.entityKinds.get(index)) ||
			loneOpener(quote, picked, context, index) ||
			namesAskedBody(question.text, picked) ||
			holdsOtherRole(question.text, quote, picked, people ?? []))
	)
		return oneOfTheKind(question.text, sentence, index, context) ?? { phrase: picked, fit: context.options.unnamedFit };
	// "What's the name of the nurse who found the fridge?" of "Brookside Health Centre": a body or a place, no name.
	// A word alone not known as a person's ("Merrow", "Greenplate") names a place or a firm as often: no name told.
	if (
		asksNameOfPerson(question.text) &&
		(!personLike(quote, picked, context.entityKinds.get(index)) ||
			(!/\s/u.test(picked.text.trim()) && context.entityKinds.get(index)?.get(picked.start) !== 'person'))
	)
		return unnamed();
	// "Which company built the trams?" of a sentence that names nothing the question does not ("the company").
	if (
		asksNamedKind(question.text) &&
		!namesOther(question, context.mentions.of(index), quote, context.entityKinds.get(index))
	)
		return { phrase: picked, fit: context.options.unnamedFit };
	// Only a place to answer "who" with ("opened in Oslo"), or a people ("Georgian first-time director wins…"): a
	// sentence below may name the person.
	// "A 16-year-old grandmaster from India won…": someone described, not named; a sentence below may name them.
	if (FROM_PLACE_UNNAMED.test(quote.slice(Math.max(0, picked.start - 60), picked.start))) return unnamed();
	// "Twelve-year-old from Fenwick wins national spelling bee": an age told, capitalised at the start, no name.
	if (AGE_WORD.test(picked.text)) return unnamed();
	// "consigned by a Swiss-based collector", "a 48-million-Canadian-dollar jackpot": a word describing someone or
	// something, no name.
	const word = quote.slice(picked.start, picked.end + 14).split(/\s/)[0] ?? '';
	const modifier = COMPOUND_MODIFIER.test(picked.text) && picked.start > datelineEnd(quote);
	if (picked.typed && (DESCRIBED_BY_PLACE.test(word) || modifier)) return unnamed();
	// "GALWAY, Ireland - A 19-year-old nursing student won…": where the report was filed is nobody.
	if (picked.typed && picked.start < datelineEnd(quote)) return unnamed();
	// "by the Roman architect Vitruvius": a people's word before a trade, the person named after it.
	const traded = afterTrade(picked);
	if (traded === null) return unnamed();
	if (traded) return { phrase: traded, fit: 1 };
	// "Portugal's communications regulator on Wednesday fined…": the owner's body that did the deed, not the owner.
	const owned = ownedDoer(question.text, quote, picked);
	if (owned) return { phrase: owned, fit: 1 };
	const place = context.entityKinds.get(index)?.get(picked.start) === 'place' || NATIONALITY.test(picked.text);
	// "Who was stationed along the border?" of "Russian border troops were stationed…": the subject, not "Tajik".
	const done = place || !picked.typed ? doerByDeed(question.text, quote) : undefined;
	if (done) return { phrase: done, fit: 1 };
	const body = place ? bodyInstead() : undefined;
	if (body) return body;
	// A sentence that names nobody ("The coins had been buried in a clay pot") does not say who; a speaker not found
	// in the sentence of the quote asked about is still told there ("…," she said).
	const nobody = asksSpeaker(question.text) ? 1 : context.options.unnamedFit;
	if (place || !picked.typed)
		return namedBelow(context, index) ?? { phrase: picked, fit: place ? context.options.placeForWhoFit : nobody };
	// "under the Resource Management Act": a law left alone among the names is nobody who did anything; nor is a common
	// word capitalised as its sentence's first ("Entries for next year's race will open…").
	if (
		LAW_NAME.test(picked.text) ||
		(!ASKS_WHO_IS_NAMED.test(question.text) &&
			(AFTER_COMMON.test(quote.slice(picked.end)) || /[^s]s$/u.test(picked.text)) &&
			BEFORE_NOUN.test(quote.slice(picked.end)) &&
			loneOpener(quote, picked, context, index))
	)
		return unnamed();
	// "Which company is building the houses?" of "The Glenfield Ice Centre … has been sold": a building, no firm.
	if (placeForFirm(question.text, picked, () => reportText(context, sentence.paragraphIndex)))
		return namedBelow(context, index) ?? { phrase: picked, fit: context.options.unnamedFit };
	return { phrase: picked, fit: 1 };
}

/** A code of letters and digits, as a road, a flight or a model is called: "A47", "M14", "B4117", "BA2490". */
const CODE = /^\p{Lu}{1,3}-?\d{1,5}\p{Lu}?$/u;

/** "Who is Helena Routh?", "who's omar haddadi": a person named, their role asked. */
const ASKS_WHO_IS_NAMED =
	/^\s*who(?:['’]s|\s+(?:is|was))\s+(?!(?:the|a|an|in|on|at|behind)\b)\p{L}+(?:\s+\p{L}+){0,2}\s*\??\s*$/iu;

/** "Entries for…", "Damage to…": a preposition after a word tells a common noun, seldom a name's deed. */
const AFTER_COMMON = /^\s+(?:for|of|to|from|at|in|on|with)\s/u;

/** A lowercase word after a word that opens a story, its noun or what follows it ("Period drama"), not its verb. */
const BEFORE_NOUN =
	/^\s+(?!(?:and|or|nor|has|have|had|is|was|are|were|will|would|can|could|may|might|said|says|\p{Ll}+ed)\b)\p{Ll}/u;

/** "Who will host the games?": a place may do that deed ("will be held in Brisbane"). */
const ASKS_HOST = /\b(?:host|hosts|hosted|hosting|stage|stages|staged|staging)\b/i;

/** A preposition of place right before a name, with a word of its part: "in southern ", "near the ", "at ". */
const LOCATIVE_BEFORE =
	/\b(?:in|at|on|near|across|throughout|inside|outside|around|within)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|rural|coastal|neighbouring|neighboring)\s+)?$/iu;

/**
 * Whether the name picked is a place written after a preposition of place ("in southern Morocco", "on Lake Tamsin");
 * one of no known kind counts too, but not after "at" ("engineers at Google") or "on" ("a finish on the Colle delle
 * Finestre", which a rule below reads) nor as an owner ("in Microsoft's lab"); where a name is asked, only a `sure`
 * place ("in northern Ostrava province").
 */
function placeOfDeed(
	picked: AnswerPhrase,
	quote: string,
	kinds: ReadonlyMap<number, string> | undefined,
	sure: boolean,
): boolean {
	if (!picked.typed || /^[’']/u.test(quote.slice(picked.end))) return false;
	const kind = kinds?.get(picked.start) ?? (PLACE_NOUN_AFTER.test(quote.slice(picked.end)) ? 'place' : undefined);
	const before = LOCATIVE_BEFORE.exec(quote.slice(Math.max(0, picked.start - 40), picked.start));
	if (sure) return before !== null && kind === 'place';
	return before !== null && (kind === 'place' || (kind === undefined && !/^(?:at|on)\b/i.test(before[0])));
}

/** "Who is the kidnapped aid worker?": the name of someone described, not a description of someone named. */
const ASKS_DESCRIBED = /^\s*who(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+(?:the|a|an)\s/iu;

/** A word of a place after a name: "Ostrava province", "Kerry county", "Dunmore valley". */
const PLACE_NOUN_AFTER =
	/^\s+(?:province|region|county|district|prefecture|governorate|oblast|municipality|valley|peninsula|island|islands|archipelago)\b/iu;

/** A question ending on whom someone acted for: "who signed the ceasefire for Kestrania?", "on behalf of the club". */
const ACTS_FOR = /\b(?:for|on\s+behalf\s+of|representing)\s+(?:the\s+)?(\p{L}[\p{L}’'-]*)[\s?!.]*$/iu;

/** Whether `picked` is joined by "and" to the party the question asks who acted for: "Peru and Bolivia signed". */
function partyBeside(question: string, quote: string, picked: AnswerPhrase): boolean {
	const party = ACTS_FOR.exec(question)?.[1]?.toLowerCase();
	if (!party || picked.text.toLowerCase().includes(party)) return false;
	const before = quote.slice(Math.max(0, picked.start - party.length - 6), picked.start).toLowerCase();
	const after = quote.slice(picked.end, picked.end + party.length + 6).toLowerCase();
	return before.endsWith(`${party} and `) || after.startsWith(` and ${party}`);
}

/** "Who were the doctors that…", "who was the Brazilian midfielder who…", "who is the sheep farmer?": a kind of person. */
const WHO_KIND =
	/^\s*who\s*(?:is|was|are|were|['’]s)\s+the\s+(?:[\p{L}'’-]+\s+){0,2}?(\p{Ll}(?:[\p{Ll}-]*\p{Ll})??)s?(?:\s+(?:who|that)\s|[\s?!.]*$)/iu;

/** Someone described by where they are from, without a name: "a 16-year-old grandmaster from ", "an engineer of ". */
/** An age written as one word: "Twelve-year-old", "62-year-old". */
const AGE_WORD = /^[\p{L}\d]+(?:-[\p{L}\d]+)*-year-olds?$/iu;
const FROM_PLACE_UNNAMED = /(?:^|[^\p{L}])(?:[Aa]|[Aa]n)\s+(?:[\p{Ll}\d-]+\s+){0,3}?\p{Ll}+\s+(?:from|of)\s+$/u;

/** A name asked about alone, capitalised but for its particles: "Anna Novak", "Ursula von der Leyen". */
const NAME_ONLY =
	/^\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:van|von|der|de|da|di|del|la|le|al|bin|of|the)\s+)*\p{Lu}[\p{L}.'’-]*)*$/u;

/** The whole sentence as an untyped answer phrase. */
export function wholeSentence(sentence: string): AnswerPhrase {
	return { text: sentence, start: 0, end: sentence.length, typed: false };
}

/** The phrase of the person a role names, if any (see personByRole). */
export function personPhrase(person: ReturnType<typeof personByRole>): AnswerPhrase | undefined {
	if (!person) return undefined;
	const [start, end] = person.span;
	return { text: person.text, start, end, typed: true };
}

/** "Which company/airline/bank…": a body asked for, which no person's name answers. */
const ASKS_BODY =
	/^\s*(?:what|which)\s+(?:[\p{Ll}-]+\s+)?(?:company|companies|firm|firms|airline|airlines|bank|banks|carrier|club|team|agency|organi[sz]ation|newspaper|union|party|band|militia|gang|manufacturer|maker|supplier|contractor|insurer|operator|charity|broadcaster|publisher|label|brewery|university|school|hospital)\b/iu;

/** A word made of a place and what it says of someone: "Swiss-based", "Lagos-born", "state-owned". */
const DESCRIBED_BY_PLACE = /^[\p{L}.]+-(?:based|born|owned|registered|run|led|made|bred)$/iu;
/**
 * A capitalised word joined to lowercase ones alone, inside a sentence, a modifier: "Canadian-dollar", "US-led" (not
 * "Seo-yeon Park", nor a prefix: "Anti-miscegenation laws").
 */
const COMPOUND_MODIFIER =
	/^(?!(?:Anti|Pro|Non|Post|Pre|Ex|Neo|Semi|Co|Mid|Self|Multi|Inter|Trans|Counter|Pan)-)\p{Lu}[\p{L}.]*-\p{Ll}[\p{Ll}-]*$/u;

/** Whether a sentence writes any name at all. */
function namesSomeone(context: AnswerContext, index: number): boolean {
	return context.mentions.of(index).some((m) => m.type === 'name');
}

/** "Who replaced the star soprano", "who filled in for the injured captain": who did a deed to someone named by role. */
const WHO_DEED_TO =
	/^\s*who\s+(?!(?:is|was|are|were|will\s+be|has\s+been)\b)(?:[\p{Ll}-]+\s+){1,3}?the\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s*[?!.]*\s*$/u;

/** Whether the name picked stands right after the role a "who did X to the <role>" question names ("the star soprano Valentina Moretz"). */
function namedByAskedObject(question: string, quote: string, picked: AnswerPhrase): boolean {
	const role = WHO_DEED_TO.exec(question.toLowerCase())?.[1];
	if (!role) return false;
	return quote
		.slice(Math.max(0, picked.start - role.length - 6), picked.start)
		.toLowerCase()
		.endsWith(`the ${role} `);
}
