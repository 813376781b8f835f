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
		const other = floodReport('Kofi Mensah, 44, who runs a small printing house in Orvik, sold 900 books.');
		expect(other.shortAnswer('who runs the book fair', 'Kofi Mensah').matched).not.toBe(true);
	});
});
