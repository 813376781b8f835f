import { describe, expect, it } from 'vitest';
import { possiblePenalty } from '../../src/core/possiblePenalty.ts';
import { shippedDesk } from './shippedModel.ts';

function allowed(question: string, sentence: string, figure: string): boolean {
	return possiblePenalty(question, sentence, sentence.indexOf(figure));
}

describe('possiblePenalty', () => {
	it('tells a penalty the law allows from one given, unless the question asks the allowed one', () => {
		const maximum = 'Each count carries a maximum penalty of 20 years in prison.';
		expect(allowed('how many years in prison did pruitt get', maximum, '20 years')).toBe(true);
		expect(allowed('how long did he get', 'He faces up to 15 years in jail.', '15 years')).toBe(true);
		expect(allowed('what is the maximum sentence', maximum, '20 years')).toBe(false);
		expect(allowed('how long could he get', 'He faces up to 15 years in jail.', '15 years')).toBe(false);
		expect(allowed('how long did he get', 'He was jailed for 15 years on Monday.', '15 years')).toBe(false);
	});

	it('declines "how many years did he get" when the report gives only the maximum sentence, not a figure below it', () => {
		const desk = shippedDesk(
			'sailing-club-theft',
			[
				'Former treasurer found guilty of stealing from sailing club',
				'A former treasurer of the Wexmoor Sailing Club was found guilty on Tuesday of stealing more than 180,000 pounds from the club over six years.',
				'Graham Tolley, 61, used the money to pay for holidays, a car and his gambling debts, Castlebury Crown Court heard during a trial that lasted nine days.',
				'The offence of theft carries a maximum sentence of seven years in prison.',
				"Tolley will be sentenced next month. The club's commodore, Ann Price, said members felt betrayed.",
			].join('\n\n'),
		);
		expect(desk.ask('how many years did tolley get').answered).toBe(false);
		expect(desk.ask('what is the maximum sentence for theft').answer).toContain('seven years');
	});
});
