import { describe, expect, it } from 'vitest';
import { relationOfRole } from '../../src/core/relationOfRole.ts';
import { shippedDesk } from './shippedModel.ts';

function related(question: string, sentence: string, name: string): boolean {
	const start = sentence.indexOf(name);
	return relationOfRole(question, sentence, start, start + name.length);
}

describe('relationOfRole', () => {
	it('knows a name written as kin of, or standing for, the role asked is not its holder', () => {
		const kin = 'Ellen Pryce, 71, a great-great-granddaughter of the captain who lives in Hamilton, said so.';
		expect(related('who was the captain of the ship?', kin, 'Ellen Pryce')).toBe(true);
		expect(related('who was the captain', "The captain's widow, Mary Holt, laid a wreath.", 'Mary Holt')).toBe(true);
		expect(related('whos the mayor', 'Tom Reyes, a lawyer for the mayor, declined to comment.', 'Tom Reyes')).toBe(
			true,
		);
		expect(
			related('who was the captain', 'All seven crew, including the captain, Thomas Whelan, died.', 'Thomas Whelan'),
		).toBe(false);
		expect(related('who was the captain', 'Ellen Pryce, 71, the captain of the ferry, said so.', 'Ellen Pryce')).toBe(
			false,
		);
		expect(related('who found the wreck', kin, 'Ellen Pryce')).toBe(false);
	});

	it("does not answer 'who was the skipper' with the skipper's granddaughter", () => {
		const desk = shippedDesk(
			'trawler-found',
			[
				'Wreck of lost trawler found off Carrick Head',
				'Divers have found the wreck of the trawler Mairead, which sank in a gale in 1961 with all five men aboard.',
				'Nora Keane, 64, a granddaughter of the skipper who still lives in the harbour town, said the family had waited decades for news.',
				'The search team used sonar to locate the hull at a depth of 70 metres.',
			].join('\n\n'),
		);
		const answer = desk.ask('who was the skipper of the trawler');
		expect(answer.answered && answer.answer.includes('Nora Keane')).toBe(false);
	});
});
