import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/core/analyseQuestion.ts';
import { buildAnswerContext } from '../../src/core/buildAnswerContext.ts';
import { chooseFittingAnswer } from '../../src/core/chooseFittingAnswer.ts';
import { chooseShortAnswer } from '../../src/core/chooseShortAnswer.ts';
import { indexReports } from '../../src/core/indexReports.ts';
import type { RankedSentence } from '../../src/core/rankSentences.ts';
import { parseReport } from '../../src/reports/parseReport.ts';

/** An invented report, worded unlike the seed report, so the rules are general. */
const TEXT = [
	'Harbour patrols reported a busy night along the northern coast of Tervala.',
	'Rebel units fired 30 rockets at the port of Kessby overnight, officials said. Coast guard crews intercepted 12 rockets before they reached the docks.',
	'Mayor Ilse Brandt visited the docks on Monday. “We will rebuild the cranes within a month,” she said. Dr. Brandt later toured the field hospital.',
].join('\n\n');

function setUp() {
	const parsed = parseReport('harbour-night', TEXT);
	if (!parsed.ok) throw new Error(parsed.problem);
	const built = indexReports([parsed.report]);
	const { context } = buildAnswerContext(built, {});
	const at = (words: string): RankedSentence => {
		const quotes = Array.from({ length: context.corpus.sentenceCount }, (_, s) => context.corpus.quote(s));
		const index = quotes.findIndex((quote) => quote.includes(words));
		return { index, score: 1, coverage: 1, contextCoverage: 1, sentenceScore: 1, paragraphScore: 1, affinity: 1 };
	};
	const ask = (question: string) => analyseQuestion(question, context.questionContext);
	return { context, at, ask, facts: built.facts };
}

/** The answer context of one invented report. */
function contextOf(id: string, text: string) {
	const parsed = parseReport(id, text);
	if (!parsed.ok) throw new Error(parsed.problem);
	return buildAnswerContext(indexReports([parsed.report]), {}).context;
}

/** The short answer chooseShortAnswer gives the question from the sentence of `context` holding `words`. */
function shortIn(context: ReturnType<typeof contextOf>, question: string, words: string) {
	const quotes = Array.from({ length: context.corpus.sentenceCount }, (_, s) => context.corpus.quote(s));
	const index = quotes.findIndex((quote) => quote.includes(words));
	return chooseShortAnswer(analyseQuestion(question, context.questionContext), index, context);
}

describe('chooseFittingAnswer', () => {
	const { context, at, ask, facts } = setUp();

	it('answers from a candidate just below the top when the top one counts another action', () => {
		const question = ask('How many rockets did the coast guard intercept?');
		const ranked = [at('fired 30 rockets'), at('intercepted 12 rockets')];
		const chosen = chooseFittingAnswer(question, ranked, 0.6, () => 0.5, context);
		expect(chosen?.position).toBe(1);
		expect(chosen?.short.phrase.text).toContain('12');
		// Its count is the one asked (thing, action, side): surer than the estimate (see the next tests).
		expect(chosen?.confidence).toBeCloseTo(0.5 + 0.5 * context.options.matchedEvidence);
	});

	it('keeps the top candidate when its answer fits, and without estimates for the others (hand-tuned ranking)', () => {
		const fits = chooseFittingAnswer(
			ask('How many rockets were fired?'),
			[at('fired 30'), at('intercepted 12')],
			0.6,
			() => 0.9,
			context,
		);
		expect(fits?.position).toBe(0);
		expect(fits?.confidence).toBeCloseTo(0.6 + 0.4 * context.options.matchedEvidence);
		const question = ask('How many rockets did the coast guard intercept?');
		const alone = chooseFittingAnswer(question, [at('fired 30'), at('intercepted 12')], 0.6, undefined, context);
		expect(alone?.position).toBe(0);
		expect(alone?.confidence).toBeLessThan(0.6);
	});

	it('looks no further when the top count is another side’s doing: the question’s premise is likely wrong', () => {
		const question = ask('How many rockets did the coast guard fire at Kessby?');
		const ranked = [at('fired 30 rockets'), at('intercepted 12 rockets'), at('Mayor Ilse Brandt')];
		const chosen = chooseFittingAnswer(question, ranked, 0.6, () => 0.9, context);
		expect(chosen?.position).toBe(0);
		expect(chosen?.short.otherActor).toBe(true);
		expect(chosen?.confidence).toBeLessThan(0.6 * context.options.otherActorFit + 1e-9);
	});

	it('looks below the fitting depth for the person holding the role asked, not for a count', () => {
		const below = [at('Harbour patrols'), at('fired 30 rockets'), at('Coast guard crews'), at('We will rebuild')];
		const estimate = (position: number) => (position === 0 ? 0.3 : 0.1);
		const { matchedEvidence, fitDepth } = context.options;
		expect(below.length).toBeGreaterThanOrEqual(fitDepth);
		const who = chooseFittingAnswer(
			ask('Who is the mayor?'),
			[...below, at('Mayor Ilse Brandt')],
			0.3,
			estimate,
			context,
		);
		expect(who?.position).toBe(below.length);
		expect(who?.short.phrase.text).toContain('Ilse Brandt');
		expect(who?.confidence).toBeCloseTo(0.1 + 0.9 * matchedEvidence);
		const count = ask('How many rockets did coast guard crews intercept?');
		const deep = [
			at('Harbour patrols'),
			at('Mayor Ilse'),
			at('We will rebuild'),
			at('Dr. Brandt'),
			at('intercepted 12'),
		];
		expect(chooseFittingAnswer(count, deep, 0.3, estimate, context)?.position).not.toBe(deep.length - 1);
	});

	it('is surer of a fact matching the question exactly: the asked side’s count of the asked thing, the asked person’s role', () => {
		const { matchedEvidence } = context.options;
		const count = ask('How many rockets did coast guard crews intercept?');
		const chosen = chooseFittingAnswer(count, [at('intercepted 12 rockets')], 0.4, undefined, context);
		expect(chosen?.short.matched).toBe(true);
		expect(chosen?.confidence).toBeCloseTo(0.4 + 0.6 * matchedEvidence);
		const role = chooseFittingAnswer(ask('Who is Brandt?'), [at('Mayor Ilse Brandt')], 0.4, undefined, context);
		expect(role?.short.phrase.text).toBe('Mayor Ilse Brandt');
		expect(role?.confidence).toBeCloseTo(0.4 + 0.6 * matchedEvidence);
	});

	it('is surer of the exact count when the question writes in digits a figure its paragraph spells ("5 days", "five days")', () => {
		const week = contextOf('patrol-week', 'Coast guard crews intercepted 12 rockets over five days, officials said.');
		const question = analyseQuestion(
			'How many rockets did coast guard crews intercept over the 5 days?',
			week.questionContext,
		);
		const ranked: RankedSentence[] = [{ ...at('Harbour patrols'), index: 0 }];
		const chosen = chooseFittingAnswer(question, ranked, 0.4, undefined, week);
		expect(chosen?.short.matched).toBe(true);
		expect(chosen?.confidence).toBeCloseTo(0.4 + 0.6 * week.options.matchedEvidence);
	});

	it('is not surer of a count that only fits "how many people", nor when a name the question gives is elsewhere', () => {
		const vague = chooseFittingAnswer(
			ask('How many people live near the docks?'),
			[at('fired 30')],
			0.4,
			undefined,
			context,
		);
		// No surer, and less: rockets fired are things, no count of people (countsThingsForPeople).
		expect(vague?.confidence).toBeCloseTo(0.4 * context.options.countMismatchFit);
		const elsewhere = ask('How many rockets did coast guard crews intercept at Tervala?');
		const chosen = chooseFittingAnswer(elsewhere, [at('intercepted 12 rockets')], 0.4, undefined, context);
		// Less sure, even: the count's paragraph never names the place the question puts it in (see askedPlaces).
		expect(chosen?.confidence).toBeCloseTo(0.4 * context.options.placeElsewhereFit);
	});

	it('gives a count of a thing the report never names a low fit, even in a sentence without counts', () => {
		const fit = chooseShortAnswer(
			ask('How many tanks did the rebels lose?'),
			at('Mayor Ilse Brandt').index,
			context,
		).fit;
		expect(fit).toBe(context.options.countMismatchFit);
	});

	it('gives "how many" a low fit in a sentence that names what is counted but gives no figure', () => {
		const question = ask('How many harbour patrols reported a busy night?');
		expect(chooseShortAnswer(question, at('Harbour patrols reported').index, context).fit).toBe(
			context.options.missingFigureFit,
		);
		const chosen = chooseFittingAnswer(
			question,
			[at('Harbour patrols'), at('intercepted 12')],
			0.5,
			() => 0.4,
			context,
		);
		expect(chosen?.position).toBe(1);
	});

	it('gives a count a low fit for "how many" of a figure hyphenated to another word, and for "how old" of a count', () => {
		const robots = contextOf(
			'robots',
			'The six-wheeled robot stopped in a narrow lane. Devlin Hart, a property developer, died aged 71. At least 57 people have died in floods, 21 of them children under 15.',
		);
		const fitOf = (question: string, words: string) => shortIn(robots, question, words);
		expect(fitOf('How many robots does the city have?', 'six-wheeled').fit).toBe(robots.options.countMismatchFit);
		expect(fitOf('how old was the developer when he died', 'aged 71').phrase.text).toBe('aged 71');
		expect(fitOf('how old was Devlin Hart when he died', 'At least 57').fit).toBe(robots.options.countMismatchFit);
	});

	it('gives "how much/how many" a low fit in a sentence that says the figure is withheld or not known', () => {
		const homes = contextOf(
			'homes',
			'Ocampo said his home was valued at $410,000; he did not yet know how much his insurer would pay. The insurer paid $52,000 to a neighbour.',
		);
		const fitOf = (question: string, words: string) => shortIn(homes, question, words).fit;
		expect(fitOf('how much will ocampo’s insurer pay out', 'did not yet know')).toBe(homes.options.missingFigureFit);
		expect(fitOf('how much did the insurer pay the neighbour', 'paid $52,000')).toBe(1);
		const complaints = contextOf(
			'complaints',
			'Skyra had the most complaints among the four largest carriers, the agency said, without giving a figure. Rival Norda did not disclose passenger figures for the route.',
		);
		const fitIn = (question: string, words: string) => shortIn(complaints, question, words).fit;
		expect(fitIn('how many complaints did skyra get', 'without giving')).toBe(complaints.options.missingFigureFit);
		expect(fitIn('how many passengers did norda carry', 'passenger figures')).toBe(complaints.options.missingFigureFit);
	});

	it('gives a sum another side pledged the low fit of another side’s count, and looks no further', () => {
		const aid = contextOf(
			'aid',
			'Australia pledged A$5 million in immediate aid, and New Zealand said it would send a plane.',
		);
		const short = chooseShortAnswer(
			analyseQuestion('how much aid has new zealand pledged', aid.questionContext),
			0,
			aid,
		);
		expect(short.fit).toBeLessThan(0.5);
		expect(short.otherActor).toBe(true);
	});

	it('gives "what did X say" a low fit in a sentence that reports nobody’s words, full fit for a quote', () => {
		const question = ask('What did Brandt say?');
		expect(chooseShortAnswer(question, at('visited the docks').index, context).fit).toBe(context.options.unsaidFit);
		expect(chooseShortAnswer(question, at('rebuild the cranes').index, context).fit).toBe(1);
		// Reported speech, but not the person asked about.
		const other = chooseShortAnswer(ask('What did the coast guard say?'), at('Rebel units fired').index, context);
		expect(other.fit).toBe(context.options.unsaidFit);
	});

	it('answers "when" from a candidate below that gives a time and is likelier right, when the top one gives none', () => {
		const question = ask('When did Mayor Brandt visit the docks?');
		const ranked = [at('rebuild the cranes'), at('visited the docks on Monday')];
		const chosen = chooseFittingAnswer(question, ranked, 0.2, (p) => (p === 0 ? 0.2 : 0.5), context);
		expect(chosen?.position).toBe(1);
		expect(chosen?.short.phrase.text).toContain('Monday');
		// The one below writes every word asked, so its date is the very fact asked (matchedEvidence): still less likely.
		const unlikelier = chooseFittingAnswer(question, ranked, 0.9, (p) => (p === 0 ? 0.9 : 0.1), context);
		expect(unlikelier?.position).toBe(0);
	});

	it('gathers the chances of candidates giving the same answer only within one report', () => {
		const reports = ['Ferry fares at Kessby rise next year, the port said.', 'The Lund bridge opens next year.'].map(
			(text, i) => {
				const parsed = parseReport(`report-${i}`, text);
				if (!parsed.ok) throw new Error(parsed.problem);
				return parsed.report;
			},
		);
		const two = buildAnswerContext(indexReports(reports), {}).context;
		const rank = (index: number): RankedSentence => ({ ...at('Harbour patrols'), index });
		const question = analyseQuestion('When do ferry fares rise?', two.questionContext);
		const chosen = chooseFittingAnswer(question, [rank(0), rank(1)], 0.3, () => 0.3, two);
		expect(chosen?.short.phrase.text).toBe('next year');
		// Its sentence writes every word asked: the evidence of the very fact asked, once, not the other report's chance.
		expect(chosen?.confidence).toBeCloseTo(0.3 + 0.7 * two.options.matchedEvidence);
	});

	it('gathers the chances of sentences writing the same figure, hedged or not, and not of others', () => {
		const fares = contextOf(
			'fares',
			'Kessby ferry fares will rise by 1,200 crowns a year, the port said.\n\nPort chief Ann Lowe said fares would rise by about 1,200 crowns a year. Lund fares rise by 300 crowns.',
		);
		const question = analyseQuestion('How much will Kessby ferry fares rise?', fares.questionContext);
		const where = (words: string) =>
			Array.from({ length: fares.corpus.sentenceCount }, (_, s) => fares.corpus.quote(s)).findIndex((quote) =>
				quote.includes(words),
			);
		const rank = (words: string): RankedSentence => ({ ...at('Harbour patrols'), index: where(words) });
		const alone = chooseFittingAnswer(question, [rank('by 1,200'), rank('by 300')], 0.5, () => 0.5, fares);
		const both = chooseFittingAnswer(question, [rank('by 1,200'), rank('by about 1,200')], 0.5, () => 0.5, fares);
		expect(alone?.short.phrase.text).toBe(both?.short.phrase.text);
		expect(both?.confidence).toBeGreaterThan(alone?.confidence ?? 1);
	});

	it('gathers no chances for an answer that fits poorly, nor takes a length of time for the length of a thing', () => {
		const metro = contextOf(
			'metro',
			'The airport metro line opened three years late.\n\nThe line was finished three years behind schedule.',
		);
		const question = analyseQuestion('How long is the airport metro line?', metro.questionContext);
		const ranked: RankedSentence[] = [0, 1].map((index) => ({ ...at('Harbour patrols'), index }));
		const chosen = chooseFittingAnswer(question, ranked, 0.5, () => 0.5, metro);
		expect(chosen?.short.phrase.text).toBe('three years');
		expect(chosen?.confidence).toBeCloseTo(0.5 * metro.options.otherDurationFit);
	});

	it("shows a headline's sum from the story sentence that gives it of the thing the headline names", () => {
		const leeds = contextOf(
			'charge',
			'Leeds councillors back £9 congestion charge for city centre\n\nDrivers will pay £9 a day from April after councillors approved a congestion charge.',
		);
		const question = analyseQuestion('how much is the leeds congestion charge per day', leeds.questionContext);
		const ranked: RankedSentence[] = [0, 1].map((index) => ({ ...at('Harbour patrols'), index }));
		const chosen = chooseFittingAnswer(question, ranked, 0.6, () => 0.6, leeds);
		expect(chosen?.position).toBe(1);
		expect(chosen?.short.phrase.text).toBe('£9');
	});

	it("shows a headline's name from the story sentence that names the same one more briefly", () => {
		const worlds = contextOf(
			'worlds',
			"South Korea's Hanseong Esports win world title in London\n\nSouth Korean team Hanseong Esports won the world title on Sunday.",
		);
		const question = analyseQuestion('who won the world title', worlds.questionContext);
		const ranked: RankedSentence[] = [0, 1].map((index) => ({ ...at('Harbour patrols'), index }));
		const chosen = chooseFittingAnswer(question, ranked, 0.6, () => 0.6, worlds);
		expect(chosen?.position).toBe(1);
		expect(chosen?.short.phrase.text).toBe('Hanseong Esports');
	});

	it('keeps a later "Dr. Brandt" a person with the full name, its span the name as written', () => {
		const person = facts.find((f) => f.kind === 'person' && f.source.quote.startsWith('Dr. Brandt'));
		expect(person?.text).toBe('Ilse Brandt');
		expect(person?.source.quote.slice(...(person?.span ?? [0, 0]))).toBe('Brandt');
	});

	it("looks below the fitting depth for a thing's name written with the thing's own word", () => {
		const hotel = contextOf(
			'hotel',
			[
				'Firefighters were called out at 3 a.m. on Friday.',
				'Smoke spread along the corridors within minutes.',
				'Two guests were treated for smoke inhalation.',
				'The fire service said the alarm had worked.',
				'Investigators will return on Monday.',
				'The Grand Ege Hotel, which opened in 1998, has 120 rooms.',
			].join('\n\n'),
		);
		const question = analyseQuestion('what is the name of the hotel', hotel.questionContext);
		const ranked: RankedSentence[] = [0, 1, 2, 3, 4, 5].map((index) => ({ ...at('Harbour patrols'), index }));
		const chosen = chooseFittingAnswer(question, ranked, 0.3, () => 0.3, hotel);
		expect(chosen?.position).toBe(5);
		expect(chosen?.short.phrase.text).toBe('Grand Ege Hotel');
		const deep = contextOf(
			'hotel-deep',
			[
				...Array.from({ length: 10 }, (_, k) => `Witness number ${k + 1} described the smoke.`),
				'The Grand Ege Hotel, which opened in 1998, has 120 rooms.',
			].join('\n\n'),
		);
		const named = analyseQuestion('what is the hotel called', deep.questionContext);
		const ranks: RankedSentence[] = Array.from({ length: 11 }, (_, index) => ({ ...at('Harbour patrols'), index }));
		expect(hotel.options.namedDepth).toBeGreaterThan(10);
		expect(chooseFittingAnswer(named, ranks, 0.3, () => 0.3, deep)?.short.phrase.text).toBe('Grand Ege Hotel');
		const workers = analyseQuestion('what are the names of the night shift workers', hotel.questionContext);
		expect(chooseFittingAnswer(workers, ranked, 0.3, () => 0.3, hotel)?.position).toBe(0);
	});
});
