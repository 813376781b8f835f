import type { AntonymTable } from './AntonymTable.ts';
import type { AnalysedQuestion, QuestionContext } from './analyseQuestion.ts';
import type { Corpus } from './Corpus.ts';
import type { MentionTable } from './MentionTable.ts';
import type { CountMatcher } from './matchCount.ts';
import type { MatchOptions } from './options.ts';
import type { RankerModel } from './RankerModel.ts';
import type { ReportTexts } from './ReportTexts.ts';
import type { SentenceScorer } from './SentenceReader.ts';
import type { Fact } from './types.ts';
import type { WordVectors } from './WordVectors.ts';

/** Everything answerQuestion needs, built once per set of reports by createFactdesk. */
export interface AnswerContext {
	corpus: Corpus;
	/** Mentions of each sentence, by sentence index. */
	mentions: MentionTable;
	/** Kinds of the named entities of each sentence by their start offset ("place", "person"…), by sentence index. */
	entityKinds: Map<number, Map<number, Fact['kind']>>;
	/** Count facts by sentence index, for conflicting figures. */
	countFacts: Map<number, Fact[]>;
	/** The facts some fact conflicts with, by id (to show a conflicting figure and its source). */
	factsById: Map<string, Fact>;
	options: MatchOptions;
	/** The learned re-ranker and confidence; the hand-tuned ranking when absent. */
	model?: RankerModel;
	/** The model's word vectors, unpacked once. */
	vectors?: WordVectors;
	/** The model's sentence reader, which re-reads the ranker's first candidates (see rerankWithModel). */
	readSentence?: SentenceScorer;
	/** The model's opposite words by stem, read once. */
	antonyms?: AntonymTable;
	questionContext: QuestionContext;
	/** The text of the reports last asked about (see reportText). */
	reportTexts: ReportTexts;
	/** Each count question's matcher while the question lives (see countMatcherOf). */
	countMatchers: WeakMap<AnalysedQuestion, CountMatcher>;
	/** Quotes (with their speakers) and attributions, by sentence index. */
	statements: Map<number, Fact[]>;
	/** People named with a role, by sentence index. */
	people: Map<number, Fact[]>;
	/** Questions each sentence answers, written from its facts, for "did you mean". */
	questionsBySentence: Map<number, string[]>;
	/** Topics to offer when declining with nothing closer. */
	topics: string[];
}
