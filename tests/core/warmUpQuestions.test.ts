import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { warmUpQuestions } from '../../src/core/warmUpQuestions.ts';
import { loadFixtureReports } from './loadFixtureReports.ts';

const reports = loadFixtureReports();
const desk = createFactdesk(reports);
const text = reports.flatMap((r) => r.paragraphs).join(' ');

describe('warmUpQuestions', () => {
	it('makes questions of every kind from the reports, spread over every report, at most as many as asked', () => {
		const questions = warmUpQuestions(desk, 12);
		expect(questions).toHaveLength(12);
		expect(new Set(questions).size).toBeGreaterThan(8);
		for (const q of questions)
			expect(q).toMatch(/^(What|Who|When|Where|How (many|much|long|old|far)|Why|Which|Did)\b.*\?$/i);
		expect(new Set(questions.map((q) => q.split(' ')[0]?.toLowerCase())).size).toBeGreaterThan(3);
		const words = questions.flatMap((q) => q.replace(/\?$/, '').split(' ').slice(1));
		expect(words.filter((w) => text.includes(w)).length / words.length).toBeGreaterThan(0.7);
	});

	it('asks the shapes the rules read, with the reports’ own names and words, every slot filled', () => {
		// Three times the paragraphs, so that every one of the shapes comes round.
		const tripled = createFactdesk(
			reports.map((r) => ({ ...r, paragraphs: [...r.paragraphs, ...r.paragraphs, ...r.paragraphs] })),
		);
		const questions = warmUpQuestions(tripled, 200);
		for (const q of questions) expect(q).not.toMatch(/[{}]/);
		const names = questions.map((q) => /^Who is (\p{Lu}\p{Ll}+)\?$/u.exec(q)?.[1]).filter((n) => n !== undefined);
		expect(names.filter((name) => text.includes(name)).length).toBeGreaterThan(0);
		expect(questions.some((q) => /^How many \p{Ll}+ did \p{Lu}\S* \p{Ll}+\?$/u.test(q))).toBe(true);
		expect(questions.some((q) => /^What did \p{Lu}\S* say about \p{Ll}+\?$/u.test(q))).toBe(true);
		expect(questions.some((q) => /^How long is the \p{Lu}\S*\?$/u.test(q))).toBe(true);
	});

	it('misspells some questions as members do, a letter dropped from a word of the reports, across shapes', () => {
		const tripled = createFactdesk(
			reports.map((r) => ({ ...r, paragraphs: [...r.paragraphs, ...r.paragraphs, ...r.paragraphs] })),
		);
		const reportWords = new Set(text.match(/\p{L}+/gu) ?? []);
		const dropped = new Set([...reportWords].filter((w) => w.length >= 6).map((w) => w.slice(0, 2) + w.slice(3)));
		const misspelt = warmUpQuestions(tripled, 200).filter((q) =>
			(q.match(/\p{L}+/gu) ?? []).some((w) => dropped.has(w) && !reportWords.has(w)),
		);
		expect(misspelt.length).toBeGreaterThan(4);
		expect(new Set(misspelt.map((q) => q.split(' ').slice(0, 2).join(' '))).size).toBeGreaterThan(3);
	});

	it('stops at the reports’ paragraphs for a small set, and makes none when none are asked for', () => {
		const paragraphs = reports.reduce((n, r) => n + r.paragraphs.length, 0);
		const all = warmUpQuestions(desk, 10_000);
		expect(all.length).toBeGreaterThan(paragraphs / 2);
		expect(all.length).toBeLessThanOrEqual(paragraphs + 8);
		expect(warmUpQuestions(desk, 0)).toEqual([]);
		expect(warmUpQuestions(createFactdesk([]), 5)).toEqual([]);
	});

	it('makes questions the engine answers or declines without throwing', () => {
		for (const q of warmUpQuestions(desk, 40)) expect(typeof desk.ask(q).answered).toBe('boolean');
	});
});
