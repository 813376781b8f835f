/** "Who was the captain (of the ship)?": the role asked after "who is/was the". */
const ROLE_ASKED =
	/^\s*who(?:['’]s|s|\s+is|\s+was|\s+were|\s+are|\s+will\s+be)\s+(?:the|their|its|his|her)\s+(?:(?:new|current|former|acting|interim|late)\s+)?(\p{L}[\p{L}-]*)\s*(?:$|[?.!]|\s+(?:of|for|at|on|in|who|that)\b)/iu;
/** Kin and people who stand for another: the one they are related to is someone else. */
const RELATION =
	'(?:(?:great-)*(?:grand)?(?:sons?|daughters?|child(?:ren)?|fathers?|mothers?|parents?|nieces?|nephews?)|wife|husband|widow(?:er)?|brothers?|sisters?|cousins?|partner|fiancée?|girlfriend|boyfriend|relatives?|descendants?|friends?|lawyers?|solicitors?|attorneys?|spokes(?:man|woman|person)|assistant|aide|neighbou?rs?|colleagues?)';

/**
 * Whether a "who is/was the <role>" question is answered by a name the sentence writes as kin of, or standing for,
 * the one in that role ("Ellen Whelan-Pryce, 71, a great-great-granddaughter of the captain"; "the captain's wife,
 * Mary"): the role's holder is someone else.
 *
 * @example
 * relationOfRole('who was the captain', 'Ellen Pryce, 71, a granddaughter of the captain, said so.', 0, 11); // true
 */
export function relationOfRole(question: string, sentence: string, start: number, end: number): boolean {
	const role = ROLE_ASKED.exec(question)?.[1];
	if (!role || role.length < 3) return false;
	// The role is letters and hyphens only (ROLE_ASKED), safe to write into a pattern.
	const word = `${role}s?`;
	const after = new RegExp(
		`^(?:,\\s*(?:aged\\s+)?\\d{1,3},)?\\s*,?\\s*(?:(?:is|was)\\s+)?(?:a|an|the|one)?\\s*(?:of\\s+the\\s+)?(?:[\\p{L}-]+\\s+)?${RELATION}\\s+(?:of|to|for)\\s+(?:the|a|its|their)\\s+(?:late\\s+|former\\s+)?${word}\\b`,
		'iu',
	);
	const before = new RegExp(`\\b${word}['’]s?\\s+(?:[\\p{L}-]+\\s+)?${RELATION},?\\s*$`, 'iu');
	return after.test(sentence.slice(end, end + 90)) || before.test(sentence.slice(Math.max(0, start - 50), start));
}
