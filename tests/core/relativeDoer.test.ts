import { describe, expect, it } from 'vitest';
import { floodReport } from './floodReport.ts';

describe('relativeDoer', () => {
	it('answers "who <did>" with the person a relative clause gives the deed, past their age and job', () => {
		const { shortAnswer } = floodReport(
			'Among the fallers was Piet Varga, 28, a climber with Team Ostra, who abandoned the race with a broken wrist.',
		);
		expect(shortAnswer('who abandoned the race', 'Piet Varga').phrase.text).toBe('Piet Varga');
		const beside = floodReport('The title went to Ana Ruiz, who beat Lena Ott in the final on Sunday.');
		expect(beside.shortAnswer('who beat lena ott', 'Ana Ruiz').phrase.text).toBe('Ana Ruiz');
		const other = floodReport('Lena Ott, 25, who won the sprint title last year, finished third in Orvik.');
		expect(other.shortAnswer('who won the road race', 'Lena Ott').matched).not.toBe(true);
	});
});
