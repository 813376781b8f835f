import { describe, expect, it } from 'vitest';
import { namedTally } from '../../src/core/namedTally.ts';
import { floodReport } from './floodReport.ts';

const tallyOf = (question: string, sentence: string) => {
	const at = namedTally(question, sentence);
	return at && sentence.slice(at[0], at[1]);
};

describe('namedTally', () => {
	it('finds the figure written right after the side asked ("Labour\'s Martin Gayle on 987", "Reform UK fourth with 298")', () => {
		const ward = "Priya Raman received 1,412 votes, ahead of Labour's Martin Gayle on 987.";
		expect(tallyOf('how many votes did labour get', ward)).toBe('987');
		const rest =
			'The Conservatives came third with 311 votes and Reform UK fourth with 298, while the Greens polled 104.';
		expect(tallyOf('how many votes did reform get', rest)).toBe('298');
		expect(tallyOf('how many votes did the conservatives get', rest)).toBe('311');
	});

	it('finds none for a side written without its own figure, or a question that names no side', () => {
		expect(tallyOf('how many goals did Okafor score', 'Okafor scored 31 goals in 26 games.')).toBeUndefined();
		expect(tallyOf('how many votes were cast', 'Labour won on 987.')).toBeUndefined();
	});

	it('answers "how many points did X get" with X\'s figure on a report', () => {
		const { shortAnswer } = floodReport(
			'Marchetti took second overall with 42 points, while Belgian rider Jens Dewulf was third on 38.',
		);
		expect(shortAnswer('How many points did Dewulf get?', 'Marchetti').phrase.text).toBe('38');
	});
});
