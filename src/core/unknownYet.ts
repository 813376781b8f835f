/** What a question asks, as a sentence that says it is not yet known would word it. */
type Asked = 'cause' | 'amount' | 'time' | 'span';

/** "Why…", "what caused…", "how many…", "when…", "how long…": the thing asked, as one of the kinds above. */
const ASKED: readonly [RegExp, Asked][] = [
	[
		/^\s*(?:why\b|how\s+come\b|what\s+(?:(?:actually|really|exactly)\s+)?(?:caused|led\s+to|started|triggered|sparked|set\s+off|made)\b|what(?:['’]?s|\s+is|\s+was)\s+the\s+(?:cause|reason)\b)/iu,
		'cause',
	],
	[/\bhow\s+(?:many|much)\b/iu, 'amount'],
	[/^\s*(?:when\b|what\s+(?:time|date|day)\b|how\s+soon\b)/iu, 'time'],
	[/^\s*how\s+long\b/iu, 'span'],
];

/** The words by which a sentence says each kind is not known yet: "what caused it", "how much fuel", "when the fires…". */
const TOLD: Record<Asked, string> = {
	cause: String.raw`(?:what\s+(?:had\s+|may\s+have\s+|might\s+have\s+)?(?:caused|triggered|led\s+to|sparked|started)|why|the\s+cause)`,
	amount: String.raw`how\s+(?:much|many)`,
	time: String.raw`when`,
	span: String.raw`how\s+long`,
};

/**
 * Words saying a thing is not known yet: "it was too early to say", "far too early to know", "still trying to
 * establish", "are still investigating", "it is not yet known", "was unclear".
 */
const NOT_YET = String.raw`(?:(?:far\s+|much\s+)?too\s+(?:early|soon)\s+to\s+(?:say|know|tell|estimate|predict|determine|speculate\s+(?:on|about))|(?:still\s+|now\s+)?(?:trying|working|seeking)\s+to\s+(?:establish|determine|work\s+out|find\s+out|understand)|(?:still|were|was|are|is)\s+investigating|not\s+(?:yet\s+)?(?:known|clear)|unclear|unknown)\s+`;

const SAYS = Object.fromEntries(
	Object.entries(TOLD).map(([asked, told]) => [asked, new RegExp(String.raw`\b${NOT_YET}${told}\b`, 'iu')]),
) as Record<Asked, RegExp>;

/**
 * Whether a sentence says the very thing asked is not known yet ("Halvorsen said it was too early to say what caused
 * the rupture", "too early to know how many corals would die", "too early to say when the fires would be under
 * control"): it tells no cause, amount, time or span, whatever words it shares with the question.
 *
 * @example
 * unknownYet('what caused the pipe to rupture', 'She said it was too early to say what caused the rupture.'); // true
 */
export function unknownYet(question: string, sentence: string): boolean {
	const asked = ASKED.find(([pattern]) => pattern.test(question))?.[1];
	return asked !== undefined && SAYS[asked].test(sentence);
}
