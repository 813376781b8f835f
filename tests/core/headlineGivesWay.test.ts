import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/core/analyseQuestion.ts';
import { buildAnswerContext } from '../../src/core/buildAnswerContext.ts';
import { chooseFittingAnswer } from '../../src/core/chooseFittingAnswer.ts';
import { indexReports } from '../../src/core/indexReports.ts';
import type { RankedSentence } from '../../src/core/rankSentences.ts';
import { parseReport } from '../../src/reports/parseReport.ts';

/** Two invented reports, each a headline over its story. */
const REPORTS = [
	[
		'wreck',
		[
			'Divers find wreck of 18th-century merchant ship off Gotland',
			'VISBY, Sweden - Recreational divers have found the wreck of the Fru Margareta, a merchant ship that sank in 1744.',
			'The ship was carrying salt and wine when it went down in a storm.',
		],
	],
	[
		'plant',
		[
			'Ghent plant will stay open, says Volvo chief',
			'GHENT, Belgium - "The plant has a future," Volvo chief Lena Berg told workers on Monday.',
			'"We will invest 300 million euros here," Berg said.',
			'The plant employs about 6,000 people.',
		],
	],
	[
		'bridge',
		[
			'Old river bridge to close for repairs',
			'The Karlsbro bridge will close on Monday for six weeks.',
			'Divers will inspect the piers, the council said.',
		],
	],
] as const;

function setUp() {
	const reports = REPORTS.map(([id, paragraphs]) => {
		const parsed = parseReport(id, paragraphs.join('\n\n'));
		if (!parsed.ok) throw new Error(parsed.problem);
		return parsed.report;
	});
	const { context } = buildAnswerContext(indexReports(reports), {});
	const at = (words: string): RankedSentence => {
		const quotes = Array.from({ length: context.corpus.sentenceCount }, (_, s) => context.corpus.quote(s));
		const index = quotes.findIndex((quote) => quote.includes(words));
		if (index < 0) throw new Error(`no sentence holds "${words}"`);
		return { index, score: 1, coverage: 1, contextCoverage: 1, sentenceScore: 1, paragraphScore: 1, affinity: 1 };
	};
	return { context, at, ask: (question: string) => analyseQuestion(question, context.questionContext) };
}

describe('a headline at the top of the ranking', () => {
	const { context, at, ask } = setUp();
	const question = ask('What ship did the divers find?');
	const chances = [0.9, 0.2, 0.3];

	it('gives way to the likeliest story sentence below it, at that sentence’s own chance', () => {
		const ranked = [at('Divers find wreck'), at('carrying salt'), at('Fru Margareta')];
		const chosen = chooseFittingAnswer(question, ranked, 0.9, (position) => chances[position] ?? 0, context);
		expect(chosen?.position).toBe(2);
		expect(context.corpus.quote(ranked[chosen?.position ?? 0]?.index ?? -1)).toContain('Fru Margareta');
		expect(chosen?.confidence).toBeLessThanOrEqual(0.3 + (1 - 0.3) * context.options.matchedEvidence);
		expect(chosen?.confidence).toBeGreaterThan(0);
	});

	it('answers itself when no story sentence is among the candidates weighed, or without estimates for them', () => {
		const headlines = [at('Divers find wreck'), at('Old river bridge')];
		const alone = chooseFittingAnswer(question, headlines, 0.9, (position) => chances[position] ?? 0, context);
		expect(alone?.position).toBe(0);
		const ranked = [at('Divers find wreck'), at('Fru Margareta')];
		expect(chooseFittingAnswer(question, ranked, 0.9, undefined, context)?.position).toBe(0);
	});

	it('takes no sentence of another report’s story', () => {
		const ranked = [at('Divers find wreck'), at('Divers will inspect'), at('Karlsbro bridge will close')];
		const chosen = chooseFittingAnswer(question, ranked, 0.9, (position) => chances[position] ?? 0, context);
		expect(chosen?.position).toBe(0);
	});

	it('gathers the chances of the speaker’s statements, the headline’s too, for the story quote that answers', () => {
		const said = ask('What did the Volvo chief say?');
		const ranked = [at('says Volvo chief'), at('has a future'), at('employs about')];
		const chosen = chooseFittingAnswer(said, ranked, 0.9, (position) => [0.9, 0.3, 0.3][position] ?? 0, context);
		expect(chosen?.position).toBe(1);
		// Its own chance, the speaker's words counted, is about 0.5; with the headline's 0.9 gathered, far more.
		expect(chosen?.confidence).toBeGreaterThan(0.8);
	});

	it('gathers for "what did X say about Y" only the statements about Y', () => {
		const ranked = [at('has a future'), at('We will invest')];
		const chance = (question: string) =>
			chooseFittingAnswer(ask(question), ranked, 0.5, (position) => [0.5, 0.5][position] ?? 0, context)?.confidence ??
			0;
		const any = chance('What did Berg say?');
		const about = chance('What did Berg say about the plant?');
		const offTopic = chance('What did Berg say about wages?');
		expect(about).toBeLessThan(any);
		expect(offTopic).toBeLessThan(any);
		// A statement about something else keeps only offTopicWordsFit of its chance.
		expect(offTopic).toBeCloseTo(about * context.options.offTopicWordsFit, 6);
		expect(offTopic).toBeGreaterThan(0);
		// "on the matter" and "on Monday" name no topic: every statement answers.
		expect(chance('What did Berg say on the matter?')).toBe(any);
	});

	it('does not move a story sentence at the top', () => {
		const ranked = [at('Fru Margareta'), at('Divers find wreck'), at('carrying salt')];
		const chosen = chooseFittingAnswer(question, ranked, 0.9, (position) => [0.9, 0.8, 0.1][position] ?? 0, context);
		expect(chosen?.position).toBe(0);
	});
});
