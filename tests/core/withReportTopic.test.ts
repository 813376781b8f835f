import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { indexReports } from '../../src/core/indexReports.ts';
import { stem } from '../../src/core/tokenize.ts';
import { isReportTopic } from '../../src/core/withReportTopic.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { shippedModelTuning } from './shippedModel.ts';

/** An invented company report: its headline names the company, the paragraph about its chief does not. */
const REPORT = [
	'Velmar shares jump after shipbuilder wins navy order',
	'Shares of Velmar Marine rose 9% on Monday after the shipbuilder won a $3 billion order for six frigates.',
	'Chief executive Ines Kahl said the yard in Gdynia would hire 800 workers. "This order fills our books until 2031," Kahl said.',
	'Rival Nordsk Yards said it would appeal the navy decision.',
].join('\n\n');

function report(id: string, text: string) {
	const parsed = parseReport(id, text);
	if (!parsed.ok) throw new Error(parsed.problem);
	return parsed.report;
}

describe('isReportTopic', () => {
	it("takes the words of a one-sentence headline without a full stop as the report's topic", () => {
		const { corpus } = indexReports([report('yard-order', REPORT)]);
		expect(isReportTopic(corpus, 0, stem('velmar'))).toBe(true);
		expect(isReportTopic(corpus, 0, stem('gdynia'))).toBe(false);
	});

	it('takes the lede under a headline as the topic too ("Shares of Velmar Marine rose… six frigates")', () => {
		const { corpus } = indexReports([report('yard-order', REPORT)]);
		expect(isReportTopic(corpus, 0, stem('frigates'))).toBe(true);
		expect(isReportTopic(corpus, 0, stem('nordsk'))).toBe(false);
	});

	it('takes no headline from a first paragraph that is a sentence of the story', () => {
		const { corpus } = indexReports([report('yard-order', REPORT.split('\n\n').slice(1).join('\n\n'))]);
		expect(isReportTopic(corpus, 0, stem('velmar'))).toBe(false);
	});

	it('takes the lede of a report with no headline as its topic when it opens on a dateline', () => {
		const story = REPORT.split('\n\n').slice(1);
		const dated = [`GDANSK, Poland, Oct. 3 — ${story[0]}`, ...story.slice(1)].join('\n\n');
		const { corpus } = indexReports([report('yard-order', dated)]);
		expect(isReportTopic(corpus, 0, stem('velmar'))).toBe(true);
		expect(isReportTopic(corpus, 0, stem('nordsk'))).toBe(false);
	});
});

describe('a question naming the topic of the report', () => {
	it('is answered by the paragraph that does not repeat the name, an abbreviation spelled out', () => {
		const desk = createFactdesk([report('yard-order', REPORT)], shippedModelTuning());
		const answer = desk.ask("Who is Velmar's CEO?");
		expect(answer.answered).toBe(true);
		expect(answer.answer).toBe('Ines Kahl');
	});
});

describe('a standfirst written as a headline', () => {
	it('gives its figure from the story sentence that writes it in full ("$2.4m" as "$2.4 million")', () => {
		const text = [
			'Schools hire attendance officers',
			'Trust puts $2.4m into pilot after attendance falls',
			'Eight schools will share six attendance officers from April.',
			'The Waikato Education Trust is putting $2.4 million into the two-year pilot.',
		].join('\n\n');
		const desk = createFactdesk([report('truancy', text)], shippedModelTuning());
		const answer = desk.ask('how much is the trust spending on the pilot');
		expect(answer.answer).toBe('$2.4 million');
		expect(answer.sources[0]?.quote).toContain('Waikato Education Trust');
	});
});
