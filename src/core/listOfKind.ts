import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { stem } from './tokenize.ts';

/** "What services are offline?", "which other countries…": a kind asked in the plural. */
const ASKS_KINDS = /^\s*(?:what|which)\s+(?:other\s+)?(\p{Ll}[\p{Ll}-]+s)\b/u;
/** A list the sentence gives after "including" or "such as": "council tax payments, parking permits and planning applications". */
const LISTED =
	/\b(?:including|such\s+as)\s+((?:[^,.;:()"“”]+,\s+)+?[^,.;:()"“”]+?\s+(?:and|or)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2})/gu;
/** Words that end a list's last item: the clause's verb after it. */
const VERB_AFTER =
	/\s+(?:have|has|had|are|is|was|were|will|would|could|can|remain|remains|remained|been|being|that|which|who)\b.*$/u;
/** How far before "including" the kind asked may be written. */
const KIND_CHARS = 40;

/**
 * For "What services are offline?", the list a sentence gives of that kind after "including" or "such as": "council tax
 * payments, parking permits and planning applications" of "Online services including council tax payments, parking
 * permits and planning applications have been offline"; undefined otherwise.
 *
 * @example
 * listOfKind('what services are offline', sentence)?.text; // 'council tax payments, parking permits and planning applications'
 */
export function listOfKind(question: string, sentence: string): AnswerPhrase | undefined {
	const kind = ASKS_KINDS.exec(question)?.[1];
	if (!kind || !/\b(?:including|such\s+as)\b/u.test(sentence)) return undefined;
	const asked = stem(kind);
	for (const found of sentence.matchAll(LISTED)) {
		const before = sentence.slice(Math.max(0, found.index - KIND_CHARS), found.index).toLowerCase();
		if (!(before.match(/\p{L}+/gu) ?? []).some((word) => stem(word) === asked)) continue;
		const text = (found[1] ?? '').replace(VERB_AFTER, '');
		const start = found.index + found[0].length - (found[1]?.length ?? 0);
		return { text, start, end: start + text.length, typed: true };
	}
	return undefined;
}
