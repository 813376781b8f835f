import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { SPELLINGS } from './vocabulary.ts';

/**
 * "Who is the defending champ?", "who's juno's handler", "who is the orchestra's insurer": a role asked, its one to
 * three words ending the question.
 */
const ROLE_ASKED =
	/^\s*who(?:['’]s|s|\s+is|\s+was|\s+are|\s+were)\s+(?:(?:the|their|its|his|her)\s+(?:\p{L}+['’]s\s+)?|\p{L}+['’]s\s+)(?:(?:new|current|former|acting|interim)\s+)?((?:\p{Ll}+\s+){0,2}\p{Ll}+)\s*[?.!]*\s*$/iu;
/** Words of a question's end that name no role. */
const NO_ROLE = /^(?:one|person|guy|man|woman|people|company|firm|group|owner|it|that|this|they)$/iu;
/** A name written right after a role, or before it: "the defending champion, Ana Ribeiro", "Ana Ribeiro, the …". */
const NAME_AFTER =
	/^(?:\s+(?:in|of|at|on|for|with)\s+[^,]{1,40})?,?\s+(?:(?:was|is|were|are)\s+)?(?:[\p{Ll}\d-]+\s+){0,3}\p{Lu}/u;
const NAME_BEFORE = /\p{Lu}[\p{L}'’.-]*,?\s+(?:\d{1,3},\s+)?(?:(?:the|a|an)\s+)?$/u;

/**
 * Whether a sentence tells of the role a "who is the <role>" question asks without naming its holder ("…after the
 * defending champion crashed on the bike course"), while the name picked stands before it ("Tessa Varga … won"): the
 * holder is someone else, maybe named in another sentence.
 *
 * @example
 * roleUnnamedHere('who is the defending champ', 'Varga won after the defending champion crashed.', { start: 0, end: 5 }); // true
 */
export function roleUnnamedHere(
	question: string,
	sentence: string,
	picked: Pick<AnswerPhrase, 'start' | 'end'>,
): boolean {
	const words = ROLE_ASKED.exec(question)?.[1]?.toLowerCase().split(/\s+/);
	const head = words?.at(-1);
	if (!words || !head || NO_ROLE.test(head) || head.length < 4) return false;
	const spelled = SPELLINGS[head] ?? head;
	const modifier = words.length > 1 ? `${words.at(-2)}\\s+` : '';
	// "the mayor's race" tells of no mayor's deed: a possessive is no mention of the role.
	// "wrote to the regional planning minister": words before the role's own describe it too.
	const role = new RegExp(
		`\\b(?:the|her|his|its|their|\\p{L}+['’]s)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${modifier}${spelled}s?\\b(?!['’])`,
		'giu',
	);
	const mentions = [...sentence.matchAll(role)];
	if (mentions.length === 0) return false;
	return mentions.every((m) => {
		const start = m.index ?? 0;
		const end = start + m[0].length;
		if (NAME_AFTER.test(sentence.slice(end, end + 40)) || NAME_BEFORE.test(sentence.slice(0, start))) return false;
		return picked.end < start - 3;
	});
}
