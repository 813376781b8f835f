import { analyseQuestion } from '../../src/core/analyseQuestion.ts';
import { buildAnswerContext } from '../../src/core/buildAnswerContext.ts';
import { chooseShortAnswer } from '../../src/core/chooseShortAnswer.ts';
import { indexReports } from '../../src/core/indexReports.ts';
import { parseReport } from '../../src/reports/parseReport.ts';

/** An invented report about a flood, worded unlike the seed report, so the rules it tests are general. */
export const FLOOD_REPORT = [
	'Floodwater swept through the valley town of Orvik on Saturday, and rescue crews worked through the night.',
	'The river burst its banks after heavy rain, fire chief Ola Berg said. Water reached a school in Orvik and a clinic near the market. At least four people were injured, according to local doctors.',
	'The regional council discussed an emergency fund with the army on Sunday. Critics condemned the discussions between the council and the army, noting that residents had not been consulted.',
	'Governor Anna Holm toured the St Brigid Hospital in Lerwick. “We will rebuild every bridge,” she said. The council approved a 90-day repair plan.',
].join('\n\n');

/**
 * The flood report indexed, with `shortAnswer(question, words)`: the short answer chooseShortAnswer gives the
 * question from the sentence holding `words`.
 */
export function floodReport(text = FLOOD_REPORT) {
	const parsed = parseReport('orvik-flood', text);
	if (!parsed.ok) throw new Error(parsed.problem);
	const { context } = buildAnswerContext(indexReports([parsed.report]), {});
	const ask = (question: string) => analyseQuestion(question, context.questionContext);
	const shortAnswer = (question: string, words: string) => {
		const quotes = Array.from({ length: context.corpus.sentenceCount }, (_, s) => context.corpus.quote(s));
		const index = quotes.findIndex((quote) => quote.includes(words));
		if (index < 0) throw new Error(`no sentence holds "${words}"`);
		return chooseShortAnswer(ask(question), index, context);
	};
	return { context, ask, shortAnswer };
}
