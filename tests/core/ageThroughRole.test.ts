import { describe, expect, it } from 'vitest';
import { ageThroughRole } from '../../src/core/ageThroughRole.ts';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import type { Answer } from '../../src/core/types.ts';
import { loadReports } from '../../src/reports/loadReports.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { shippedDesk, shippedModelTuning } from './shippedModel.ts';

const DAIRY = [
	'Dairy fined over listeria outbreak',
	'A dairy in Brenn was fined 2 million euros on Monday after a listeria outbreak made 40 people ill.',
	"The dairy's managing director, Claire Mouchet, 58, said the company would appeal.",
	"Mayor Tomas Berg said the town would test all its schools' milk. Berg, 61, has led the town since 2019.",
].join('\n\n');

function dairyDesk() {
	const parsed = parseReport('dairy', DAIRY);
	if (!parsed.ok) throw new Error(parsed.problem);
	return createFactdesk([parsed.report], shippedModelTuning());
}

/** An answer as the engine gives one, for an `ask` written by the test. */
function reply(answer: string, confidence: number, quote: string): Answer {
	return {
		question: '',
		type: 'other',
		answered: true,
		answer,
		confidence,
		sources: [{ report: 'r', paragraph: 1, sentence: 1, start: 0, end: quote.length, quote }],
		conflicts: [],
		alternatives: [],
		closestTopics: [],
	};
}

describe('ageThroughRole', () => {
	it('answers an age asked of a role through the person in it, from the sentence giving the age', () => {
		const desk = dairyDesk();
		expect(desk.ask('how old is Tomas Berg?').answer).toBe('61');
		const answer = desk.ask('how old is the mayor?');
		expect(answer.answered).toBe(true);
		expect(answer.answer).toBe('61');
		expect(answer.question).toBe('how old is the mayor?');
		expect(answer.sources.map((s) => s.quote)).toEqual([
			'Berg, 61, has led the town since 2019.',
			"Mayor Tomas Berg said the town would test all its schools' milk.",
		]);
	});

	it('asks the rest of the question of the person by name, and both chances count', () => {
		const asked: string[] = [];
		const ask = (q: string) => {
			asked.push(q);
			return q.startsWith('who') ? reply('Ana Lund', 0.8, 'Ana Lund built it.') : reply('71', 0.5, 'Lund died at 71.');
		};
		const answer = ageThroughRole('how old was the developer when she died', ask, 0.32);
		expect(asked).toEqual(['who is the developer?', 'how old was Ana Lund when she died']);
		expect(answer?.confidence).toBeCloseTo(0.4);
		expect(ageThroughRole('how old was the developer when she died', ask, 0.5)).toBeUndefined();
	});

	it('asks by the surname alone when the full name finds no age ("Raudsepp, 61, conceded")', () => {
		const asked: string[] = [];
		const ask = (q: string) => {
			asked.push(q);
			if (q.startsWith('who')) return reply('Tonis Raudsepp', 0.9, 'Prime Minister Tonis Raudsepp lost.');
			return q.includes('Tonis')
				? { ...reply('', 0.18, 'x'), answered: false, sources: [] }
				: reply('61', 0.6, 'Raudsepp, 61, conceded.');
		};
		const answer = ageThroughRole('how old is the prime minister', ask, 0.32);
		expect(asked).toEqual(['who is the prime minister?', 'how old is Tonis Raudsepp', 'how old is Raudsepp']);
		expect(answer?.answer).toBe('61');
	});

	it('finds the prime minister of a party named before the office ("Homeland Party of Prime Minister X")', () => {
		const desk = shippedDesk(
			'vote',
			'The Homeland Party of Prime Minister Tonis Raudsepp came second with 31 seats.\n\nRaudsepp, 61, conceded defeat.',
		);
		expect(desk.ask('who is the prime minister').answer).toBe('Tonis Raudsepp');
		expect(desk.ask('how old is the prime minister?').answer).toBe('61');
	});

	it('reads a role with a relative clause, asked as it is and then as the role alone', () => {
		const asked: string[] = [];
		const ask = (q: string) => {
			asked.push(q);
			if (q.includes('who found'))
				return { ...reply('Brenn', 0.8, 'A walker found the hoard near Brenn.'), answered: false };
			return q.startsWith('who')
				? reply('Ove Dahl', 0.8, 'Walker Ove Dahl, 70, was praised.')
				: reply('70', 0.8, 'Walker Ove Dahl, 70, was praised.');
		};
		expect(ageThroughRole('how old is the walker who found the hoard?', ask, 0.32)?.answer).toBe('70');
		expect(asked).toEqual(['who is the walker who found the hoard?', 'who is the walker?', 'how old is Ove Dahl?']);
	});

	it('finds the age of someone a lede tells of unnamed and the next paragraph names with the role', () => {
		const report = [
			"Farmer's lost sheep leads to Viking silver hoard",
			'OSLO (Reuters) - Silver coins found by a sheep farmer near Hamar belong to a hoard that Viking traders buried about 1,100 years ago, museum staff said on Monday.',
			'The hoard was named the Dahl hoard in honour of farmer Ove Dahl, 70, who saw a coin in a furrow while searching for a lost ewe in April.',
			'The museum said the coins would go on show in Hamar next year.',
		].join('\n\n');
		const parsed = parseReport('hoard', report);
		if (!parsed.ok) throw new Error(parsed.problem);
		const desk = createFactdesk([parsed.report], shippedModelTuning());
		const answer = desk.ask('how old is the farmer who found the silver?');
		expect(answer.answer).toBe('70');
		expect(answer.sources[0]?.quote).toContain('Ove Dahl, 70');
	});

	it('asks the age of "her dad" through her father by name, over an age beside "her father" that is her own', () => {
		// The new-user report where "Bethan Rhys-Morgan, 29, who farms 400 acres with her father" was the answer.
		const reports = loadReports('tests/fixtures/new-user-reports').reports.filter((r) => r.id.startsWith('nu89-'));
		const desk = createFactdesk(reports, shippedModelTuning());
		for (const question of ['how old is her dad', 'how old is her father?']) {
			const answer = desk.ask(question);
			expect(answer.answer).toBe('66');
			expect(answer.sources[0]?.quote).toMatch(/^Her father, Dafydd Morgan, 66/);
		}
	});

	it('leaves alone an age asked of a name, and a role nobody is named in', () => {
		const ask = (): Answer => {
			throw new Error('not asked');
		};
		expect(ageThroughRole('how old is Claire Mouchet?', ask, 0.3)).toBeUndefined();
		expect(ageThroughRole('how many people fell ill?', ask, 0.3)).toBeUndefined();
		const started = performance.now();
		expect(ageThroughRole(`how old is the mayor${' '.repeat(40_000)}x`, ask, 0.3)).toBeUndefined();
		expect(performance.now() - started).toBeLessThan(500);
		expect(dairyDesk().ask('how old is the chief of police?').answered).toBe(false);
	});
});
