import { describe, expect, it } from 'vitest';
import { otherYear } from '../../src/core/otherYear.ts';
import { floodReport } from './floodReport.ts';

const SENTENCE =
	'Bergen received 412 cruise calls and about 650,000 passengers in the 2024 season, up from 298 calls in 2019.';
const at = (figure: string): [number, number] => [SENTENCE.indexOf(figure), SENTENCE.indexOf(figure) + figure.length];

describe('otherYear', () => {
	it('tells a figure given for another year than the one asked', () => {
		const others = [at('298 calls')];
		expect(otherYear('how many passengers came in 2019', SENTENCE, ...at('about 650,000 passengers'), others)).toBe(
			true,
		);
		expect(otherYear('how many passengers came in 2019', SENTENCE, ...at('about 650,000 passengers'))).toBe(false);
		expect(otherYear('how many passengers came in 2024', SENTENCE, ...at('about 650,000 passengers'))).toBe(false);
		expect(otherYear('how many calls did it get in 2019', SENTENCE, ...at('298 calls'))).toBe(false);
		expect(otherYear('how many passengers came', SENTENCE, ...at('about 650,000 passengers'))).toBe(false);
	});

	it("reads a year opening the figure's clause", () => {
		const opening = 'In 2021, the port received 120 calls.';
		const start = opening.indexOf('120');
		expect(otherYear('how many calls in 2019', opening, start, start + 9)).toBe(true);
		expect(otherYear('how many calls in 2021', opening, start, start + 9)).toBe(false);
	});

	it('keeps a figure of another year when the year asked has a figure the sentence does not count', () => {
		const works = 'Whereas in 1841 he had written a dozen works, only six shorter pieces were written in 1843.';
		const start = works.indexOf('six');
		expect(otherYear('how many pieces in 1841', works, start, start + 18)).toBe(false);
		expect(otherYear('how many pieces in 1830', works, start, start + 18)).toBe(true);
	});

	it("answers with the asked year's count of the same thing, or of things for things, in the sentence", () => {
		const chopin =
			'He once wrote a dozen works a year, but only six were written in 1842 and six shorter pieces in 1843.';
		const { shortAnswer: fromChopin } = floodReport(`Output falls\n\n${chopin}`);
		expect(fromChopin('How many pieces did he compose in 1842?', 'He once').phrase.start).toBe(chopin.indexOf('six'));
		const { shortAnswer } = floodReport(`Cruise boom\n\n${SENTENCE}`);
		expect(shortAnswer('how many cruise calls did bergen get in 2019', 'received 412').phrase.text).toBe('298 calls');
		expect(shortAnswer('how many cruise calls did bergen get in 2024', 'received 412').phrase.text).toBe(
			'412 cruise calls',
		);
	});
});
