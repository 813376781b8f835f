import { describe, expect, it } from 'vitest';
import { sumForOtherPurpose } from '../../src/core/sumForOtherPurpose.ts';
import { newUserDesk } from './shippedModel.ts';

const other = (question: string, quote: string, sum: string) =>
	sumForOtherPurpose(question, quote, quote.indexOf(sum), quote.indexOf(sum) + sum.length);

describe('sumForOtherPurpose', () => {
	it('tells a sum paid for another purpose than the one asked', () => {
		const fined = 'The plant was fined 200,000 koruna in 2023 for storing cells too close to an exit.';
		expect(other('how much damage did the fire cause', fined, '200,000 koruna')).toBe(true);
		const grant = 'The clock was restored in 2014 with a grant of 38,000 pounds, most of it raised by villagers.';
		expect(other('how much compensation are the villagers asking for', grant, '38,000 pounds')).toBe(true);
		const damages = 'The court awarded Montaine 1.2 million euros in damages.';
		expect(other('how much damage did the explosion cause', damages, '1.2 million euros')).toBe(true);
	});

	it('keeps a sum told for the purpose asked, the word after it before the verb', () => {
		const prize = 'The Huskies earned 2.4 million crowns in prize money, while the Gulls collect 1.1 million crowns.';
		expect(other('how much prize $ did the champs get', prize, '2.4 million crowns')).toBe(false);
		const fined = 'The firm was fined about 3 million euros on Monday.';
		expect(other('how much was the firm fined', fined, '3 million euros')).toBe(false);
	});

	it('says nothing of a sum told with no purpose, nor of a question asking none or several', () => {
		const cost = 'The repairs will cost 1.4 million pounds, the council said.';
		expect(other('how much damage did the storm cause', cost, '1.4 million pounds')).toBe(false);
		const fined = 'The plant was fined 200,000 koruna in 2023.';
		expect(other('how much did the plant pay', fined, '200,000 koruna')).toBe(false);
		expect(other('how much was the fine and the compensation', fined, '200,000 koruna')).toBe(false);
	});

	it('lets the engine decline a damage question that only an old fine answers', () => {
		expect(newUserDesk('nu15-').ask('how much damage did the fire cause').answered).toBe(false);
	});
});
