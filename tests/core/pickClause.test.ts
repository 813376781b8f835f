import { describe, expect, it } from 'vitest';
import { asksForClause, asksReason, datelineEnd, givesReason, pickClause } from '../../src/core/pickClause.ts';
import { contentStems, tokenize } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';

function clauseFor(question: string, sentence: string): string {
	return pickClause(question, sentence, tokenize(sentence), new Set(contentStems(question))).text;
}

describe('pickClause', () => {
	it('is asked for by "what happened" and "why" questions only', () => {
		expect(asksForClause('What happened at the port?')).toBe(true);
		expect(asksForClause('why did the ferry stop')).toBe(true);
		expect(asksForClause('What did the union say?')).toBe(false);
	});

	it('answers "what happened" with the clause that holds the question’s words', () => {
		const sentence = 'Dock workers walked out at Halden on Monday, two days after the port cut their overtime pay.';
		expect(clauseFor('What happened at Halden on Monday?', sentence)).toBe(
			'Dock workers walked out at Halden on Monday',
		);
	});

	it('answers "what happened to X" with what X met when X\'s own clause is X alone', () => {
		const pair = 'Two developers, Karen Holt and Simon Pryce, received suspended sentences after pleading guilty.';
		expect(clauseFor('what happened to holt and pryce', pair)).toBe(
			'received suspended sentences after pleading guilty',
		);
		const ferry = 'The ferry, which was built in 1980, sank off Crete on Monday.';
		expect(clauseFor('What happened to the ferry?', ferry)).toBe('sank off Crete on Monday');
		const sank = pickClause('What happened to the ferry?', ferry, tokenize(ferry), new Set(contentStems('ferry')));
		expect(ferry.slice(sank.start, sank.end)).toBe(sank.text);
		const execs =
			'Two executives of the firm Brannsholt Marine, who admitted paying the bribes, received suspended sentences of two years.';
		expect(clauseFor('what happened to the brannsholt marine execs', execs)).toBe(
			'received suspended sentences of two years',
		);
		const own = 'The ferry sank off Crete on Monday, and its crew was rescued by a tanker.';
		expect(clauseFor('What happened to the ferry?', own)).toBe('The ferry sank off Crete on Monday');
	});

	it('answers with the main clause, not the one that grants something before it ("While…", "Although…")', () => {
		const sentence =
			'While the harbour board had pushed for a two-week pause that the crews were willing to accept, the owners refused to reopen talks before May.';
		const main = 'the owners refused to reopen talks before May';
		expect(clauseFor('Why did the pause fail?', sentence)).toBe(main);
		expect(clauseFor('What happened to the pause?', sentence)).toBe(main);
		expect(
			clauseFor('What happened after the vote?', 'Although the vote was close, the motion passed by a single seat.'),
		).toBe('the motion passed by a single seat');
	});

	it('answers "why" with the clause that gives the reason', () => {
		const sentence = 'The ferry stopped running on Tuesday because the harbour crane had collapsed.';
		expect(clauseFor('Why did the ferry stop running?', sentence)).toBe('because the harbour crane had collapsed');
	});

	it("ends a reason told as a thing where the sentence's own deed goes on, and keeps a reason's own deeds", () => {
		const injury =
			'The wing has missed three tournaments because of a knee injury and faced growing calls from fans to retire.';
		expect(clauseFor('Why has the wing missed tournaments?', injury)).toBe('because of a knee injury');
		const quit = 'Tuilagi, who quit netball after a knee injury, dedicated the record to her late father.';
		expect(clauseFor('Why did Tuilagi quit netball?', quit)).toBe('after a knee injury');
		const fine = 'The bank reduced the fine because Plumtree admitted the breaches and cooperated with investigators.';
		expect(clauseFor('Why did the bank reduce the fine?', fine)).toBe(
			'because Plumtree admitted the breaches and cooperated with investigators',
		);
	});

	it('answers "why", when no clause gives a reason, with what it followed ("after an inquiry found…")', () => {
		const sentence =
			'SAN JOSE, California — The firm said its chief executive, Mark Hollis, had resigned after an internal inquiry found errors in its accounts.';
		expect(clauseFor('Why did Mark Hollis resign?', sentence)).toBe(
			'after an internal inquiry found errors in its accounts',
		);
	});

	it('answers "why" of a speaker\'s own clause with what they said, from its "because"', () => {
		const closed =
			'Dale Kruger, 59, who closed his pharmacy in Marlow Creek in March after 27 years, said he was losing money on every third prescription.';
		expect(clauseFor('why did dale kruger close his pharmacy', closed)).toBe(
			'he was losing money on every third prescription',
		);
		const voted =
			'Councillor Raj Dhillon, 44, who voted against the plan, said the city was "paying for decades of patching".';
		expect(clauseFor('why did dhillon vote against', voted)).toBe('the city was "paying for decades of patching"');
		const speech =
			'Juma, who recorded his debut album in his bedroom, told reporters backstage he had not prepared a speech "because I never thought they would call my name."';
		expect(clauseFor('why didnt juma have a speech ready', speech)).toBe(
			'because I never thought they would call my name',
		);
		const shut = 'The council shut the library on Monday after a ceiling collapsed, said council spokesman Tom Reid.';
		expect(clauseFor('Why did the council shut the library?', shut)).not.toMatch(/^council spokesman/);
	});

	it('answers "why" from the clause of the question\'s verb, with the suspicion or charge it gives', () => {
		const sentence =
			'The driver, a 47-year-old man from Wolverhampton, was taken to hospital and later arrested on suspicion of dangerous driving.';
		expect(clauseFor('Why was the driver arrested?', sentence)).toBe('on suspicion of dangerous driving');
	});

	it('answers "why" with what it followed when a name or plural noun did it ("after prosecutors dropped…"), without the clause after it or its speaker', () => {
		const cleared =
			'The operations director, Keith Lund, 49, was cleared on Friday after prosecutors dropped the case.';
		expect(clauseFor('why was keith lund cleared', cleared)).toBe('after prosecutors dropped the case');
		const gusts =
			'A test flight in September was cancelled after gusts reached 70 kilometres per hour, and regulators have limited flights since.';
		expect(clauseFor('Why was the test flight cancelled?', gusts)).toBe('after gusts reached 70 kilometres per hour');
		const smoke =
			'A jet made an emergency landing at Shannon on Friday after crew reported smoke in the cabin, the Irish Aviation Authority (IAA) said.';
		expect(clauseFor('why did the jet land at shannon', smoke)).toBe('after crew reported smoke in the cabin');
		const list = 'The election was called after police arrested Smith, Jones, and Brown in May.';
		expect(clauseFor('why was the election called', list)).toBe('after police arrested Smith, Jones, and Brown in May');
		const according = 'Flights were halted after ash reached the airport, according to the coastguard.';
		expect(clauseFor('why were flights halted', according)).toBe('after ash reached the airport');
		const years = 'The team won the league after 10 years of trying and failing.';
		expect(clauseFor('why did the team win the league', years)).toBe(years);
	});

	it('answers "why" of a verdict with the deed it was for ("criticised … for contradicting …"), not "for housing"', () => {
		const sentence =
			'Mayor Ilse Rand, speaking in Vell on Friday, criticised the board for ignoring the flood warnings.';
		expect(clauseFor('Why did Rand criticise the board?', sentence)).toBe('for ignoring the flood warnings');
		const fined = 'The haulier was fined £4,000 for letting drivers work 16-hour shifts.';
		expect(clauseFor('why was the haulier fined', fined)).toBe('for letting drivers work 16-hour shifts');
		const after = 'Varga finished fifth after a slow stop and a penalty for speeding in the pit lane.';
		expect(clauseFor('Why did Varga finish fifth?', after)).toMatch(/^after a slow stop/);
		const steel = 'The firm shut the plant, which was known for making steel rails, in May.';
		expect(clauseFor('why did the firm shut the plant', steel)).not.toMatch(/^for making/);
		const housing = 'The council, meeting on Monday, set aside £2 million for housing young families in the town.';
		expect(clauseFor('Why did the council set aside money?', housing)).not.toMatch(/^for housing/);
	});

	it('splits a dateline from the sentence it opens', () => {
		const sentence =
			'MOBILE, Alabama — Hurricane Delia made landfall near Mobile early on Tuesday, killing nine people.';
		expect(clauseFor('What happened in Mobile?', sentence)).toBe(
			'Hurricane Delia made landfall near Mobile early on Tuesday, killing nine people',
		);
	});

	it('splits a dateline with its agency in brackets ("STOCKHOLM (Reuters) —") or a region and a hyphen', () => {
		const sentence = 'STOCKHOLM (Reuters) — Two airlines agreed on Monday to merge.';
		expect(sentence.slice(datelineEnd(sentence))).toBe('Two airlines agreed on Monday to merge.');
		const country = 'UTRECHT, Netherlands (AP) — A cyberattack hit a hospital.';
		expect(country.slice(datelineEnd(country))).toBe('A cyberattack hit a hospital.');
		const hyphen = 'BUENOS AIRES, March 14 (Reuters) - Palaeontologists named a new dinosaur.';
		expect(hyphen.slice(datelineEnd(hyphen))).toBe('Palaeontologists named a new dinosaur.');
		expect(datelineEnd('NASA - the agency - said on Monday it would wait.')).toBe(0);
		const region = 'GALWAY, Ireland - A 19-year-old student won the slam.';
		expect(region.slice(datelineEnd(region))).toBe('A 19-year-old student won the slam.');
		expect(datelineEnd('NASA, the agency - said it would wait.')).toBe(0);
		expect(datelineEnd('US, China and Japan agreed on Monday to cut tariffs - a deal long awaited.')).toBe(0);
		expect(datelineEnd('EU, UK Strike Trade Deal - Sources')).toBe(0);
	});

	it('keeps a sentence of one clause, and lists, whole', () => {
		const sentence = 'The ferry stopped running.';
		expect(clauseFor('Why did the ferry stop?', sentence)).toBe(sentence);
		const list = 'Strikes hit Arden, Molle, Tarn and Vey overnight.';
		expect(clauseFor('What happened overnight?', list)).toBe(list);
	});
});

describe('givesReason', () => {
	it('finds a word of cause or purpose, and none in a sentence telling only what happened', () => {
		expect(givesReason('The roof gave way at about 10:40 a.m., when 60 shoppers were inside.')).toBe(false);
		expect(givesReason('Engineers blamed rotten beams for the collapse.')).toBe(true);
		expect(givesReason('The roof fell in because snow had piled up on it.')).toBe(true);
		expect(givesReason('The market shut after the council found cracks.')).toBe(true);
		expect(givesReason('Zelensky criticised Putin for contradicting his own promises.')).toBe(true);
		expect(givesReason('She said it would not pay the ransom, on the advice of police.')).toBe(true);
	});

	it('finds a cause told by what reflects, fuels, allows or is needed', () => {
		expect(givesReason('The board said the cut reflected a fall in wholesale prices.')).toBe(true);
		expect(givesReason('The mayor said the levy was needed to repair the bridge.')).toBe(true);
		expect(givesReason('The fire was fuelled by dry grass and strong winds.')).toBe(true);
		expect(givesReason('A mild winter allowed the beetles to multiply.')).toBe(true);
		expect(givesReason('He has not been named, in line with privacy rules.')).toBe(true);
		expect(givesReason('Rising costs had made it impossible to stay open.')).toBe(true);
		expect(givesReason('The ground was saturated, so the water ran straight into the river.')).toBe(true);
		expect(givesReason('The bakery will close on Friday with the loss of 12 jobs.')).toBe(false);
	});

	it('reads "after", "since" and "following" before a span of time or a date as when, not why', () => {
		expect(givesReason('The cafe will close in December after 16 years, its owner said.')).toBe(false);
		expect(givesReason('The fair, held every June since 1987, was called off.')).toBe(false);
		expect(givesReason('Prices will rise in each of the following four years.')).toBe(false);
		expect(givesReason('The wall gave way shortly after 6:15 a.m. near the lock.')).toBe(false);
		expect(givesReason('The market reopened after Tuesday, traders said.')).toBe(false);
		expect(givesReason("The strike was called off after Tuesday's vote by members.")).toBe(true);
		expect(givesReason('The cafe closed after a second year of losses.')).toBe(true);
		expect(givesReason('The fair was called off following complaints from residents.')).toBe(true);
	});

	it('finds no cause of the words asked where each cause only holds them ("after its landing gear failed")', () => {
		const landing = 'The plane made a belly landing after its landing gear failed to deploy.';
		const asked = new Set(contentStems('what caused the landing gear failure'));
		expect(givesReason(landing)).toBe(true);
		expect(givesReason(landing, asked)).toBe(false);
		expect(givesReason('The landing gear failed after a hydraulic leak.', asked)).toBe(true);
		expect(givesReason('That is why the landing gear failed.', asked)).toBe(true);
	});

	it('finds no cause where "for not doing" only holds the deed asked ("criticised for not lowering the reservoir")', () => {
		const blamed = 'Residents criticised the authorities for not lowering the reservoir earlier.';
		expect(givesReason(blamed, new Set(contentStems('why didnt they lower the reservoir earlier')))).toBe(false);
		expect(givesReason(blamed, new Set(contentStems('why were the authorities criticised')))).toBe(true);
	});
});

describe('otherAnswer for "why" of a sentence with no reason', () => {
	it('lowers the fit of what happened, not of a sentence that gives a cause', () => {
		const { context, shortAnswer } = floodReport(
			'The roof of the Orvik market hall gave way at 10:40 a.m. on Saturday.\n\nThe roof gave way because snow had piled up on it for a week.',
		);
		expect(shortAnswer('why did the roof give way', 'at 10:40 a.m.').fit).toBe(context.options.reasonlessFit);
		expect(shortAnswer('why did the roof give way', 'because snow').fit).toBe(1);
	});

	it('lowers more the fit of a sentence whose only cause holds the thing asked, which happened first', () => {
		const { context, shortAnswer } = floodReport(
			'A cargo plane made a belly landing on Wednesday after its landing gear failed to deploy.\n\nInvestigators said a hydraulic leak was the likely cause of the failure.',
		);
		const asked = 'what caused the landing gear failure';
		expect(shortAnswer(asked, 'after its landing gear').fit).toBe(context.options.restatedReasonFit);
		expect(shortAnswer(asked, 'a hydraulic leak').fit).toBe(1);
	});

	it('answers "why" with whose advice or what fears a deed followed ("on the advice of police", "over … fears")', () => {
		expect(
			clauseFor(
				"why won't the company pay the ransom",
				'She said the company would not pay the ransom, on the advice of police.',
			),
		).toBe('on the advice of police');
		expect(
			clauseFor(
				'why were eggs recalled in 2017',
				'The recall is the largest since 2017, when a million eggs were withdrawn over salmonella fears, according to the FFSA.',
			),
		).toBe('over salmonella fears');
	});

	it('answers "why" with a purpose told by "to" and a verb of aim when no clause gives a reason', () => {
		const sentence = 'The site of the den has been kept hidden to protect the cubs from poachers and tourists.';
		expect(clauseFor('why is the site of the den kept hidden', sentence)).toBe(
			'to protect the cubs from poachers and tourists',
		);
		const plans = 'The mayor wants to build a new bridge over the river.';
		expect(clauseFor('why does the mayor want a bridge', plans)).not.toMatch(/^to /);
	});
});

describe('a short clause opening a reason', () => {
	it('goes on in the clause after it ("because heavy, wet snow brought down…"), not the one before', () => {
		const { shortAnswer } = floodReport(
			'About 74,000 customers lost power at the height of the storm, mostly because heavy, wet snow brought down branches onto lines.',
		);
		expect(shortAnswer('why did customers lose power', 'customers').phrase.text).toBe(
			'because heavy, wet snow brought down branches onto lines',
		);
	});

	it('reads "what actually started the fire" and "what is the cause of" as a reason asked, which a sentence without one leaves unsaid', () => {
		expect(asksReason('what actually started the fire')).toBe(true);
		expect(asksReason("what's the cause of the fire")).toBe(true);
		expect(asksReason('what triggered the avalanche')).toBe(true);
		expect(asksReason('what did the fire chief say')).toBe(false);
		const { shortAnswer } = floodReport(
			'Fire\n\nSix fire engines and about 35 firefighters were at the scene at the height of the blaze.',
		);
		expect(shortAnswer('what actually started the fire', 'engines').fit).toBeLessThan(1);
	});
});
