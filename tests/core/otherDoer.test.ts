import { describe, expect, it } from 'vitest';
import { otherDoer } from '../../src/core/otherDoer.ts';
import { tokenize } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';

const doer = (question: string, sentence: string) => otherDoer(question, sentence, tokenize(sentence));

describe('otherDoer', () => {
	it("tells another's deed from the one a 'who did X <verb>' question asks", () => {
		const bronze = "Japan took the bronze medal, beating Sweden 8-3 in Sunday morning's play-off.";
		expect(doer('who did switzerland beat in the semis', bronze)).toBe(true);
		expect(doer('who did japan beat', bronze)).toBe(false);
		expect(doer('who did switzerland beat', 'They beat Sweden 9-4 in the semi-final.')).toBe(false);
		expect(doer('who did she beat', bronze)).toBe(false);
		expect(doer('who won the bronze', bronze)).toBe(false);
	});

	it('lowers the fit of the object of that deed', () => {
		const { shortAnswer } = floodReport('Japan took the bronze medal, beating Sweden 8-3 on Sunday.');
		expect(shortAnswer('who did switzerland beat', 'Sweden 8-3').fit).toBeLessThan(0.5);
		expect(shortAnswer('who did japan beat', 'Sweden 8-3').fit).toBe(1);
	});
});
