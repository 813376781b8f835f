import { describe, expect, it } from 'vitest';
import { findContradictions } from '../../src/core/findContradictions.ts';
import { isFrameWord, withoutDurationVerb } from '../../src/core/frameWords.ts';
import { tokenize } from '../../src/core/tokenize.ts';
import { FLOOD_REPORT, floodReport } from './floodReport.ts';

describe('isFrameWord', () => {
	it('finds event verbs and the measure of "how long"', () => {
		const words = (q: string) =>
			tokenize(q)
				.filter((_, i, all) => isFrameWord(all, i))
				.map((t) => t.word);
		expect(words('What happened in Orvik?')).toEqual(['happened']);
		expect(words('When did the flood occur?')).toEqual(['occur']);
		expect(words('How long is the repair plan?')).toEqual(['long']);
		expect(words('Did the long rain flood the town?')).toEqual([]);
		expect(words('What percentage of the vote did Hegel win?')).toEqual(['percentage']);
		expect(words('For how much money was the land sold?')).toEqual(['money']);
		expect(words('Why is there no longer a stigma?')).toEqual(['longer']);
		expect(words('Which bridge is longer?')).toEqual([]);
	});
});

describe('analyseQuestion with frame words', () => {
	it('leaves out a frame word the reports never use, so it does not count as an unknown word', () => {
		const { ask } = floodReport();
		const analysed = ask('What happened in Orvik?');
		expect(analysed.terms.map((t) => t.word)).toEqual(['orvik']);
		expect(analysed.unknown).toEqual([]);
		expect(ask('How long is the repair plan?').terms.map((t) => t.word)).not.toContain('long');
	});

	it('keeps one the reports use: it may stand in the answer', () => {
		const { ask } = floodReport(
			`${FLOOD_REPORT}\n\nWhat happened next surprised the crews. The bridge is 40 metres long.`,
		);
		expect(ask('What happened in Orvik?').terms.map((t) => t.word)).toContain('happened');
		expect(ask('How long is the bridge?').terms.map((t) => t.word)).toContain('long');
	});

	it('splits a hyphenated word the reports write apart, and leaves out contractions', () => {
		const { ask } = floodReport(`${FLOOD_REPORT}\n\nSmall scale repairs began, while large-scale ones wait.`);
		expect(ask("Why didn't small-scale repairs wait?").terms.map((t) => t.word)).toEqual([
			'small',
			'scale',
			'repairs',
			'wait',
		]);
		expect(ask('When do large-scale repairs begin?').terms.map((t) => t.word)).toContain('large-scale');
		expect(ask("Why didn't small-scale repairs wait?").unknown).toEqual([]);
	});

	it('joins two words the reports write as one ("cyber attack", "mail in ballots"), not a word and its preposition', () => {
		const { ask } = floodReport(
			`${FLOOD_REPORT}\n\nThere was no sign of a cyberattack. A batch of 56 mail-in ballots was counted twice. The built-in pumps failed. The runner-up takes home £75,000. The take-off was delayed.`,
		);
		expect(ask('how much does the runner up get').text).toBe('how much does the runner-up get');
		expect(ask('when did the plane take off from heathrow').text).not.toContain('take-off');
		expect(ask('was it a cyber attack').text).toBe('was it a cyberattack');
		expect(ask('how many mail in ballots got counted twice').text).toBe('how many mail-in ballots got counted twice');
		expect(ask('how many mail in ballots got counted twice').terms.map((t) => t.word)).toContain('mail-in');
		expect(ask('which pumps were built in the spring').text).toBe('which pumps were built in the spring');
		expect(ask('who led the crews').text).toBe('who led the crews');
	});

	it('keeps one whose synonym the reports use ("how deep": "a depth of")', () => {
		const { ask } = floodReport(`${FLOOD_REPORT}

The water reached a depth of two metres.`);
		expect(ask('How deep was the water?').terms.map((t) => t.word)).toEqual(['deep', 'depth', 'water']);
		expect(ask('How wide was the water?').terms.map((t) => t.word)).toEqual(['water']);
	});
});

describe('withoutDurationVerb', () => {
	it('drops the "last" that ends a "how long" question, and no other', () => {
		expect(withoutDurationVerb('How long did the walkout last?')).toBe('How long did the walkout ?');
		expect(withoutDurationVerb('how long did the last walkout take')).toBe('how long did the last walkout take');
		expect(withoutDurationVerb('When was the walkout last?')).toBe('When was the walkout last?');
	});

	it('so "last" there is neither the opposite of "first" nor a word the answer must hold', () => {
		const sentence = 'It is the first strike since 2009, when a nine-day walkout ended with a raise.';
		expect(findContradictions('How long did the 2009 walkout last?', sentence)).toEqual([]);
		expect(findContradictions('When was the last walkout?', sentence)).toEqual(['last/first']);
		const { ask } = floodReport();
		expect(ask('How long did the flood last?').terms.map((t) => t.word)).toEqual(['flood']);
	});
});
