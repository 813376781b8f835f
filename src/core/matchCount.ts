import { DEFAULT_OPTIONS, type MatchOptions } from './options.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { contentStems, STOPWORDS, stem } from './tokenize.ts';
import type { Fact } from './types.ts';
import { COUNT_ACTIONS, SPELLINGS } from './vocabulary.ts';

export interface CountMatch {
	/** The count of the sentence that fits the question, if any. */
	fact?: Fact;
	/** How well the sentence's counts fit what is asked, 0..1 (1: the thing counted and the action both match). */
	fit: number;
	/** The question names the thing counted or the action, and the fact's fit both (not merely "how many people"). */
	specific?: boolean;
}

/**
 * For a "how many" question, the count in the sentence that counts what is asked ("drones") with the action
 * asked ("shot down"). A sentence that only counts other things, or the same thing with another action
 * ("launched" for "intercepted"), does not answer it; nor does any sentence when the reports never name the thing.
 *
 * @example
 * matchCount('how many drones were shot down?', countsOfTheSentence, stems).fact?.value; // 72
 */
export function matchCount(
	question: string,
	counts: Fact[],
	known: { has(stem: string): boolean },
	correct: (word: string) => string | undefined,
	options: Pick<MatchOptions, 'countMismatchFit' | 'countOtherThingFit'> = DEFAULT_OPTIONS,
): CountMatch {
	const action = COUNT_ACTIONS.find(([pattern]) => pattern.test(question))?.[1];
	const nounStem = countedNoun(question, known, correct);
	// A thing the reports never name: nothing in them counts it.
	if (nounStem && !known.has(nounStem)) return { fit: options.countMismatchFit };
	if (counts.length === 0) return { fit: 1 };
	let contradicted = false;
	for (const fact of counts.slice(0, SENTENCE_LIMITS.mentions)) {
		const nounFits = !nounStem || contentStems(fact.subject ?? '').includes(nounStem);
		const actionFits = !action || !fact.detail || fact.detail === action;
		if (nounFits && actionFits) return { fact, fit: 1, specific: nounStem !== undefined || action !== undefined };
		if (nounFits) contradicted = true;
	}
	return {
		fit: contradicted ? options.countMismatchFit : options.countOtherThingFit,
	};
}

/** The stem of the noun after "how many", spelling-normalised and typo-corrected; none when it is an action word. */
function countedNoun(
	question: string,
	known: { has(stem: string): boolean },
	correct: (word: string) => string | undefined,
) {
	const raw = /\bhow (?:many|much)\s+(?:of\s+the\s+)?([\p{L}-]+)/iu.exec(question)?.[1]?.toLowerCase();
	if (!raw) return undefined;
	const word = SPELLINGS[raw] ?? raw;
	if (STOPWORDS.has(word) || /^(people|times)$/.test(word) || COUNT_ACTIONS.some(([p]) => p.test(word)))
		return undefined;
	const stemmed = stem(word);
	if (known.has(stemmed)) return stemmed;
	const fixed = correct(word);
	return fixed ? stem(fixed) : stemmed;
}
