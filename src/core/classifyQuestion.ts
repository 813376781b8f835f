import { asksWhichPerson } from './asksWhichPerson.ts';
import type { QuestionType } from './types.ts';

const RULES: readonly [RegExp, QuestionType][] = [
	[
		/\bhow (many|much)\b|\bnumber of\b|\bwhat (number|percentage|percent|per\s+cent|amount|proportion)\b|\bwhat %|\bwhat (?:share|fraction|portion) of\b|\bhow (long|far|big|large|tall|high|old|fast|heavy|thick)\b/i,
		'count',
	],
	[/\b(when|what (time|day|date|year|month|century|decade|period|era))\b|\bwhat year\b|\bhow soon\b/i, 'when'],
	[
		/\b(where|(?:what|which) (countr(?:y|ies)|cit(?:y|ies)|regions?|places?|towns?|areas?|states?|continents?|locations?|rivers?|seas?))\b|\bin which (country|city|region|place)\b/i,
		'where',
	],
	[
		/\bwhat did .+ (say|said|tell|claim|state(?!\s+(?:council|department|media|government|officials?|legislature|capital|park|police|school|university|house|senate|assembly|agency|funds?|budget|election|visit|secretary|broadcaster|television|tv|news|company|prosecutors?|court|governor|level|law|of)\b))\b|\bwhat (was|is) .+ (quote|statement)\b|\bwhat does .+ say\b|\bquote\b/iu,
		'quote',
	],
	[
		/\b(who|whom|whose|whos)\b|\bwhich (person|leader|president|official|group|organi[sz]ation|company|agency)\b/i,
		'who',
	],
	[/^(is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)\b/i, 'yesno'],
];

const WH_WORD = /\b(?:what|which|who|whom|whose|when|where|why|how)\b/i;

/**
 * Says what kind of answer a question wants.
 *
 * @example
 * classifyQuestion('how many drones were shot down?'); // 'count'
 * classifyQuestion('Who is the Ukrainian president?'); // 'who'
 * classifyQuestion('What is it called when a truce breaks down?'); // 'other'
 * classifyQuestion('Has the WHO approved the vaccine?'); // 'yesno'
 */
export function classifyQuestion(question: string): QuestionType {
	const text = withoutAcronymWho(
		question.replace(/^\s*(hey|hi|so|ok|okay|yo|please|pls|um+|uh+)\b[\s,!]*/i, '').trim(),
	);
	const head = mainClause(text);
	for (const [pattern, type] of RULES) {
		if (type === 'who' && asksWhichPerson(head)) return type;
		if (pattern.test(type === 'yesno' ? text : head)) return type;
	}
	return 'other';
}

/**
 * A clause of time or condition opening a question, up to its comma: "When Twilight Princess was released, "; a
 * question of its own goes on otherwise ("When was the site discovered, and by whom?").
 */
const LEADING_CLAUSE = /^\s*(?:when|while|after|before|once|if)\s[^,?]{3,80},\s*/i;
/** The question proper after such a clause: a question word first, maybe after its preposition ("in what hand"). */
const ASKS_AFTER = /^(?:(?:in|on|at|by|for|from|to|with|of)\s+)?(?:what|which|who|whom|whose|when|where|why|how)\b/i;

/**
 * The question up to a "when" or "where" that opens a clause after its own question word: "What is it called |when
 * someone uploads…", "Where did he live |when he was 21?"; the whole question otherwise.
 */
function mainClause(question: string): string {
	// "When the storm hit, how many homes lost power?": the question after the clause that sets its time.
	const opening = LEADING_CLAUSE.exec(question);
	const text =
		opening && ASKS_AFTER.test(question.slice(opening[0].length)) ? question.slice(opening[0].length) : question;
	const first = WH_WORD.exec(text);
	if (!first) return text;
	const from = first.index + first[0].length;
	const later = /\b(?:when|where)\b/i.exec(text.slice(from));
	return later ? text.slice(0, from + later.index) : text;
}

/** "Has the WHO approved it?": the health agency's acronym inside a question not typed in capitals is not "who". */
function withoutAcronymWho(text: string): string {
	return isAcronymWho(text) ? text.replace(ACRONYM_WHO, 'W.H.O.') : text;
}

const ACRONYM_WHO = /(?<=\S\s+)WHO\b/g;

function isAcronymWho(text: string): boolean {
	return text !== text.toUpperCase() && /(?<=\S\s+)WHO\b/.test(text);
}

/** The question with the acronym WHO (see withoutAcronymWho) written out as the name it stands for. */
export function spelledWho(text: string): string {
	return isAcronymWho(text) ? text.replace(ACRONYM_WHO, 'World Health Organization') : text;
}
