import type { TermLookup } from './TermLookup.ts';
import { contentStems, stem } from './tokenize.ts';

/**
 * "Who runs Velocita?", "who heads the dairy", "who is the boss of the club": a question for whoever leads a body,
 * with the word that asks it.
 */
const ASKS_LEADER =
	/^\s*who\s*(?:(?:is|was|['’]s)\s+(?:(?:currently|now)\s+)?(?:running|heading|leading|in\s+charge\s+(?:of|at))|runs|heads|headed|leads)\b|^\s*who\s*(?:is|was|['’]s)\s+(?:the\s+)?(?:head|boss|leader)\s+(?:of|at)\b/iu;

/** The words of the roles that lead a body: "Chief Executive Ilse Brouwer", "the dairy's managing director". */
const LEADER_ROLE_WORDS = 'chief executive ceo president chairman chairwoman chair director head boss leader'.split(
	' ',
);
const LEADER_ROLE_STEMS = LEADER_ROLE_WORDS.map(stem);

/**
 * The stem of the word a question asks a body's leader with ("run" in "who runs Velocita?"), and the stems of the
 * roles that answer it, which stand for that word as its synonyms do in this question only ("who ran the marathon"
 * asks for no chief executive); undefined for other questions.
 *
 * @example
 * leaderRoles('who runs velocita')?.asked; // 'run'
 */
export function leaderRoles(question: string): { asked: string; roles: readonly string[] } | undefined {
	const found = ASKS_LEADER.exec(question);
	if (!found) return undefined;
	const word = /(running|heading|leading|charge|runs|heads|headed|leads|head|boss|leader)\s*(?:of|at)?\s*$/iu.exec(
		found[0],
	)?.[1];
	return word ? { asked: stem(word.toLowerCase()), roles: LEADER_ROLE_STEMS } : undefined;
}

/**
 * Whether a question for a body's leader ("who runs Velocita?") names a body that `known` (the answering paragraph
 * with its report's topic, see withReportTopic) never names: the leader found there leads another body.
 *
 * @example
 * leaderElsewhere('who heads the NDMO', paragraphOfAFootballClub); // true
 */
export function leaderElsewhere(question: string, known: TermLookup): boolean {
	const found = ASKS_LEADER.exec(question);
	if (!found) return false;
	const body = contentStems(question.slice(found.index + found[0].length).replace(/[?!.]+\s*$/u, ''));
	return body.some((s) => !known.has(s));
}
