import type { Mention, MentionType } from './findMentions.ts';
import { GrowableFloat64, GrowableUint32 } from './GrowableArray.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';

const TYPES: readonly MentionType[] = ['number', 'date', 'name', 'quote'];
/** Sentences whose mentions are kept as objects between calls. */
const RECENT = 256;

/**
 * Every sentence's mentions as flat arrays: sentence i's are at offsets[i] up to offsets[i + 1]. A mention's text
 * is its span of the sentence, except the few listed in textAt/texts (a quote's text is what stands inside it).
 */
export interface MentionData {
	offsets: Uint32Array;
	types: Uint32Array;
	starts: Uint32Array;
	ends: Uint32Array;
	/** A number's value (NaN for the other types). */
	values: Float64Array;
	textAt: Uint32Array;
	texts: string[];
}

/** The mentions of each sentence, made into objects when asked for. */
export class MentionTable {
	private readonly texts = new Map<number, string>();
	/** Mentions of the sentences lately asked for (a sentence of thousands of numbers is read once per question). */
	private recent = new Map<number, Mention[]>();
	/** Mentions of the few sentences with too many to make again for every question, kept for good. */
	private readonly pinned = new Map<number, Mention[]>();

	/** Throws when the arrays do not fit together or with the sentence count. */
	constructor(
		readonly data: MentionData,
		private readonly quoteOf: (sentence: number) => string,
		sentences: number,
	) {
		const { offsets, types, starts, ends, values, textAt, texts } = data;
		const total = types.length;
		const fits =
			offsets.length === sentences + 1 &&
			offsets[0] === 0 &&
			offsets[sentences] === total &&
			[starts, ends, values].every((list) => list.length === total) &&
			textAt.length === texts.length &&
			types.every((t) => t < TYPES.length) &&
			textAt.every((at) => at < total) &&
			offsets.every((o, i) => i === 0 || o >= (offsets[i - 1] ?? 0));
		if (!fits) throw new Error('the stored mentions do not match the sentences');
		textAt.forEach((at, k) => {
			this.texts.set(at, texts[k] ?? '');
		});
		for (let s = 0; s < sentences; s++)
			if ((offsets[s + 1] ?? 0) - (offsets[s] ?? 0) > SENTENCE_LIMITS.mentions) this.pinned.set(s, this.make(s));
	}

	/** The mentions of sentence `index`, in order (shared between calls: do not change them). */
	of(index: number): Mention[] {
		let mentions = this.recent.get(index) ?? this.pinned.get(index);
		if (!mentions) {
			if (this.recent.size >= RECENT) this.recent.clear();
			mentions = this.make(index);
			this.recent.set(index, mentions);
		}
		return mentions;
	}

	/** Forgets the mentions made into objects so far (each question starts so; see Corpus.forgetViews). */
	forgetRecent(): void {
		if (this.data.offsets.length - 1 <= RECENT) return;
		this.recent = new Map();
	}

	/** Calls `each` with the span of every mention of sentence `index`, in order, without making the mentions. */
	eachSpan(index: number, each: (start: number, end: number) => void): void {
		const { offsets, starts, ends } = this.data;
		for (let k = offsets[index] ?? 0; k < (offsets[index + 1] ?? 0); k++) each(starts[k] ?? 0, ends[k] ?? 0);
	}

	private make(index: number): Mention[] {
		const { offsets, types, starts, ends, values } = this.data;
		const from = offsets[index] ?? 0;
		const to = offsets[index + 1] ?? 0;
		if (from === to) return [];
		const quote = this.quoteOf(index);
		const mentions: Mention[] = [];
		for (let k = from; k < to; k++) {
			const type = TYPES[types[k] ?? 0] as MentionType;
			const start = starts[k] ?? 0;
			const end = ends[k] ?? 0;
			const text = this.texts.get(k) ?? quote.slice(start, end);
			mentions.push(type === 'number' ? { type, text, start, end, value: values[k] ?? 0 } : { type, text, start, end });
		}
		return mentions;
	}
}

/** Collects mentions sentence by sentence into MentionData; what was added after a mark can be dropped. */
export class MentionBuilder {
	private readonly offsets = new GrowableUint32();
	private readonly types = new GrowableUint32();
	private readonly starts = new GrowableUint32();
	private readonly ends = new GrowableUint32();
	private readonly values = new GrowableFloat64();
	private readonly textAt = new GrowableUint32(64);
	private readonly texts: string[] = [];

	constructor() {
		this.offsets.push(0);
	}

	/** Adds the next sentence's mentions. */
	add(quote: string, mentions: readonly Mention[]): void {
		for (const m of mentions) {
			if (m.text !== quote.slice(m.start, m.end)) {
				this.textAt.push(this.types.length);
				this.texts.push(m.text);
			}
			this.types.push(TYPES.indexOf(m.type));
			this.starts.push(m.start);
			this.ends.push(m.end);
			this.values.push(m.value ?? Number.NaN);
		}
		this.offsets.push(this.types.length);
	}

	mark(): { sentences: number; mentions: number; texts: number } {
		return { sentences: this.offsets.length, mentions: this.types.length, texts: this.texts.length };
	}

	rollback(mark: { sentences: number; mentions: number; texts: number }): void {
		this.offsets.truncate(mark.sentences);
		for (const list of [this.types, this.starts, this.ends, this.values]) list.truncate(mark.mentions);
		this.textAt.truncate(mark.texts);
		this.texts.splice(mark.texts);
	}

	finish(): MentionData {
		return {
			offsets: this.offsets.toArray(),
			types: this.types.toArray(),
			starts: this.starts.toArray(),
			ends: this.ends.toArray(),
			values: this.values.toArray(),
			textAt: this.textAt.toArray(),
			texts: this.texts,
		};
	}
}
