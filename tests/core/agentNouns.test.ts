import { describe, expect, it } from 'vitest';
import { agentNounStems } from '../../src/core/agentNouns.ts';
import { stem } from '../../src/core/tokenize.ts';

describe('agentNounStems', () => {
	const reports = new Set(['owner', 'own', 'founder', 'director', 'direct', 'winner', 'win', 'runner'].map(stem));
	const known = (s: string) => reports.has(s);

	it('gives the noun for whoever does a deed, from any form of the verb, doubling a last consonant', () => {
		expect(agentNounStems('owns', known)).toEqual([stem('owner')]);
		expect(agentNounStems('founded', known)).toEqual([stem('founder')]);
		expect(agentNounStems('directs', known)).toEqual([stem('director')]);
		expect(agentNounStems('wins', known)).toEqual([stem('winner')]);
	});

	it('gives the deed for its noun, and nothing the reports do not write', () => {
		expect(agentNounStems('owner', known)).toEqual([stem('own')]);
		expect(agentNounStems('winner', known)).toEqual([stem('win')]);
		expect(agentNounStems('director', known)).toEqual([stem('direct')]);
		expect(agentNounStems('teaches', known)).toEqual([]);
		expect(agentNounStems('corner', known)).toEqual([]);
	});
});
