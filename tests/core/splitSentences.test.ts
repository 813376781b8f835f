import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/core/splitSentences.ts';

describe('splitSentences', () => {
	it('splits at full stops and keeps character spans that point into the paragraph', () => {
		const paragraph = 'He left.  She stayed. They waited!';
		const spans = splitSentences(paragraph);
		expect(spans.map((s) => s.text)).toEqual(['He left.', 'She stayed.', 'They waited!']);
		for (const span of spans) expect(paragraph.slice(span.start, span.end)).toBe(span.text);
	});

	it('keeps a closing quotation mark with its sentence', () => {
		expect(splitSentences('“Putin’s words are at odds with reality,” he said. He left.').map((s) => s.text)).toEqual([
			'“Putin’s words are at odds with reality,” he said.',
			'He left.',
		]);
	});

	it('does not split after abbreviations, initials or decimals', () => {
		expect(splitSentences('The U.S. Army said 2.5 km. Mr. Smith agreed.').map((s) => s.text)).toEqual([
			'The U.S. Army said 2.5 km.',
			'Mr. Smith agreed.',
		]);
		expect(
			splitSentences('The court held in Dowling v. United States that it was not theft. He wrote Op. 58 in 1844.').map(
				(s) => s.text,
			),
		).toEqual(['The court held in Dowling v. United States that it was not theft.', 'He wrote Op. 58 in 1844.']);
	});

	it('keeps a dateline with a state\'s abbreviation with its sentence ("HARLAN CREEK, Okla. —")', () => {
		const texts = splitSentences('HARLAN CREEK, Okla. — A tornado hit this town of 6,500. It was bad.').map(
			(s) => s.text,
		);
		expect(texts).toEqual(['HARLAN CREEK, Okla. — A tornado hit this town of 6,500.', 'It was bad.']);
		expect(splitSentences('They moved to Calif. in May.').map((s) => s.text)).toEqual(['They moved to Calif. in May.']);
	});

	it('keeps initials inside names', () => {
		expect(splitSentences('The firm was founded by James O. McKinsey in 1926. It grew.').map((s) => s.text)).toEqual([
			'The firm was founded by James O. McKinsey in 1926.',
			'It grew.',
		]);
		expect(splitSentences('J. R. R. Tolkien wrote it. I. M. Pei built it.').map((s) => s.text)).toEqual([
			'J. R. R. Tolkien wrote it.',
			'I. M. Pei built it.',
		]);
	});

	it('still ends a sentence at a capital letter followed by a sentence opener', () => {
		expect(splitSentences('They chose Plan B. The plan failed.').map((s) => s.text)).toEqual([
			'They chose Plan B.',
			'The plan failed.',
		]);
	});

	it('keeps a full stop inside brackets closed just after with its sentence', () => {
		expect(
			splitSentences(
				'She signed with Sire Records (a label of Warner Bros. Records) in 1982. Her first album (1983) sold well. (It was re-released.) Then she toured.',
			).map((s) => s.text),
		).toEqual([
			'She signed with Sire Records (a label of Warner Bros. Records) in 1982.',
			'Her first album (1983) sold well.',
			'(It was re-released.)',
			'Then she toured.',
		]);
	});

	it('stays linear on long runs of punctuation and on many full stops that do not end sentences', () => {
		for (const paragraph of [`a${'!'.repeat(100_000)}b`, '! '.repeat(100_000), 'a. '.repeat(50_000)]) {
			const started = performance.now();
			splitSentences(paragraph);
			expect(performance.now() - started).toBeLessThan(1500);
		}
	});
});

describe('splitSentences after a clock time', () => {
	it('ends a sentence after "p.m." before a new one, not before a day, a month or a time zone', () => {
		const texts = (paragraph: string) => splitSentences(paragraph).map((s) => s.text);
		expect(texts('It departed at 6:50 p.m. Transport Minister Helena Brandt said an inquiry would follow.')).toEqual([
			'It departed at 6:50 p.m.',
			'Transport Minister Helena Brandt said an inquiry would follow.',
		]);
		expect(texts('It opens at 9 p.m. Friday and shuts at 2 a.m. GMT, or 5:12 a.m. Eastern time.')).toHaveLength(1);
		expect(texts('The gates open at 7 a.m. local time.')).toHaveLength(1);
	});
});
