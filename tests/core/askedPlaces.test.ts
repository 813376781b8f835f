import { describe, expect, it } from 'vitest';
import { askedPlaces, eventMissing, placeMissing } from '../../src/core/askedPlaces.ts';
import { buildCorpus } from '../../src/core/buildCorpus.ts';
import { contentStems, stem } from '../../src/core/tokenize.ts';
import { withReportSubject } from '../../src/core/withReportTopic.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { floodReport } from './floodReport.ts';

describe('askedPlaces', () => {
	it('finds the capitalised places a question puts things in', () => {
		expect(askedPlaces('How many people were injured in Lerwick?')).toEqual(['Lerwick']);
		expect(askedPlaces('How many homes flooded near New Orvik and at Dunmore?')).toEqual(['New Orvik', 'Dunmore']);
		expect(askedPlaces('How many people were injured in the flood?')).toEqual([]);
	});

	it('finds a country typed in lowercase, and no other lowercase word', () => {
		expect(askedPlaces('how many cases are there in kenya?')).toEqual(['kenya']);
		expect(askedPlaces('how many cases are there in total?')).toEqual([]);
	});

	it('finds a year, which puts a count in a time', () => {
		expect(askedPlaces('how many people died in the 1998 eruption of kelavu?')).toEqual(['1998']);
		expect(placeMissing('How many died in the 1998 eruption?', new Set(['2011', 'erupt', 'kill']))).toBe(true);
		expect(placeMissing('How many died in the 2011 eruption?', new Set(['2011', 'erupt', 'kill']))).toBe(false);
		// "in ICU" of a paragraph that writes "intensive care": the abbreviation spelled out is there.
		const care = new Set(contentStems('Three of them remain in intensive care at Halloran General Hospital.'));
		expect(placeMissing('how many are still in ICU', care)).toBe(false);
		expect(placeMissing('how many are still in ICU', new Set(contentStems('Three were sent home.')))).toBe(true);
	});

	it('says a place is missing when none of its words is in the paragraph', () => {
		const paragraph = new Set(['four', 'peopl', 'injur', 'orvik']);
		expect(placeMissing('How many were injured in Lerwick?', paragraph)).toBe(true);
		expect(placeMissing('How many were injured in Orvik?', paragraph)).toBe(false);
	});

	it('takes a lowercase word the report writes as a name inside its sentences for a place ("at the swindon store")', () => {
		const paragraph = new Set(['1100', 'job', 'cut', 'store', 'chain']);
		const report = () => 'The chain will cut 1,100 jobs. Its store in Swindon closes in May. Entire towns rely on it.';
		expect(placeMissing('how many jobs are going at the swindon store', paragraph, report)).toBe(true);
		expect(placeMissing('how many jobs are going at the swindon store', new Set(['swindon']), report)).toBe(false);
		expect(placeMissing('How many jobs went in the entire chain?', paragraph, report)).toBe(false);
		const park = () => 'Workers at Park Lane and in the park were laid off.';
		expect(placeMissing('how many were laid off in the park', paragraph, park)).toBe(false);
		const storm = () => 'Passengers at Heathrow Airport queued. Its new strength in Parliament grew.';
		expect(placeMissing('how many flights were cancelled at the airport', paragraph, storm)).toBe(false);
		expect(placeMissing('how many seats does it hold in parliament', paragraph, storm)).toBe(false);
		const list = () => 'A larger trial in Ghana, Mali and Malawi begins in May.';
		expect(placeMissing('how many cases were there in mali', paragraph, list)).toBe(true);
	});

	it('reads no place in "in No. 2", and an acronym as the initials of a name the report writes', () => {
		const paragraph = new Set(['new', 'york', 'citi', 'total', 'area', 'squar', 'mile']);
		expect(placeMissing('How many movements are in No. 2, Op. 35?', new Set(['sonata']))).toBe(false);
		const report = () => 'New York City is the most populous city in the United States.';
		expect(placeMissing('How many square miles in NYC?', paragraph, report)).toBe(false);
		expect(placeMissing('How many square miles in NYC?', paragraph)).toBe(true);
		expect(placeMissing('How many square miles in LA?', paragraph, report)).toBe(true);
		const twoCities = () => 'New York City and Mexico City signed the pact.';
		const mexico = new Set(['mexico', 'citi', 'peopl', 'die']);
		expect(placeMissing('How many people died in NYC?', mexico, twoCities)).toBe(true);
	});
});

describe('withReportSubject', () => {
	const paragraphs = [
		'New York City is the most populous city in the United States.',
		'New York was founded as a trading post by the Dutch.',
		'The city has about 90,000 hotel rooms.',
		'Tourism in New York brought in 54 million visitors.',
	];
	const article = parseReport('nyc', `---\ntitle: New York City\n---\n${paragraphs.join('\n\n')}`);
	const listed = parseReport(
		'flu',
		'Flu clusters in Vietnam, Peru and Kenya\n\nThe WHO said clusters were reported in Vietnam and Peru.\n\nIn Vietnam, 40 cases were confirmed.\n\nPeru reported 12 cases in Lima.\n\nKenya reported 1,482 cases last month.',
	);

	it('takes no subject from a story of one or two paragraphs, whose headline names every place', () => {
		const short = parseReport(
			'floods',
			'Flooding in Kerala and Assam\n\nHeavy rain killed 14 people in Kerala on Monday.',
		);
		if (!short.ok) throw new Error(short.problem);
		const corpus = buildCorpus([short.report]);
		expect(withReportSubject(corpus, 1).has(stem('assam'))).toBe(false);
	});

	it("counts a title word most paragraphs hold as every paragraph's, not a place a headline lists", () => {
		if (!article.ok || !listed.ok) throw new Error('unparsed');
		const corpus = buildCorpus([article.report, listed.report]);
		const hotel = corpus.data.reportParagraphs[0] ?? 0;
		expect(withReportSubject(corpus, hotel + 2).has(stem('york'))).toBe(true);
		expect(corpus.paragraphTermLookup(hotel + 2).has(stem('york'))).toBe(false);
		const lima = (corpus.data.reportParagraphs[1] ?? 0) + 3;
		for (const place of ['kenya', 'vietnam']) expect(withReportSubject(corpus, lima).has(stem(place))).toBe(false);
		expect(withReportSubject(corpus, lima + 1).has(stem('peru'))).toBe(false);
	});
});

describe('chooseShortAnswer for a count "in <Place>"', () => {
	const { context, shortAnswer } = floodReport();

	it('lowers the fit when the count’s paragraph never names the place', () => {
		const short = shortAnswer('How many people were injured in Lerwick?', 'four people were injured');
		expect(short.fit).toBeLessThanOrEqual(context.options.placeElsewhereFit);
		expect(short.matched).toBe(false);
	});

	it('keeps it when the paragraph names the place', () => {
		expect(shortAnswer('How many people were injured in Orvik?', 'four people were injured').fit).toBe(1);
	});
});

describe('eventMissing', () => {
	it('is true when the report never speaks of the event a count is asked in', () => {
		const crush = 'Three people were killed and 46 injured in a crowd crush at the festival.';
		expect(eventMissing('how many people were injured in the coup attempt', crush)).toBe(true);
		expect(eventMissing('how many people were injured in the crush', crush)).toBe(false);
		expect(eventMissing('How many died in the eruption?', 'The volcano erupted on Monday.')).toBe(false);
		// "in the previous round": an adjective after "in the" names no event.
		const round = 'In April last year, about 700 people were laid off.';
		expect(eventMissing('how many people were laid off in the previous round', round)).toBe(false);
		expect(eventMissing('how many of the skiers were belgian?', 'Four French skiers were killed.')).toBe(true);
		expect(eventMissing('how many of the skiers were belgian?', 'Two Belgian skiers died.')).toBe(false);
	});

	it('takes no generic noun for an event ("in the area", "in the world")', () => {
		expect(eventMissing('How many people live in the area?', 'The valley has 900 people.')).toBe(false);
		const strike = 'About 9,000 schools were closed as teachers walked out.';
		expect(eventMissing('how many schools were closed at the height of the strikes', strike)).toBe(false);
		expect(eventMissing('how many people work at the site right now?', 'About 380 people work there.')).toBe(false);
		expect(eventMissing('how many people worked there during the flood?', 'About 380 people work there.')).toBe(true);
	});

	it('takes no word that only looks like a people\'s ("these", "historian") for one', () => {
		const bones = 'The bones of some 30 people who lived about 4,600 years ago were found.';
		expect(eventMissing('how long ago did these people live', bones)).toBe(false);
		expect(eventMissing('how many finds did the historian make', 'The team made 12 finds.')).toBe(false);
		expect(eventMissing('how many of them were chinese', 'The team made 12 finds.')).toBe(true);
	});

	it('reads a month or day for a time the report must name somewhere, not a place its paragraph must', () => {
		const question = 'How many homes were sold across Canada in October?';
		expect(placeMissing(question, new Set(['total', 'home', 'chang', 'hand']))).toBe(false);
		expect(eventMissing(question, 'Home prices fell in October. A total of 38,412 homes changed hands.')).toBe(false);
		expect(eventMissing(question, 'Home prices fell in September. A total of 38,412 homes changed hands.')).toBe(true);
		expect(eventMissing('How many were sold in May?', 'The mayor said 400 homes were sold in April.')).toBe(true);
		expect(eventMissing('How many were sold in October?', 'Prices fell in Oct. as 400 homes sold.')).toBe(false);
	});

	it('takes no setting a report may name otherwise for an event ("at the scene", "in the arena")', () => {
		const blast = 'About 90 firefighters worked through the day in the rubble of the Frösö Hall.';
		expect(eventMissing('how many firefighters were at the scene', blast)).toBe(false);
		expect(eventMissing('how many spectators were in the arena', blast)).toBe(false);
		expect(eventMissing('how many firefighters were hurt in the explosion', blast)).toBe(true);
		const crash = 'A bus crash killed 12 people.';
		expect(eventMissing('How many were injured in the stadium collapse?', crash)).toBe(true);
		expect(eventMissing('How many died in the night raid?', crash)).toBe(true);
		expect(eventMissing('How many died in the night raid?', 'Police raided the flats; 3 died.')).toBe(false);
	});
});
