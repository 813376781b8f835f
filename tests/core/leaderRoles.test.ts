import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { leaderElsewhere, leaderIsBody, leaderRoles, speaksOfLeading } from '../../src/core/leaderRoles.ts';
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
		expect(speaksOfLeading(['museum', 'director', 'claey'].map(stem))).toBe(true);
		expect(speaksOfLeading(['king', 'rule'].map(stem))).toBe(true);
		expect(speaksOfLeading(['paint', 'verbrugg'].map(stem))).toBe(false);
	});
});

describe('"Who runs X?" in the engine', () => {
	const reports = loadReports('tests/fixtures/news-reports').reports;
	const pick = (...ids: string[]) => reports.filter((r) => ids.includes(r.id));
	const desk = createFactdesk(pick('merger', 'sacking', 'cyberattack', 'approval'), shippedModelTuning());

	it("answers with the body's chief executive, whatever the sentence calls the body", () => {
		expect(desk.ask('who runs baltica airlines').answer).toBe('Ilze Kalniņa');
		expect(desk.ask('who heads baltica').answer).toBe('Ilze Kalniņa');
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
		const short = shortAnswer("who's in charge at kaimoana water", 'Kaimoana Water Services');
		expect(short.phrase.text).toBe('Kaimoana Water Services');
		expect(short.fit).toBeLessThan(0.5);
	});
});
