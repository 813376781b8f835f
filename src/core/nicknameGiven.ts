import { NAME } from './questionNames.ts';

/** "whats the dinosaurs nickname", "what's her nick name": a nickname asked. */
const ASKS_NICKNAME = /\bnick[\s-]?names?\b/iu;
/** The name after a word that gives one: "nicknamed "Bertha"", "dubbed the Iron Lady", "known as Big Red". */
const GIVEN = new RegExp(
	`\\b(?:nick-?named|dubbed|known\\s+as|(?:is|was)\\s+called|nickname\\s+(?:is|was)?)\\s*[“"‘']?(?:the\\s+)?(${NAME})`,
	'u',
);

/**
 * For a question asking a nickname ("whats the dinosaurs nickname"), the name the sentence gives after "nicknamed",
 * "dubbed" or "known as" ("The skeleton, nicknamed "Bertha" by the crew…": "Bertha"); none otherwise.
 *
 * @example
 * nicknameGiven('whats the dinosaurs nickname', 'The skeleton, nicknamed "Bertha" by the crew, is old.')?.text;
 * // 'Bertha'
 */
export function nicknameGiven(
	question: string,
	sentence: string,
): { text: string; start: number; end: number } | undefined {
	if (!ASKS_NICKNAME.test(question)) return undefined;
	const given = GIVEN.exec(sentence);
	const name = given?.[1];
	if (!given || !name) return undefined;
	const start = given.index + given[0].length - name.length;
	return { text: name, start, end: start + name.length };
}
