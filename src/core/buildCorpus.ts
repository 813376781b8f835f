import { Corpus } from './Corpus.ts';
import { CorpusBuilder } from './CorpusBuilder.ts';
import { splitSentences } from './splitSentences.ts';
import type { Report } from './types.ts';

/**
 * Splits every report into sentences and tokenises them into a corpus, without mentions or facts (indexReports
 * does all three).
 *
 * @example
 * const corpus = buildCorpus([{ id: 'r', title: 'R', paragraphs: ['One. Two.'] }]);
 * corpus.sentenceCount; // 2
 */
export function buildCorpus(reports: Report[]): Corpus {
	const builder = new CorpusBuilder();
	for (const report of reports) {
		for (const text of report.paragraphs) {
			for (const span of splitSentences(text)) builder.addSentence(text, span.start, span.end);
			builder.endParagraph();
		}
		builder.endReport(report);
	}
	const { reports: kept, data } = builder.finish();
	return new Corpus(kept, data);
}
