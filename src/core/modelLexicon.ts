import { type AntonymTable, parseAntonyms } from './AntonymTable.ts';
import type { RankerModel } from './RankerModel.ts';
import { createSentenceScorer, type SentenceScorer } from './SentenceReader.ts';
import { unpackVectors, type WordVectors } from './WordVectors.ts';

/** A model's word vectors and opposite words, unpacked from the model file's text, and its sentence reader. */
export interface ModelLexicon {
	vectors: WordVectors;
	antonyms?: AntonymTable;
	readSentence?: SentenceScorer;
}

// Keyed by the model object, so every engine built with one model (a server's own reports each make one) shares one
// unpacked copy: 16 MB and 80 ms apiece otherwise. A WeakMap lets the copy go with the model.
const unpacked = new WeakMap<RankerModel, ModelLexicon>();

/** The model's vectors and opposite words, unpacked the first time they are asked for and shared after. */
export function modelLexicon(model: RankerModel): ModelLexicon {
	const known = unpacked.get(model);
	if (known) return known;
	const vectors = unpackVectors(model.vectors);
	const lexicon: ModelLexicon = {
		vectors,
		...(model.antonyms && { antonyms: parseAntonyms(model.antonyms) }),
		...(model.reader && { readSentence: createSentenceScorer(model.reader, vectors) }),
	};
	unpacked.set(model, lexicon);
	return lexicon;
}
