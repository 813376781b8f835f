import type { AnalysedQuestion } from './analyseQuestion.ts';
import type { Corpus } from './Corpus.ts';

/** Buffers reused by every question on one corpus (all zero between questions), so affinity makes no garbage. */
interface AffinityScratch {
	/** Per report, its affinity; zero for a report that holds none of the question. */
	affinity: Float64Array;
	/** Per report and question slot, the best share of that slot's weight the report holds. */
	slots: Float64Array;
	slotCount: number;
	/** Reports with a non-zero entry, and how many. */
	touched: Int32Array;
}

const scratchByCorpus = new WeakMap<Corpus, AffinityScratch>();

function scratchFor(corpus: Corpus, slotCount: number): AffinityScratch {
	const reports = corpus.reports.length;
	let scratch = scratchByCorpus.get(corpus);
	if (!scratch) {
		scratch = {
			affinity: new Float64Array(reports),
			slots: new Float64Array(0),
			slotCount: 0,
			touched: new Int32Array(reports),
		};
		scratchByCorpus.set(corpus, scratch);
	}
	if (scratch.slotCount < slotCount) {
		scratch.slots = new Float64Array(reports * slotCount);
		scratch.slotCount = slotCount;
	}
	return scratch;
}

/** Report affinities of one question: `of(report)` while in use, then `release()` (zeroes the shared buffers). */
export interface ReportAffinity {
	of(report: number): number;
	release(): void;
}

/**
 * How much of the question each report holds, 0..1, for the reports that hold any of it: a report that uses the
 * question's words more than the others (log-damped counts), or names them in its title, is the one it is about.
 * Dense buffers shared by the corpus's questions, not per-report maps: a common word is in most of 10,000 reports.
 */
export function reportAffinity(
	corpus: Corpus,
	question: AnalysedQuestion,
	slotIdf: readonly number[],
	totalIdf: number,
	titleBonus: number,
): ReportAffinity {
	const width = question.slots;
	const { affinity, slots, touched } = scratchFor(corpus, width);
	const inSlots = new Uint8Array(corpus.reports.length);
	let touchedCount = 0;
	const postings = corpus.reportPostings;
	for (const term of question.terms) {
		const t = corpus.termId(term.stem);
		if (t < 0) continue;
		const from = postings.offsets[t] ?? 0;
		const to = postings.offsets[t + 1] ?? 0;
		if (from === to) continue;
		let all = 0;
		for (let k = from; k < to; k++) all += Math.log1p(postings.count[k] ?? 0);
		const weight = term.weight * (slotIdf[term.slot] ?? 0);
		for (let k = from; k < to; k++) {
			const at = postings.at[k] ?? 0;
			if (inSlots[at] === 0) {
				inSlots[at] = 1;
				touched[touchedCount++] = at;
			}
			const cell = at * width + term.slot;
			slots[cell] = Math.max(slots[cell] ?? 0, (Math.log1p(postings.count[k] ?? 0) / all) * weight);
		}
	}
	for (let i = 0; i < touchedCount; i++) {
		const report = touched[i] ?? 0;
		let sum = 0;
		for (let s = 0; s < width; s++) sum += slots[report * width + s] ?? 0;
		affinity[report] = sum / totalIdf;
	}
	const named = new Set(
		question.terms.filter((t) => t.weight === 1).flatMap((t) => corpus.titleStems.get(t.stem) ?? []),
	);
	for (const report of named) {
		affinity[report] = Math.min(1, (affinity[report] ?? 0) + titleBonus);
		if (inSlots[report] === 0) {
			inSlots[report] = 1;
			touched[touchedCount++] = report;
		}
	}
	return {
		of: (report) => affinity[report] ?? 0,
		release() {
			for (let i = 0; i < touchedCount; i++) {
				const report = touched[i] ?? 0;
				affinity[report] = 0;
				slots.fill(0, report * width, report * width + width);
			}
		},
	};
}
