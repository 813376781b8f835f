import { describe, expect, it } from 'vitest';
import { wholeForPart } from '../../src/core/wholeForPart.ts';
import { floodReport } from './floodReport.ts';

/** The answer phrase `text` where it stands in `sentence`. */
function phrase(sentence: string, text: string) {
	const start = sentence.indexOf(text);
	return { text, start, end: start + text.length, typed: true };
}
const whole = (question: string, sentence: string, answer: string) =>
	wholeForPart(question, sentence, phrase(sentence, answer));

describe('wholeForPart', () => {
	it('tells a count of the whole group from the part asked of it', () => {
		const stores = 'The chain runs 486 stores across England and Wales.';
		expect(whole('how many of the stores are in wales', stores, '486 stores')).toBe(true);
		const patients = 'It analysed samples from 318 patients at six hospitals in Australia and New Zealand.';
		expect(whole('how many of the patients were from new zealand', patients, '318 patients')).toBe(true);
		const firms = 'Ministers froze the assets of 23 companies and 11 individuals.';
		expect(whole('how many of these firms had the US already sanctioned', firms, '23 companies')).toBe(true);
		// The part's deed beside the whole ("sold"), but not where the part was sold.
		const vacuums = 'It will recall 218,000 robot vacuum cleaners sold in seven countries.';
		expect(whole('how many of the recalled vacuums were sold in korea', vacuums, '218,000 robot vacuum cleaners')).toBe(
			true,
		);
	});

	it('takes a part the answer gives, or whose deed is written beside it, another noun, and the injured', () => {
		const games = 'There were eight draws in the classical games.';
		expect(whole('how many of the classical games were draws', games, 'eight draws')).toBe(false);
		const monitors = 'Inspectors found 14 of the 37 monitors broken.';
		expect(whole('how many of the monitors were broken', monitors, '14 of the 37 monitors')).toBe(false);
		const closing = 'The chain will close 120 of its stores.';
		expect(whole('how many of its stores will close', closing, '120 of its stores')).toBe(false);
		const week = 'Hamas released 24 hostages in the first week of the truce.';
		expect(
			whole('how many of the hostages were released during the first week of the ceasefire', week, '24 hostages'),
		).toBe(false);
		const hostages = 'Hamas released 24 hostages on Friday.';
		expect(whole('how many of the hostages were released', hostages, '24 hostages')).toBe(false);
		const wales = 'The chain said it would close 45 stores in Wales.';
		expect(whole('how many of the stores in wales will close', wales, '45 stores')).toBe(false);
		const injured = 'Fourteen injured were taken to hospital.';
		expect(whole('how many of the injured ended up in hospital', injured, 'Fourteen injured')).toBe(false);
		expect(whole('how many stores are in wales', 'The chain runs 486 stores in Wales.', '486 stores')).toBe(false);
	});

	it("lowers a count answer's fit to countMismatchFit when it counts the whole group", () => {
		const { context, shortAnswer } = floodReport(
			'Grocer profits fall\n\nThe chain, which runs 486 stores across England and Wales, made a profit of £214 million.',
		);
		expect(shortAnswer('how many of the stores are in wales', 'runs 486').fit).toBe(context.options.countMismatchFit);
		expect(shortAnswer('how many stores does the chain run', 'runs 486').fit).toBe(1);
	});
});
