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
	});
});
