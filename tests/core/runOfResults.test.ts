import { describe, expect, it } from 'vitest';
import { runOfResults } from '../../src/core/runOfResults.ts';
import { floodReport } from './floodReport.ts';

describe('runOfResults', () => {
	it('finds the run a sentence tells by its ordinal, of the thing asked or its like', () => {
		expect(runOfResults('how many losses in a row', 'It was the sixth defeat in a row.')?.text).toBe(
			'sixth defeat in a row',
		);
		expect(runOfResults('how many straight wins have the hawks had', 'A third straight win on Sunday.')?.text).toBe(
			'third straight win',
		);
		expect(runOfResults('How many consecutive victories?', 'their 12th consecutive win')?.text).toBe(
			'12th consecutive win',
		);
	});

	it('finds none of another result, nor for a question that asks no run', () => {
		expect(runOfResults('how many wins in a row', 'It was the sixth defeat in a row.')).toBeUndefined();
		expect(runOfResults('how many losses were there', 'It was the sixth defeat in a row.')).toBeUndefined();
	});
});

describe('a run of results asked with "how many"', () => {
	const { shortAnswer } = floodReport(
		"Calado, 58, was appointed in February 2023. His team won only four of its 17 matches under him, and Saturday's 3-0 home loss to Moldova was the sixth defeat in a row.",
	);

	it('answers with the run, not a figure of the score ("0 home loss") nor another count', () => {
		const short = shortAnswer('how many losses in a row', 'sixth defeat');
		expect(short.phrase.text).toBe('sixth defeat in a row');
		expect(short.fit).toBe(1);
	});
});
