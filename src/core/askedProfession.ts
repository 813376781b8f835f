import { describesPerson } from './findTitle.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { escapeRegExp } from './writesWord.ts';

/** "What was Vitruvius' profession?", "what is Tony's job": the person whose work is asked. */
const ASKS_WORK =
	/^\s*what(?:\s+(?:is|was|were|are)|['’]s)\s+(.+?)['’]s?\s+(?:main\s+|first\s+|former\s+)?(?:profession|occupation|career|job|trade|line\s+of\s+work|vocation|calling)[\s?!.]*$/iu;
/** "What did Tony do for a living?" */
const ASKS_LIVING = /^\s*what\s+(?:does|did|do)\s+(.+?)\s+do\s+for\s+(?:a\s+)?(?:living|work)[\s?!.]*$/iu;
/** Nouns of a doer by their ending: "architect", "painter", "sculptor", "novelist", "historian", "merchant". */
const AGENT_NOUN = /^\p{Ll}{3,}(?:er|or|ist|ian|ect|ant|ic)$/u;
/** Trades whose ending does not tell them. */
const TRADE =
	/^(?:engineer|nurse|judge|chef|cook|pilot|poet|monk|priest|nun|clerk|surgeon|athlete|coach|captain|midwife|diplomat|bishop|playwright|mason|smith|physician|scholar|guard|spy|model|soldier|medic|vet|cleric|monarch|king|queen)s?$/u;
/** Up to two lowercase words of trade right before the name, a comma between or not: "art critic, John Ruskin". */
const TRADE_BEFORE = /(?:^|\s)((?:\p{Ll}[\p{L}-]*\s+)?\p{Ll}[\p{L}-]*),?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$/u;
/** The words told after the name: "Tony worked as an engineer designer for…", "Marta Lind, a retired nurse,". */
const TRADE_AFTER =
	/^(?:\s+\p{Lu}[\p{L}'’.-]*)*(?:\s+(?:worked|works|served|serves|trained|was\s+employed)\s+as\s+|,\s+)(?:an?\s+|the\s+)?((?:(?!(?:for|at|in|of|with|and|on|from|to|by|since|until|who|which|that|said|says)\b)\p{Ll}[\p{L}-]*(?:\s+|(?=[,.;:)])|$)){1,3})/u;

/**
 * The person a question asks the work of ("What was Vitruvius' profession?" asks of "Vitruvius"), if it asks it.
 *
 * @example
 * askedProfession("What was Ruskin's career?"); // 'Ruskin'
 */
export function askedProfession(question: string): string | undefined {
	return (ASKS_WORK.exec(question) ?? ASKS_LIVING.exec(question))?.[1]?.trim();
}

/**
 * The trade the sentence gives the person: before the name ("the Roman architect Vitruvius") or after it ("Tony
 * worked as an engineer designer"), a noun of a doer or of an office; none when the sentence gives none.
 *
 * @example
 * tradeOf('Vitruvius', 'It was written by the Roman architect Vitruvius.')?.text; // 'architect'
 */
export function tradeOf(person: string, quote: string): AnswerPhrase | undefined {
	const surname = person.split(/\s+/).pop() ?? '';
	if (!/^\p{Lu}/u.test(surname)) return undefined;
	for (const found of quote.matchAll(new RegExp(`(?<!\\p{L})${escapeRegExp(surname)}(?!\\p{L})`, 'gu'))) {
		const at = found.index ?? 0;
		const before = TRADE_BEFORE.exec(quote.slice(Math.max(0, at - 60), at));
		const after = TRADE_AFTER.exec(quote.slice(at + surname.length, at + surname.length + 80));
		for (const [match, from] of [
			[before, Math.max(0, at - 60)],
			[after, at + surname.length],
		] as const) {
			const trade = match?.[1] && tradeWords(match[1]);
			if (!match || !trade) continue;
			const start = from + (match.index ?? 0) + match[0].indexOf(trade);
			return { text: trade, start, end: start + trade.length, typed: true };
		}
	}
	return undefined;
}

/** The words up to the last that names a trade ("retired nurse" of "retired nurse found"), if one does. */
function tradeWords(words: string): string | undefined {
	const list = words.trim().split(/\s+/);
	for (let n = list.length; n > 0; n--) {
		const last = list[n - 1] ?? '';
		if (describesPerson(last) || AGENT_NOUN.test(last) || TRADE.test(last)) return list.slice(0, n).join(' ');
	}
	return undefined;
}
