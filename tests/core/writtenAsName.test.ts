import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/core/analyseQuestion.ts';
import { stem } from '../../src/core/tokenize.ts';
import { writtenAsName } from '../../src/core/writtenAsName.ts';
import { floodReport } from './floodReport.ts';

describe('writtenAsName', () => {
	const { context, ask } = floodReport(
		'Swiss pilot Annika Brunner won the title. The final task was hard, Brunner said.\n\nThe river rose overnight. Police closed River Road. Crowds were Congregating at the bridge.',
	);

	it('tells a word the reports write only capitalised inside sentences from one they also write in lower case', () => {
		expect(writtenAsName(context.corpus, stem('brunner'), 16)).toBe(true);
		expect(writtenAsName(context.corpus, stem('river'), 16)).toBe(false);
		expect(writtenAsName(context.corpus, stem('title'), 16)).toBe(false);
		expect(writtenAsName(context.corpus, stem('zurich'), 16)).toBe(false);
		// Capitalised once, as in a heading's words, is too little to take it for a name.
		expect(writtenAsName(context.corpus, stem('congregating'), 16)).toBe(false);
	});

	it('makes a name of a rare question word typed in lower case, as if it were capitalised', () => {
		const english = new Set(['when', 'did', 'win', 'the', 'title', 'road', 'river']);
		const withWords = { ...context.questionContext, isWord: (word: string) => english.has(word) };
		const terms = analyseQuestion('when did brunner win the title', withWords).terms;
		expect(terms.find((t) => t.word === 'brunner')?.capitalised).toBe(true);
		expect(terms.find((t) => t.word === 'title')?.capitalised).toBe(false);
		// "road" is written only in "River Road", but it is a common word a member may mean as one.
		expect(
			analyseQuestion('when did the road close', withWords).terms.find((t) => t.word === 'road')?.capitalised,
		).toBe(false);
		// Without word vectors to tell rare words, no word typed in lower case is taken for a name.
		expect(ask('when did brunner win the title').terms.find((t) => t.word === 'brunner')?.capitalised).toBe(false);
	});
});
