import { describe, expect, it } from 'vitest';
import { sumsOf } from '../../src/core/countAmounts.ts';
import { findMentions } from '../../src/core/findMentions.ts';
import { nearestToAsked } from '../../src/core/nearestToAsked.ts';
import { contentStems, tokenize } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';

function nearest(question: string, sentence: string): string | undefined {
	const sums = sumsOf(sentence, findMentions(sentence));
	return nearestToAsked(sentence, sums, tokenize(sentence), new Set(contentStems(question)))?.text;
}

describe('sumsOf', () => {
	it('reads sums with their currency before or after the number, in yen and Canadian dollars too', () => {
		const pledges = 'The EU pledged €40 billion, while Japan offered ¥1.5 trillion, roughly $10 billion.';
		expect(sumsOf(pledges, findMentions(pledges)).map((m) => m.text)).toEqual([
			'€40 billion',
			'¥1.5 trillion',
			'roughly $10 billion',
		]);
		const ransom = 'They demanded 4.5 million euros ($4.9 million) and claimed C$212,000.';
		expect(sumsOf(ransom, findMentions(ransom)).map((m) => m.text)).toEqual([
			'4.5 million euros',
			'$4.9 million',
			'C$212,000',
		]);
		const house = 'They bought the house for 520,000 Canadian dollars in 2019 and 2 Hong Kong dollars later.';
		expect(sumsOf(house, findMentions(house)).map((m) => m.text)).toEqual([
			'520,000 Canadian dollars',
			'2 Hong Kong dollars',
		]);
	});
});

describe('nearestToAsked', () => {
	it('takes the sum of the clause that names whose it is', () => {
		const pledges = 'The European Union pledged €40 billion towards the total, while Japan offered ¥1.5 trillion.';
		expect(nearest('how much did japan pledge', pledges)).toBe('¥1.5 trillion');
		expect(nearest('how much did the European Union pledge', pledges)).toBe('€40 billion');
	});

	it('takes the sum of the clause that holds the words asked ("and said each family would receive…")', () => {
		const aid =
			'The government announced aid of 2 billion zlotys ($500 million) and said each affected family would receive 10,000 zlotys.';
		expect(nearest('How much will each affected family get?', aid)).toBe('10,000 zlotys');
	});
});

describe('pickAnswerPhrase', () => {
	it('takes the answer beside the question word the sentence writes once, not one it repeats', () => {
		const { shortAnswer } = floodReport(
			'The Gazette lent its name to other papers, including The Gazette of Lagos (1838), The Harbour Gazette (1845), The Irish Gazette (1859) and The Cape Gazette (1872).',
		);
		expect(shortAnswer('what year did the irish gazette start', 'lent').phrase.text).toBe('1859');
		expect(shortAnswer('what year did the harbour gazette start', 'lent').phrase.text).toBe('1845');
	});
});
