import { describe, expect, it } from 'vitest';
import { wholeForPart } from '../../src/core/wholeForPart.ts';
import { floodReport } from './floodReport.ts';

describe('wholeForPart', () => {
	it('tells a count of the whole group from the part asked of it', () => {
		expect(wholeForPart('how many of the stores are in wales', '486 stores')).toBe(true);
		expect(wholeForPart('how many of the patients were from new zealand', '318 patients')).toBe(true);
		expect(wholeForPart('how many of these firms had the US already sanctioned', '23 companies')).toBe(true);
	});

	it('takes a part the answer gives, another noun, the injured counted as injured, and other questions', () => {
		expect(wholeForPart('how many of the classical games were draws', 'eight draws')).toBe(false);
		expect(wholeForPart('how many of the monitors were broken', '14 of the 37 monitors')).toBe(false);
		expect(wholeForPart('how many of the injured ended up in hospital', 'Fourteen injured')).toBe(false);
		expect(wholeForPart('how many of the dead were students', '15')).toBe(false);
		expect(wholeForPart('how many stores are in wales', '486 stores')).toBe(false);
	});

	it("lowers a count answer's fit to countMismatchFit when it counts the whole group", () => {
		const { context, shortAnswer } = floodReport(
			'Grocer profits fall\n\nThe chain, which runs 486 stores across England and Wales, made a profit of £214 million.',
		);
		expect(shortAnswer('how many of the stores are in wales', 'runs 486').fit).toBe(context.options.countMismatchFit);
		expect(shortAnswer('how many stores does the chain run', 'runs 486').fit).toBe(1);
	});
});
