import { describe, expect, it } from 'vitest';
import { timeToCome } from '../../src/core/timeToCome.ts';
import { floodReport } from './floodReport.ts';

describe('timeToCome', () => {
	it('reads a time from now for a question of when something will happen', () => {
		expect(
			timeToCome('when will the chicks fledge', 'The chicks are expected to fledge in about five weeks.')?.text,
		).toBe('in about five weeks');
		expect(timeToCome('when will the results be back', 'She said results would take about six weeks.')?.text).toBe(
			'about six weeks',
		);
		const hatch = 'The next generation of hoppers could hatch within four to six weeks if not controlled.';
		expect(timeToCome('when could the hoppers hatch?', hatch)?.text).toBe('within four to six weeks');
		const names = 'The zoo said it would not name the twins until they were about three months old.';
		expect(timeToCome('when will the twins get names', names)?.text).toBe('until they were about three months old');
	});

	it('reads none for a question of the past, or a sentence with no time from now', () => {
		expect(timeToCome('when did the chicks fledge', 'The chicks fledged in about five weeks.')).toBeUndefined();
		expect(timeToCome('when will the chicks fledge', 'The chicks are expected to fledge soon.')).toBeUndefined();
	});

	it('answers "when will" with it where the sentence gives no date', () => {
		const { shortAnswer } = floodReport(
			'Chicks hatch\n\nThe chicks are expected to fledge in about five weeks, the trust said.',
		);
		expect(shortAnswer('when will the chicks fledge', 'fledge')).toMatchObject({
			phrase: { text: 'in about five weeks' },
			fit: 1,
		});
	});
});
