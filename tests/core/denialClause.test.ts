import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { denialClause } from '../../src/core/denialClause.ts';
import { tokenize } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';
import { shippedModelTuning } from './shippedModel.ts';

const denial = (question: string, sentence: string) => denialClause(question, sentence, tokenize(sentence))?.text;

describe('denialClause', () => {
	it('gives the clause that denies a yes-or-no question', () => {
		expect(denial('was anybody hurt in the blast?', 'Nobody was hurt, but three cars were burned out.')).toBe(
			'Nobody was hurt',
		);
		expect(denial('did any oil leak?', 'The hull was torn open, and no oil leaked into the bay.')).toBe(
			'no oil leaked into the bay',
		);
		expect(denial('is the club going to appeal', 'The club accepted the ruling and will not appeal.')).toBe(
			'will not appeal',
		);
	});
	it('gives nothing where the sentence denies another thing, only bounds a figure, or the question is negated', () => {
		expect(denial('was anyone injured?', 'Six people suffered minor burns, not all of them staff.')).toBeUndefined();
		expect(denial('did prices rise?', 'Prices rose by no more than 8 percent.')).toBeUndefined();
		expect(denial("didn't the club appeal?", 'The club will not appeal.')).toBeUndefined();
	});
	it('is the short answer of a yes-or-no question', () => {
		const desk = createFactdesk(
			[
				{
					id: 'blast',
					title: 'Blast',
					paragraphs: ['Nobody was hurt in the gas blast at Orrin Street, but three cars were burned out.'],
				},
			],
			shippedModelTuning(),
		);
		expect(desk.ask('was anybody hurt in the gas blast?').answer).toBe(
			'Nobody was hurt in the gas blast at Orrin Street',
		);
	});
});

describe('a denial that nobody came to harm, as a short answer', () => {
	it('is the very fact asked, which other denials are not', () => {
		const { shortAnswer } = floodReport(
			'No one was killed, but two crew members were taken to hospital.\n\nThe mayor said she would not resign.',
		);
		const killed = shortAnswer('was anybody killed in the crash', 'No one was killed');
		expect(killed.phrase.text).toBe('No one was killed');
		expect(killed.matched).toBe(true);
		expect(shortAnswer('will the mayor resign', 'would not resign').matched).toBe(false);
	});
});
