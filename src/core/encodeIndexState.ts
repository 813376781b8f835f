import { CORPUS_ARRAYS, type CorpusData } from './CorpusData.ts';
import { INDEX_STATE_VERSION, type IndexState } from './IndexState.ts';
import type { MentionData } from './MentionTable.ts';

/** The first bytes of an encoded index: "FDIX". */
const MAGIC = [0x46, 0x44, 0x49, 0x58];
const MENTION_ARRAYS = ['offsets', 'types', 'starts', 'ends', 'textAt'] as const;
const ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 'little' : 'big';

type Kind = 'u32' | 'f64' | 'json' | 'lines';
interface Section {
	name: string;
	kind: Kind;
	/** Byte offset from the start of the data (after the header), a multiple of 8. */
	offset: number;
	bytes: number;
	/** Items: array elements, or lines. */
	length: number;
}

/**
 * Encodes an index state as bytes: "FDIX", the format version, a JSON header naming each section, then the
 * sections: every typed array as its raw bytes (8-byte aligned), words and terms one a line, reports, mention texts
 * and facts as JSON. Returned as chunks to write one after the other (the typed arrays are not copied).
 *
 * @example
 * writeFileSync(file, Buffer.concat(encodeIndexState(serialiseIndex(index))));
 */
export function encodeIndexState(state: IndexState): Uint8Array[] {
	const text = new TextEncoder();
	const parts: { name: string; kind: Kind; data: Uint8Array; length: number }[] = [];
	const add = (name: string, kind: Kind, data: Uint8Array, length: number) => parts.push({ name, kind, data, length });
	const raw = (name: string, array: Uint32Array | Float64Array) =>
		add(
			name,
			array instanceof Float64Array ? 'f64' : 'u32',
			new Uint8Array(array.buffer, array.byteOffset, array.byteLength),
			array.length,
		);
	for (const name of CORPUS_ARRAYS) raw(`corpus.${name}`, state.corpus[name]);
	for (const name of MENTION_ARRAYS) raw(`mentions.${name}`, state.mentions[name]);
	raw('mentions.values', state.mentions.values);
	raw('typos.offsets', state.typos.offsets);
	raw('typos.ids', state.typos.ids);
	raw('typos.minLength', Uint32Array.of(state.typos.minLength));
	add('corpus.words', 'lines', text.encode(state.corpus.words.join('\n')), state.corpus.words.length);
	add('corpus.terms', 'lines', text.encode(state.corpus.terms.join('\n')), state.corpus.terms.length);
	for (const name of ['reports', 'facts'] as const) add(name, 'json', text.encode(JSON.stringify(state[name])), 0);
	add('mentions.texts', 'json', text.encode(JSON.stringify(state.mentions.texts)), 0);
	const sections: Section[] = [];
	const chunks: Uint8Array[] = [];
	let offset = 0;
	for (const { name, kind, data, length } of parts) {
		sections.push({ name, kind, offset, bytes: data.byteLength, length });
		chunks.push(data, new Uint8Array((8 - (data.byteLength % 8)) % 8));
		offset += data.byteLength + ((8 - (data.byteLength % 8)) % 8);
	}
	const header = padTo8(text.encode(JSON.stringify({ endian: ENDIAN, sections })), 12);
	const start = new Uint8Array(12);
	start.set(MAGIC);
	new DataView(start.buffer).setUint32(4, INDEX_STATE_VERSION, true);
	new DataView(start.buffer).setUint32(8, header.byteLength, true);
	return [start, header, ...chunks];
}

/** The header padded with spaces so that the data after it starts 8-byte aligned. */
function padTo8(header: Uint8Array, before: number): Uint8Array {
	const pad = (8 - ((before + header.byteLength) % 8)) % 8;
	const padded = new Uint8Array(header.byteLength + pad).fill(0x20);
	padded.set(header);
	return padded;
}

/**
 * Reads what encodeIndexState wrote: typed arrays copied out of `bytes` at once (no parsing, no object per item),
 * the rest parsed. Throws on anything else: another magic, format version or byte order, a section missing or
 * outside the bytes. (Whether the parts fit together is checked when the index is restored.)
 */
export function decodeIndexState(bytes: Uint8Array): IndexState {
	if (bytes.byteLength < 12 || MAGIC.some((b, i) => bytes[i] !== b)) throw new Error('not an encoded index');
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const version = view.getUint32(4, true);
	if (version !== INDEX_STATE_VERSION) throw new Error(`index format ${version}, expected ${INDEX_STATE_VERSION}`);
	const headerBytes = view.getUint32(8, true);
	const dataStart = 12 + headerBytes;
	if (dataStart > bytes.byteLength) throw new Error('the index header is cut short');
	const text = new TextDecoder();
	const header = JSON.parse(text.decode(bytes.subarray(12, dataStart))) as { endian?: string; sections?: Section[] };
	if (header.endian !== ENDIAN) throw new Error(`index written ${header.endian}-endian`);
	const sections = new Map((header.sections ?? []).map((s) => [s.name, s]));
	const slice = (name: string, kind: Kind) => {
		const section = sections.get(name);
		if (!section || section.kind !== kind) throw new Error(`index section ${name} missing`);
		const from = dataStart + section.offset;
		if (!(section.offset >= 0 && section.bytes >= 0 && from + section.bytes <= bytes.byteLength))
			throw new Error(`index section ${name} outside the file`);
		return { section, data: bytes.subarray(from, from + section.bytes) };
	};
	const u32 = (name: string) => {
		const { section, data } = slice(name, 'u32');
		if (section.bytes !== section.length * 4) throw new Error(`index section ${name} has the wrong size`);
		return new Uint32Array(new Uint8Array(data).buffer, 0, section.length);
	};
	const json = (name: string) => JSON.parse(text.decode(slice(name, 'json').data)) as unknown;
	const lines = (name: string) => {
		const { section, data } = slice(name, 'lines');
		const list = section.length === 0 ? [] : text.decode(data).split('\n');
		if (list.length !== section.length) throw new Error(`index section ${name} has the wrong size`);
		return list;
	};
	const corpus = Object.fromEntries(CORPUS_ARRAYS.map((name) => [name, u32(`corpus.${name}`)]));
	const mentions = Object.fromEntries(MENTION_ARRAYS.map((name) => [name, u32(`mentions.${name}`)]));
	const values = slice('mentions.values', 'f64');
	if (values.section.bytes !== values.section.length * 8)
		throw new Error('index section mentions.values has the wrong size');
	const texts = json('mentions.texts');
	const reports = json('reports');
	const facts = json('facts');
	if (!Array.isArray(texts) || !Array.isArray(reports) || !Array.isArray(facts))
		throw new Error('index lists malformed');
	return {
		version,
		reports,
		corpus: { ...corpus, words: lines('corpus.words'), terms: lines('corpus.terms') } as CorpusData,
		mentions: {
			...mentions,
			values: new Float64Array(new Uint8Array(values.data).buffer, 0, values.section.length),
			texts,
		} as MentionData,
		facts,
		typos: { minLength: u32('typos.minLength')[0] ?? 0, offsets: u32('typos.offsets'), ids: u32('typos.ids') },
	};
}
