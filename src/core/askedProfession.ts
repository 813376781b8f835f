import { describesPerson } from './findTitle.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { wholeWordAt } from './wholeWordAt.ts';

/** "What was Vitruvius' profession?", "what is Tony's job": the person whose work is asked. */
const ASKS_WORK =
	/^\s*what(?:\s+(?:is|was|were|are)|['’]s)\s+(.+?)['’]s?\s+(?:main\s+|first\s+|former\s+)?(?:profession|occupation|career|job|trade|line\s+of\s+work|vocation|calling)[\s?!.]*$/iu;
/** "What did Tony do for a living?" */
const ASKS_LIVING = /^\s*what\s+(?:does|did|do)\s+(.+?)\s+do\s+for\s+(?:a\s+)?(?:living|work)[\s?!.]*$/iu;
/** "What does Priya Raman do?": a name of one to three words, no article, pronoun or verb among them. */
const ASKS_DOING =
	/^\s*what\s+(?:does|did)\s+((?:(?!(?:the|a|an|this|that|these|those|it|he|she|they|we|you|i|to|plan|want|need|have|has|going)\b)[\p{L}'’.-]+\s+){1,3})do[\s?!.]*$/iu;
/** Nouns of a doer by their ending: "architect", "painter", "sculptor", "novelist", "historian", "merchant". */
const AGENT_NOUN = /^\p{Ll}{3,}(?:er|or|ist|ian|ect|ant|ic)$/u;
/** Words with those endings that name no trade: "however", "summer", "letter", "former", "public". */
const NOT_TRADES =
	/^(?:however|whatever|whenever|wherever|together|whether|either|neither|other|another|rather|further|under|over|after|ever|never|later|letter|summer|winter|number|member|order|matter|water|paper|border|power|corner|chapter|quarter|former|latter|center|error|colou?r|hono(?:u)?r|favou?r|labou?r|floor|door|motor|sector|factor|mirror|terror|interior|exterior|senior|junior|major|minor|prior|superior|public|music|topic|traffic|plastic|magic|panic|logic|basic|republic|clinic|electric|domestic|specific|economic|historic|academic|important|significant|relevant|want|plant|grant|restaurant|instant|distant|constant|pleasant|brilliant|vacant|dominant|effect|project|object|subject|aspect|prospect|respect|suspect|impact|contact|tribunal|meeting|spokesperson|person)$/u;
/** Trades whose ending does not tell them. */
const TRADE =
	/^(?:engineer|nurse|judge|chef|cook|pilot|poet|monk|priest|nun|clerk|surgeon|athlete|coach|captain|midwife|diplomat|bishop|playwright|mason|smith|physician|scholar|guard|spy|model|soldier|medic|vet|cleric|monarch|king|queen|dean|provost|rector|registrar)s?$/u;
/**
 * A trade right before the name, after an article, a preposition, a capitalised word or an owner ("by the Roman
 * architect Vitruvius", "English art critic, John Ruskin", "the network's field coordinator, Priya Raman"), one
 * lowercase word before the trade's noun at most.
 */
const TRADE_BEFORE =
	/(?:^|(?:\b(?:the|a|an|by|of|from|with|to|and)|\p{Lu}[\p{L}-]*|\p{L}+['’]s)\s+)((?:\p{Ll}[\p{L}-]*\s+)?\p{Ll}[\p{L}-]*),?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$/u;
/**
 * The trade told after the name, ending where the apposition or the phrase ends: "Tony worked as an engineer
 * designer for…", "Marta Lind, a retired nurse," (after a comma only with an article), "Gregory Thane, 58, the
 * university's associate dean of admissions,".
 */
const TRADE_AFTER =
	/^(?:\s+\p{Lu}[\p{L}'’.-]*)*(?:\s+(?:worked|works|served|serves|trained|was\s+employed)\s+as\s+(?:an?\s+|the\s+)?|(?:,\s+\d{1,3})?,\s+(?:an?|the)\s+(?:\p{Ll}+['’]s\s+)?)((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)(?=\s*[,.;:)]|\s+(?:who|from|at|for|of|in|with|since|until|based)\b|$)/u;
/** The field an office is of, up to the apposition's end: " of admissions" in "associate dean of admissions,". */
const OF_FIELD = /^\s+of\s+(?:the\s+)?\p{Ll}[\p{L}-]*(?=\s*[,.;:)])/u;
/** Words that join or relate, never part of a trade's name. */
const FUNCTION_WORD = /^(?:and|or|of|for|to|in|on|at|by|with|from|the|a|an|his|her|its|their)$/u;

/**
 * The person a question asks the work of ("What was Vitruvius' profession?" asks of "Vitruvius"), if it asks it.
 *
 * @example
 * askedProfession("What was Ruskin's career?"); // 'Ruskin'
 */
export function askedProfession(question: string): string | undefined {
	return (ASKS_WORK.exec(question) ?? ASKS_LIVING.exec(question) ?? ASKS_DOING.exec(question))?.[1]?.trim();
}

/**
 * The trade the sentence gives the person: before the name ("the Roman architect Vitruvius") or after it ("Tony
 * worked as an engineer designer"), a noun of a doer or of an office; none when the sentence gives none.
 *
 * @example
 * tradeOf('Vitruvius', 'It was written by the Roman architect Vitruvius.')?.text; // 'architect'
 */
export function tradeOf(person: string, quote: string): AnswerPhrase | undefined {
	const word =
		person
			.split(/\s+/)
			.pop()
			?.replace(/['’]s?$/u, '') ?? '';
	// "what was thane's job": a name asked in lowercase is written capitalised.
	const surname = (word[0] ?? '').toUpperCase() + word.slice(1);
	if (!/^\p{Lu}\p{Ll}/u.test(surname)) return undefined;
	for (const at of wholeWordAt(quote, surname, false)) {
		const before = TRADE_BEFORE.exec(quote.slice(Math.max(0, at - 60), at));
		const after = TRADE_AFTER.exec(quote.slice(at + surname.length, at + surname.length + 80));
		for (const [match, from] of [
			[before, Math.max(0, at - 60)],
			[after, at + surname.length],
		] as const) {
			const trade = match?.[1];
			if (!match || !trade || !isTrade(trade)) continue;
			const start = from + (match.index ?? 0) + match[0].indexOf(trade);
			// "associate dean of admissions,": the field the office is of goes with it.
			const field = OF_FIELD.exec(quote.slice(start + trade.length))?.[0] ?? '';
			const end = start + trade.length + field.length;
			return { text: quote.slice(start, end), start, end, typed: true };
		}
	}
	return undefined;
}

/** Whether words name a trade: their last is a noun of one, none of them a word that joins or relates. */
function isTrade(words: string): boolean {
	const list = words.trim().split(/\s+/);
	const last = list[list.length - 1] ?? '';
	if (list.some((w) => FUNCTION_WORD.test(w)) || NOT_TRADES.test(last)) return false;
	return describesPerson(last) || AGENT_NOUN.test(last) || TRADE.test(last);
}

/**
 * Whether a sentence writes anyone's trade at all: a doer's noun after "a", "an", "the" or a retired or former one
 * ("a retired librarian", "the former harbour master"), or work "as" something. A sentence without one gives no
 * answer to "what did she do for a living".
 *
 * @example
 * tradeTold('"Grandad said we should take a photo," she said.'); // false
 */
export function tradeTold(quote: string): boolean {
	if (RUNS_OR_HEADS.test(quote)) return true;
	for (const m of quote.matchAll(
		/\b(?:an?|the|retired|former|as)\s+([\p{Ll}\d][\p{Ll}\d-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2})/gu,
	))
		for (const noun of (m[1] ?? '').trim().split(/\s+/))
			if ((AGENT_NOUN.test(noun) && !NOT_TRADES.test(noun)) || TRADE.test(noun) || describesPerson(noun)) return true;
	return false;
}

/** Work told without a trade's noun: "ran a haulage business", "head of infectious diseases". */
const RUNS_OR_HEADS = /\b(?:ran|runs|running|owns|owned)\s+(?:a|an|the|his|her|their)\s+|\bhead\s+of\b/u;
