import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import {
	leaderElsewhere,
	leaderIsBody,
	leaderNamed,
	leaderRoles,
	speaksOfLeading,
} from '../../src/core/leaderRoles.ts';
import { stem } from '../../src/core/tokenize.ts';
import { loadReports } from '../../src/reports/loadReports.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { floodReport } from './floodReport.ts';
import { shippedModelTuning } from './shippedModel.ts';

const known = (words: string) => ({ has: (s: string) => words.split(' ').map(stem).includes(s) });

describe('leaderRoles', () => {
	it("reads the word that asks for a body's leader, and only in such questions", () => {
		expect(leaderRoles('who runs velocita')?.asked).toBe(stem('runs'));
		expect(leaderRoles('Who is the boss of the club?')?.asked).toBe(stem('boss'));
		expect(leaderRoles('who is in charge of the dairy')?.asked).toBe(stem('charge'));
		expect(leaderRoles('who heads the NDMO')?.roles).toContain(stem('chief'));
		expect(leaderRoles('Who ran the fastest marathon?')).toBeUndefined();
		expect(leaderRoles('Who won the race?')).toBeUndefined();
		expect(leaderRoles('How many runs did he score?')).toBeUndefined();
	});

	it('reads the body named before the word that asks for its leader ("who is the nordvik boss")', () => {
		expect(leaderRoles('who is the nordvik boss')?.asked).toBe(stem('boss'));
		expect(leaderRoles("who's the club's leader?")?.asked).toBe(stem('leader'));
		expect(leaderElsewhere('who is the ndmo boss', known('club chairman board'))).toBe(true);
		expect(leaderElsewhere('who is the brenvik dairy boss', known('brenvik dairy managing director'))).toBe(false);
		const aero = "Skerry Aero's chief executive, Callum Rennie, 36, founded the company in 2019.";
		const at = aero.indexOf('Callum Rennie');
		const people = [{ text: 'Callum Rennie', span: [at, at + 13] as const }];
		expect(leaderNamed('who is the skerry aero boss?', aero, people)?.text).toBe('Callum Rennie');
		expect(leaderRoles('who is the head coach')).toBeUndefined();
		// Which holder ("the new … boss") is no word of the body; a race's leader leads no body; "the boss" names none.
		expect(leaderElsewhere('Who is the new Northwind Rail boss?', known('northwind rail chief executive'))).toBe(false);
		expect(leaderRoles('Who is the race leader?')).toBeUndefined();
		expect(leaderRoles('who is the boss?')).toBeUndefined();
	});

	it("finds a leader of another body where the paragraph and the report's topic never name the one asked", () => {
		expect(leaderElsewhere('who heads the NDMO?', known('club chairman board'))).toBe(true);
		expect(leaderElsewhere('who runs Brenvik Dairy', known('brenvik dairy managing director'))).toBe(false);
		expect(leaderElsewhere('who won the race?', known('club'))).toBe(false);
		// The body's common word is the report's topic and the report names the rest further down.
		const topic = known('museum director');
		expect(leaderElsewhere('who runs museum ter leye', topic, known('museum ter leye director'))).toBe(false);
		expect(leaderElsewhere('who runs the NCSC', topic, known('museum ncsc'))).toBe(true);
	});

	it('tells sentences that speak of leading from others', () => {
		const words = (text: string) => text.split(' ').map((word) => ({ word, stem: stem(word) }));
		expect(speaksOfLeading(words('museum director claeys'))).toBe(true);
		expect(speaksOfLeading(words('king rule'))).toBe(true);
		expect(speaksOfLeading(words('painted by verbrugge'))).toBe(false);
		expect(speaksOfLeading(words('under the resource management act'))).toBe(false);
		expect(speaksOfLeading(words('the manager said'))).toBe(true);
		expect(speaksOfLeading(words('who has directed the observatory since 2011'))).toBe(true);
		expect(speaksOfLeading(words('the prison warden said'))).toBe(true);
	});
});

describe('leaderNamed', () => {
	const named = (sentence: string, name: string) => {
		const at = sentence.indexOf(name);
		return [{ text: name, span: [at, at + name.length] as const }];
	};

	it("finds the person described as the body's leader, after the name or before it", () => {
		const dairy = '"We are devastated," said Claire Mouchet, the dairy\'s managing director, who is 56.';
		expect(leaderNamed('who runs the dairy', dairy, named(dairy, 'Claire Mouchet'))?.text).toBe('Claire Mouchet');
		const aero = "Skerry Aero's chief executive, Callum Rennie, 36, founded the company in 2019.";
		expect(leaderNamed('who runs skerry aero', aero, named(aero, 'Callum Rennie'))?.text).toBe('Callum Rennie');
		const its = 'Its chief executive, Paul Henare, who took over in 2023, said the pumps were replaced.';
		expect(leaderNamed("who's in charge at kaimoana water", its, named(its, 'Paul Henare'))?.text).toBe('Paul Henare');
	});

	it('finds the leader of a body told by its kind or by a word of its name ("the bank\'s", "Vellum\'s")', () => {
		const bank = '"They learned to write our messages," said Miriam Okafor, the bank\'s chief executive.';
		const report = () => 'Hackers steal $23 million from Harlow Valley Bank.';
		expect(leaderNamed('whos the ceo of harlow valley', bank, named(bank, 'Miriam Okafor'), report)?.text).toBe(
			'Miriam Okafor',
		);
		expect(leaderNamed('who is the md of harlow valley', bank, named(bank, 'Miriam Okafor'), report)?.text).toBe(
			'Miriam Okafor',
		);
		// "the bank's" is no other body's: not where the report names none of that kind by the words asked.
		expect(leaderNamed('whos the ceo of harlow valley', bank, named(bank, 'Miriam Okafor'))).toBeUndefined();
		const authority = "said Ingrid Solheim, the authority's chief executive.";
		const fined = () => 'The competition authority fined Northvale Creameries.';
		expect(
			leaderNamed('who is the ceo of northvale creameries', authority, named(authority, 'Ingrid Solheim'), fined),
		).toBeUndefined();
		const group = "said the group's director, Hanna Sollie.";
		const welcomed = () => "Patient group Morrell's Action welcomed the decision.";
		expect(leaderNamed("who runs morrell's action", group, named(group, 'Hanna Sollie'), welcomed)?.text).toBe(
			'Hanna Sollie',
		);
		const vellum = "said Vellum's chief executive, Ingrid Sollberg, speaking at the company's offices.";
		expect(leaderNamed('who runs vellum minerals', vellum, named(vellum, 'Ingrid Sollberg'))?.text).toBe(
			'Ingrid Sollberg',
		);
		expect(leaderNamed('who runs kestrel minerals', vellum, named(vellum, 'Ingrid Sollberg'))).toBeUndefined();
		const chair = "said Ann Berg, the bank's chairman.";
		expect(leaderNamed('who is the ceo of harlow valley', chair, named(chair, 'Ann Berg'), report)).toBeUndefined();
		expect(leaderNamed('who runs harlow valley', chair, named(chair, 'Ann Berg'), report)?.text).toBe('Ann Berg');
		const deputy = "said Ann Berg, the bank's deputy chief executive.";
		expect(leaderNamed('who is the ceo of harlow valley', deputy, named(deputy, 'Ann Berg'), report)).toBeUndefined();
	});

	it('finds the leader told in the passive after the body ("The Green Union, led by biologist Marko Sild")', () => {
		const green = 'The Green Union, led by 39-year-old biologist Marko Sild, finished third.';
		expect(leaderNamed('who is the leader of the green union', green, named(green, 'Marko Sild'))?.text).toBe(
			'Marko Sild',
		);
		expect(leaderNamed('who is the leader of the civic alliance', green, named(green, 'Marko Sild'))).toBeUndefined();
	});

	it('makes that leader the very fact asked in the "who" answer (ShortAnswer.matched)', () => {
		const { shortAnswer } = floodReport(
			'A dairy in eastern France recalled 180,000 cheeses.\n\n"We are devastated," said Claire Mouchet, the dairy\'s managing director.',
		);
		const short = shortAnswer('who runs the dairy', 'Claire Mouchet');
		expect(short.phrase.text).toBe('Claire Mouchet');
		expect(short.matched).toBe(true);
	});

	it('finds no leader of another body, nor one with no leading role, nor for another question', () => {
		const dairy = "said Claire Mouchet, the bakery's managing director.";
		expect(leaderNamed('who runs the dairy', dairy, named(dairy, 'Claire Mouchet'))).toBeUndefined();
		const clerk = "said Claire Mouchet, the dairy's spokeswoman.";
		expect(leaderNamed('who runs the dairy', clerk, named(clerk, 'Claire Mouchet'))).toBeUndefined();
		for (const sentence of [
			"said Ana Ruiz, the dairy's communications director.",
			"The dairy's head of marketing, Ana Ruiz, spoke.",
			"The dairy's deputy chief executive, Ana Ruiz, spoke.",
			"said Ana Ruiz, the dairy's former managing director.",
			'Rival Fonterra is larger, and its chief executive, Ana Ruiz, said so.',
		])
			expect(leaderNamed('who runs the dairy', sentence, named(sentence, 'Ana Ruiz'))).toBeUndefined();
		const led = "said Claire Mouchet, the dairy's managing director.";
		expect(leaderNamed('who ran the marathon', led, named(led, 'Claire Mouchet'))).toBeUndefined();
	});
});

describe('"Who runs X?" in the engine', () => {
	const reports = loadReports('tests/fixtures/news-reports').reports;
	const pick = (...ids: string[]) => reports.filter((r) => ids.includes(r.id));
	const desk = createFactdesk(pick('merger', 'sacking', 'cyberattack', 'approval'), shippedModelTuning());

	it("answers with the body's chief executive, whatever the sentence calls the body", () => {
		expect(desk.ask('who runs baltica airlines').answer).toBe('Ilze Kalniņa');
		expect(desk.ask('who heads baltica').answer).toBe('Ilze Kalniņa');
		expect(desk.ask('who is the baltica boss?').answer).toBe('Ilze Kalniņa');
		expect(desk.ask('who runs the hospital').answer).toBe('Marloes van Dijk');
	});

	it('does not answer with a person the sentence gives no leading office', () => {
		const parsed = parseReport(
			'museum',
			'Thieves raid Ghent museum\n\nThieves broke into a museum in Ghent on Saturday.\n\nThe painting was painted by Jan Verbrugge and had hung in the Museum Ter Leye since 1921.\n\nMuseum director Hendrik Claeys, 59, said he was heartbroken.',
		);
		if (!parsed.ok) throw new Error(parsed.problem);
		const museum = createFactdesk([parsed.report], shippedModelTuning());
		expect(museum.ask('who runs museum ter leye').answer).not.toBe('Jan Verbrugge');
	});

	it('declines when the reports name no leader of the body asked', () => {
		expect(desk.ask('who runs the NCSC').answered).toBe(false);
	});

	it("takes no body's own name for its leader", () => {
		expect(leaderIsBody("who's in charge at kaimoana water", 'Kaimoana Water Services')).toBe(true);
		expect(leaderIsBody("who's in charge at kaimoana water", 'Paul Henare')).toBe(false);
		expect(leaderIsBody('who won the race', 'Kaimoana Water Services')).toBe(false);
		const { shortAnswer } = floodReport(
			'The court sentenced Kaimoana Water Services on Monday under the Resource Management Act.',
		);
		// The body asked about is no answer, nor is the law beside it: nobody there is named as in charge.
		const short = shortAnswer("who's in charge at kaimoana water", 'Kaimoana Water Services');
		expect(short.phrase.text).not.toBe('Kaimoana Water Services');
		expect(short.fit).toBeLessThan(0.5);
	});
});

describe('the leader of a body asked, named where no fact gave the name a kind', () => {
	it('answers "who runs the beverage council" with the chief executive written before the body', () => {
		const { shortAnswer } = floodReport(
			[
				'Sugar tax passed',
				'Kate Morrison, chief executive of the New Zealand Beverage Council, said the tax would hurt low-income families.',
			].join('\n\n'),
		);
		expect(shortAnswer('who runs the beverage council', 'Kate Morrison')).toMatchObject({
			phrase: { text: 'Kate Morrison' },
			fit: 1,
		});
	});
});
