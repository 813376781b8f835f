import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { leaderElsewhere, leaderRoles } from '../../src/core/leaderRoles.ts';
import { stem } from '../../src/core/tokenize.ts';
import { loadReports } from '../../src/reports/loadReports.ts';
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

	it('declines when the reports name no leader of the body asked', () => {
		expect(desk.ask('who runs the NCSC').answered).toBe(false);
	});
});
