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

	it('asks the shapes the rules read, with the reports’ own names and words in them, some misspelt', () => {
		const questions = warmUpQuestions(desk, 80);
		const names = questions.map((q) => /^Who is (\p{Lu}\p{Ll}+)\?$/u.exec(q)?.[1]).filter((n) => n !== undefined);
		expect(names.length).toBeGreaterThan(0);
		for (const name of names) expect(text).toContain(name);
		expect(questions.some((q) => /^How many \p{Ll}+ did \p{Lu}\S* \p{Ll}+\?$/u.test(q))).toBe(true);
		expect(questions.some((q) => /^What did \p{Lu}\S* say about \p{Ll}+\?$/u.test(q))).toBe(true);
		const misspelt = questions
			.flatMap((q) => q.replace(/\?$/, '').split(' ').slice(1))
			.filter((w) => w.length >= 5 && !text.includes(w));
		expect(misspelt.length).toBeGreaterThan(2);
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
