import type { Mention } from './findMentions.ts';
import { nounAfter } from './nounAfter.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** "What did the pressure drop to?", "what did the bank raise the rate to": the level a change reached, asked. */
const ASKS_LEVEL_REACHED =
	/^\s*what\s+(?:did|does|do|has|have|had|will|would|is|was|are|were)\s+.+?\s+(?:drop|dropped|fall|fallen|fell|rise|risen|rose|climb|climbed|increase|increased|decrease|decreased|go\s+up|gone\s+up|go\s+down|gone\s+down|jump|jumped|grow|grown|shrink|shrunk|slip|slipped|sink|sunk|plunge|plunged|soar|soared|cut|reduced?|raised?|lowered?|lower|set|fixed?)(?:\s+(?:the|its|their|his|her|a)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)?\s+to\s*[?!.]*\s*$/iu;
/** A word of change before the level it reached ("fell from a normal 101.3 kilopascals to"), within its clause. */
const CHANGE_BEFORE =
	/\b(?:drop\w*|f[ae]ll\w*|ris\w*|rose|climb\w*|increas\w*|decreas\w*|went|gone|jump\w*|gr[eo]w\w*|shr[iau]nk\w*|slip\w*|s[aiu]nk\w*|plung\w*|soar\w*|cut|reduc\w*|rais\w*|lower\w*|set|fix\w*)\b(?:[^.;:!?]|(?<=\d)\.(?=\d)){0,80}$/iu;

/**
 * For "what did the pressure drop to?", the level a change in the sentence reached, with its unit: "99.6 kilopascals" of
 * "fell from a normal 101.3 kilopascals to 99.6 kilopascals"; undefined for another question or a sentence that tells no
 * level reached after a word of change.
 *
 * @example
 * changedTo('what did the pressure drop to', 'Pressure fell from 101.3 kilopascals to 99.6 kilopascals.', mentions)?.text;
 * // '99.6 kilopascals'
 */
export function changedTo(question: string, sentence: string, mentions: readonly Mention[]): AnswerPhrase | undefined {
	if (!ASKS_LEVEL_REACHED.test(question)) return undefined;
	const level = mentions.find(
		(m) =>
			m.type !== 'name' &&
			m.type !== 'quote' &&
			m.type !== 'date' &&
			/\d/u.test(m.text) &&
			/\bto\s+$/iu.test(sentence.slice(Math.max(0, m.start - 4), m.start)) &&
			CHANGE_BEFORE.test(sentence.slice(0, m.start)),
	);
	if (!level) return undefined;
	const unit = nounAfter(sentence.slice(level.end, level.end + 40));
	const end = unit && sentence.startsWith(` ${unit}`, level.end) ? level.end + unit.length + 1 : level.end;
	return { text: sentence.slice(level.start, end), start: level.start, end, typed: true };
}
