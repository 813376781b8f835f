import { NATIONALITY } from './mentionPatterns.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { contentStems } from './tokenize.ts';

/** "Who won best actress?", "who got the prize for best director", "who was awarded the Golden Heron": a prize asked. */
const ASKS_WINNER =
	/^\s*who\s+(?:won|wins|got|gets|received|receives|took|takes|scooped|picked\s+up|was\s+(?:awarded|given|handed)|were\s+(?:awarded|given))\s+(?:the\s+)?(.+?)[\s?!.]*$/iu;
/** A prize given, the winner's name after it: "was awarded to ", "went to ", "goes to ", "was presented to ". */
const GIVEN_TO =
	/\b(?:(?:was|were|is|are|has\s+been|had\s+been)\s+(?:awarded|given|presented|handed)|went|goes|go)\s+to\s+$/iu;
/** A capitalised name of one to four words, its particles inside: "Dalia Moreau", "Pell Aranda". */
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|da|van|von|der|la|le|al|bin)\s+)?\p{Lu}[\p{L}'’.-]*){0,3}/u;
/** A people's word and a trade before a name: "Nigerian novelist ". */
const TRADE_BEFORE = /^(\p{Lu}\p{Ll}+)\s+(?:\p{Ll}[\p{L}-]*\s+){1,2}(?=\p{Lu})/u;
/** How far before "awarded to" the prize's words are read: its clause ("The prize for best director went to"). */
const PRIZE_CHARS = 60;

/**
 * For "Who won best actress?", the name a sentence gives the prize to in the passive or with "went to": "Dalia
 * Moreau" of "Best actress was awarded to Dalia Moreau, 67, … while Samir Haddou won best actor"; none when the
 * question asks no prize or the sentence gives the prize asked to no name.
 *
 * @example
 * prizeRecipient('who got best director', 'The prize for best director went to Pell Aranda for "Undertow".')?.text;
 * // 'Pell Aranda'
 */
export function prizeRecipient(question: string, sentence: string): AnswerPhrase | undefined {
	const prize = ASKS_WINNER.exec(question)?.[1];
	if (!prize) return undefined;
	const asked = contentStems(prize);
	if (asked.length === 0) return undefined;
	for (const to of sentence.matchAll(/\bto\s+(?=\p{Lu})/gu)) {
		const end = to.index + to[0].length;
		const before = sentence.slice(Math.max(0, to.index - PRIZE_CHARS), end);
		if (!GIVEN_TO.test(before)) continue;
		const clause = before.split(/[;:]|,\s+(?:while|and|but|whereas)\s/u).pop() ?? '';
		const said = new Set(contentStems(clause));
		if (!asked.every((s) => said.has(s))) continue;
		// "went to Nigerian novelist Chinedu Okafor": the name after its people's word and trade.
		const trade = TRADE_BEFORE.exec(sentence.slice(end));
		const skip = trade && NATIONALITY.test(trade[1] ?? '') ? trade[0].length : 0;
		const name = NAME.exec(sentence.slice(end + skip))?.[0].replace(/(?<!\b\p{Lu})\.$/u, '');
		if (name) return { text: name, start: end + skip, end: end + skip + name.length, typed: true };
	}
	return undefined;
}
