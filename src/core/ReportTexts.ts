import type { Corpus } from './Corpus.ts';

/** How many reports' texts are kept: a question's candidates come from a few reports. */
const RECENT_REPORTS = 16;

/**
 * The title and text of the reports last asked about, kept a while (and lowercased without accents once asked for):
 * several checks of each candidate sentence read its whole report, and joining or folding it each time was a tenth of
 * a slow question's time.
 */
export class ReportTexts {
	#texts = new Map<number, { text: string; folded?: string }>();

	constructor(private readonly corpus: Pick<Corpus, 'reports'>) {}

	/** The title and paragraphs of report `report`, one a line ('' for no such report). */
	text(report: number): string {
		return this.#entry(report).text;
	}

	/** The same text lowercased, its accents taken off ("Frédéric" as "frederic"). */
	folded(report: number): string {
		const entry = this.#entry(report);
		entry.folded ??= entry.text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
		return entry.folded;
	}

	#entry(report: number): { text: string; folded?: string } {
		const known = this.#texts.get(report);
		if (known) return known;
		if (this.#texts.size >= RECENT_REPORTS) this.#texts.clear();
		const found = this.corpus.reports[report];
		const entry = { text: found ? `${found.title}\n${found.paragraphs.join('\n')}` : '' };
		this.#texts.set(report, entry);
		return entry;
	}
}
