import { tokenize } from './tokenize.ts';

/** The words a reader reads of a text: its tokens' words, as the index and the training files write them. */
export function readerWords(text: string): string[] {
	return tokenize(text).map((t) => t.word);
}

/** The candidates' indices by logit, best first (the earlier candidate first on a tie), at most `top` of them. */
export function topByLogit(logits: readonly number[], top = logits.length): number[] {
	return logits
		.map((_, i) => i)
		.sort((a, b) => (logits[b] ?? 0) - (logits[a] ?? 0) || a - b)
		.slice(0, top);
}

/**
 * The ranker's logits with its first candidates re-read: each logit times `weight`, plus the reader's score for the
 * candidates in `read` (`scores[k]` is `read[k]`'s) and the lowest of those scores for the others. The engine ranks
 * and estimates its confidence on these.
 */
export function rereadLogits(
	logits: readonly number[],
	read: readonly number[],
	scores: readonly number[],
	weight: number,
): number[] {
	// A candidate left unread counts as read as badly as the worst one read, so it stays below every candidate read.
	const unread = scores.length ? Math.min(...scores) : 0;
	const adjusted = logits.map((l) => weight * l + unread);
	read.forEach((i, k) => {
		adjusted[i] = weight * (logits[i] ?? 0) + (scores[k] ?? 0);
	});
	return adjusted;
}
