import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { blamedFor, type Clause, followed, purposeOf, reasonOnly, reported } from './reasonPhrase.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { contentStems, type Token } from './tokenize.ts';

const ASKS_CLAUSE =
	/^\s*(?:why\b|how\s+come\b|what\s+(?:happened|happens|is\s+happening)\b|what\s+(?:(?:actually|really|exactly)\s+)?(?:caused|led\s+to|started|triggered|sparked|set\s+off)\b|what(?:['’]?s|\s+is|\s+was)\s+the\s+cause\b)/i;
/** "Why…", "what caused…", "what actually started the fire", "what's the cause of…": a reason asked. */
const ASKS_REASON =
	/^\s*(?:why\b|how\s+come\b|what\s+(?:(?:actually|really|exactly)\s+)?(?:caused|led\s+to|started|triggered|sparked|set\s+off)\b|what(?:['’]?s|\s+is|\s+was)\s+the\s+cause\b)/i;
const BREAKS = /[,;:]\s+|\s+[—–]\s+|\s+(?=(?:but|while|whereas|because|since|although|so that|in order to|due to)\s)/g;
/**
 * A news dateline opening a sentence: a place in capitals, maybe its region and date, and a dash (a hyphen after an
 * agency or a region: "AARHUS, Denmark - ").
 */
const DATELINE =
	/^\p{Lu}{2,}[\p{Lu}\s.'-]*(?:(?:,\s*[\p{L}\d.,\s]+?)?(?:(?:\s+\([\p{L}\s.&]+\))?\s+[—–]|\s+\([\p{L}\s.&]+\)\s+-)|,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?\s+-)\s+/u;
/** The longest dateline read: a place, its region and a dash. */
const DATELINE_CHARS = 80;

/** Where a sentence's dateline ("MOBILE, Alabama — ") ends: 0 when it has none. */
export function datelineEnd(sentence: string): number {
	return DATELINE.exec(sentence.slice(0, DATELINE_CHARS))?.[0].length ?? 0;
}

const REASON =
	/^(?:because|due to|owing to|so that|in order to|arguing|citing|blaming|for fear|on the advice of|in protest (?:at|against|over)|in response to|as a result of)\b/i;
const MIN_WORDS = 4;

/** Words that give a reason or a cause, anywhere in a sentence. */
const CAUSE =
	/\b(?:because|due\s+to|owing\s+to|so\s+that|in\s+order\s+to|so\s+as\s+to|as\s+a\s+result|thanks\s+to|caused|causing|causes?|blam(?:e|ed|es|ing)|attribut\w+|reasons?|led\s+to|prompt\w*|trigger\w*|result\w*|after|following|amid|since|citing|cited|argu\w+|explain\w*|why|fear\w*|concern\w*|worr\w+|(?:came|comes|come|stem\w*|arose|arises|originat\w+)\s+from|traced\s+to|linked\s+to|down\s+to|spark\w*|set\s+off|source|advice|in\s+response\s+to|in\s+protest|for\s+(?:not\s+)?\p{Ll}{3,}ing|reflect\w*|need(?:ed|s)?\s+to|accounted\s+for|credit\w*|(?:fuel+ed|fed|driven|hampered|slowed|hit)\s+by|saying|accusing|in\s+line\s+with|allow\w*|made\s+it|lack\s+of|shortages?\s+of|,\s+so)\b/iu;

/**
 * Whether a sentence may give the reason a "why" question asks: a word of cause or purpose ("because", "blamed",
 * "after", "citing", "to protect…"); one with none ("The roof gave way at 10:40 a.m.") only tells what happened.
 */
export function givesReason(sentence: string, asked?: ReadonlySet<string>): boolean {
	if (purposeOf(sentence, 0) !== undefined) return true;
	const cues = [...sentence.matchAll(CAUSES)].filter((cue) => !tellsWhen(sentence, cue));
	if (!asked) return cues.length > 0;
	const written = sentenceStems(sentence);
	const said = [...asked].filter((s) => written.has(s));
	for (const cue of cues) {
		// "made a belly landing after its landing gear failed" does not say why the landing gear failed: the cause
		// clause only holds the thing asked about, which happened first.
		// "That is why it has been brightening": the reason told before the word, of what follows it.
		if (/^(?:why|reasons?|explain\w*)$/iu.test(cue[0])) return true;
		// "criticised for not lowering the reservoir": the deed after "for" is part of what it holds.
		const from = /^for\s/iu.test(cue[0]) ? cue.index + 4 : cue.index + cue[0].length;
		const clause = sentenceStems(sentence.slice(from).split(CLAUSE_END)[0] ?? '');
		if (said.length === 0 || !said.every((s) => clause.has(s))) return true;
	}
	return false;
}

const CAUSES = new RegExp(CAUSE.source, 'giu');
/** Cue words that also tell a time: "after 16 years", "since 2008", "following Monday's vote" is still a cause. */
const TEMPORAL_CUE = /^(?:after|since|following)$/iu;
/**
 * A span of time or a date after the cue: "16 years", "about three hours", "2008", "March", "last week", "7:40 a.m.",
 * "Tuesday" (not "Monday's vote", an event).
 */
const TIME_AFTER =
	/^\s+(?:(?:about|around|nearly|almost|more\s+than|less\s+than|over|some|just|only|roughly)\s+)?(?:(?:[\d][\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{Ll}+ty(?:-\p{Ll}+)?|several|many|a\s+few|few)\s+(?:more\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds|decades?|centur(?:y|ies)|seasons?|nights?)\b|\d{4}\b|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|(?:last|this|next)\s+(?:year|month|week|season|spring|summer|autumn|winter)\b|(?:then|midnight|noon|dark|dawn|dusk)\b|\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’]s))/u;

/** Whether a cause word only tells when: "closes after 16 years", "has run since 2008". */
function tellsWhen(sentence: string, cue: RegExpMatchArray): boolean {
	return TEMPORAL_CUE.test(cue[0]) && TIME_AFTER.test(sentence.slice((cue.index ?? 0) + cue[0].length));
}
/** Where a cause's clause ends: a comma, a semicolon, a dash, the sentence's end. */
const CLAUSE_END = /[,;:]\s|\s[—–]\s|\.(?:\s|$)/u;

function sentenceStems(text: string): Set<string> {
	return new Set(contentStems(text));
}

/** Whether a question asks why: a reason, which a sentence telling only what happened does not give. */
export function asksReason(question: string): boolean {
	return ASKS_REASON.test(question);
}

/** Whether a question asks what happened or why, which a clause answers better than a whole sentence. */
export function asksForClause(question: string): boolean {
	return ASKS_CLAUSE.test(question);
}

/**
 * The clause of a sentence (lists of names stay in one) that answers "what happened" (the one holding most of the question's words) or
 * "why" (a clause giving a reason, else the one holding most of the question's words); the whole sentence
 * when it has a single clause.
 *
 * @example
 * pickClause('Why did residents flee?', 'Residents fled because the road was cut.', tokens, stems).text;
 * // 'because the road was cut'
 */
export function pickClause(
	question: string,
	sentence: string,
	tokens: Token[],
	asked: ReadonlySet<string>,
): AnswerPhrase {
	const whole: AnswerPhrase = { text: sentence, start: 0, end: sentence.length, typed: false };
	// A sentence longer than SENTENCE_LIMITS.chars is no clause-sized answer anyway: it is given whole, unsplit.
	if (sentence.length > SENTENCE_LIMITS.chars) return whole;
	const clauses = splitClauses(sentence);
	const [only] = clauses;
	if (clauses.length === 1 && only && only.start > 0) {
		const text = only.text.replace(/[.!?]+$/, '');
		return { text, start: only.start, end: only.start + text.length, typed: false };
	}
	if (clauses.length < 2) {
		const reason = ASKS_REASON.test(question)
			? (followed(sentence, 0) ?? blamedFor(sentence, 0) ?? purposeOf(sentence, 0))
			: undefined;
		if (!reason) return whole;
		const text = reason.text.replace(/[\s.!?]+$/, '');
		return { text, start: reason.start, end: reason.start + text.length, typed: false };
	}
	const ranked = clauses.map((clause, i) => ({ clause, i, shared: 0 }));
	// The question's last word is mostly its verb ("Why was the driver arrested?"): its clause says what happened.
	const verb = lastWordStem(question, asked);
	let at = 0;
	for (const token of tokens) {
		while (at < clauses.length - 1 && token.start >= (clauses[at]?.end ?? 0)) at++;
		const current = ranked[at];
		if (current && asked.has(token.stem) && token.start >= current.clause.start)
			current.shared += token.stem === verb ? VERB_WEIGHT : 1;
	}
	const best = ranked.reduce((a, b) => (b.shared > a.shared ? b : a));
	let chosen = best.clause;
	// "What happened to Holt and Pryce?" of "Two developers, Karen Holt and Simon Pryce, received…": what they met.
	const next = clauses[best.i + 1];
	const own = best.clause.text.replace(/,\s+(?:which|who)\b.*$/su, '');
	// "Two executives of Brannsholt Marine, who admitted paying the bribes, received…": past the clause of who they are.
	const told = clauses.slice(best.i + 1).find((clause) => !/^(?:who|which|whose)\s/iu.test(clause.text));
	if (HAPPENED_TO.test(question) && told && PREDICATE.test(told.text) && !PREDICATE_IN.test(own)) chosen = told;
	// "While the White House had pushed for a truce, Putin refused to commit": what was granted first, what happened after.
	else if (CONCEDED.test(best.clause.text) && next && !CONCEDED.test(next.text)) chosen = next;
	if (ASKS_REASON.test(question)) {
		const reasons = ranked.filter((r) => REASON.test(r.clause.text) && r.i !== best.i);
		const nearest = reasons.sort((a, b) => Math.abs(a.i - best.i) - Math.abs(b.i - best.i))[0];
		if (nearest) chosen = reasonOnly(nearest.clause);
		// A clause of who the speaker is ("X, who closed his pharmacy…, said…"): what they said; else what it followed.
		else if (/^who\s/i.test(best.clause.text))
			chosen = reported(sentence, best.clause.end) ?? followed(sentence, best.clause.start) ?? chosen;
		else
			chosen =
				followed(sentence, best.clause.start) ??
				blamedFor(sentence, best.clause.start) ??
				reported(sentence, best.clause.end) ??
				purposeOf(sentence, best.clause.start) ??
				chosen;
	}
	if (best.shared === 0) return whole;
	const text = chosen.text.replace(/[.!?]+$/, '');
	return { text, start: chosen.start, end: chosen.start + text.length, typed: false };
}

/** A conjunction opening a clause of its own: "because", "although"… */
const OPENS_CLAUSE = /^(?:because|since|although|while|whereas|due\s+to|so\s+that|in\s+order\s+to)\b/iu;

/** A clause that grants something before the main clause: "While…", "Although…", "Despite…". */
const CONCEDED = /^(?:while|although|though|even\s+though|despite|whereas)\b/i;

/** "What happened to X?": what X met, which the clause after X's own tells when X's clause is X alone. */
const HAPPENED_TO = /^\s*what\s+(?:has\s+)?happened\s+to\b/i;
/** A clause that goes on with its subject's verb: "received suspended sentences", "sank off Crete" (no "the", "in"…). */
const PREDICATE =
	/^(?!(?:the|a|an|and|or|but|in|on|at|of|to|for|with|from|by|as|which|who|whose|where|when|while|after|before|since|because|although|if|that|this|these|those|its|their|his|her|our|my|your|some|many|most|all|both)\b)\p{Ll}+\b/u;
/** A verb inside a clause: it then says what happened itself. */
const PREDICATE_IN =
	/\s(?:\p{Ll}{3,}ed|was|were|is|are|has|have|had|received|got|won|lost|fell|left|took|went|will|would)\b/u;

/** How much the question's last word counts in a clause against its other words: a tie goes to the verb's clause. */
const VERB_WEIGHT = 1.5;

/** The stem of the question's last word, when it is one of the words asked about. */
function lastWordStem(question: string, asked: ReadonlySet<string>): string | undefined {
	const last = /(\p{L}+)\W*$/u.exec(question)?.[1];
	const found = last ? [...asked].find((s) => last.toLowerCase().startsWith(s)) : undefined;
	return found;
}

function splitClauses(sentence: string): Clause[] {
	const clauses: (Clause & { words: number; endsWithName: boolean; opens?: boolean })[] = [];
	let start = 0;
	const push = (end: number) => {
		const raw = sentence.slice(start, end);
		const text = raw.trim();
		if (!text) return;
		const at = start + raw.indexOf(text);
		const words = text.split(/\s+/).length;
		const endsWithName = /\p{Lu}[\p{L}’'-]*$/u.test(text);
		const last = clauses[clauses.length - 1];
		const short = words < MIN_WORDS || (last?.words ?? MIN_WORDS) < MIN_WORDS;
		const list = last?.endsWithName === true && /^\p{Lu}/u.test(text);
		// "because heavy, wet snow brought down…": a short clause that opens a reason goes on in the next, not the last.
		const opens = words < MIN_WORDS && OPENS_CLAUSE.test(text);
		if (last && (last.opens || ((short || list) && !opens))) {
			last.end = at + text.length;
			last.words += words;
			last.endsWithName = endsWithName;
			last.opens = false;
		} else clauses.push({ text: '', start: at, end: at + text.length, words, endsWithName, opens });
	};
	// A dateline ("MOBILE, Alabama — ") is no clause of the sentence: none starts before its end.
	start = datelineEnd(sentence);
	for (const match of sentence.matchAll(BREAKS)) {
		if (match.index < start) continue;
		push(match.index);
		start = match.index + match[0].length;
	}
	push(sentence.length);
	// An opening clause with nothing after it ("…seeking a buyer since last autumn.") stays with the one before.
	const [before, last] = clauses.slice(-2);
	if (before && last?.opens) {
		before.end = last.end;
		clauses.pop();
	}
	return clauses.map(({ start: from, end }) => ({ text: sentence.slice(from, end), start: from, end }));
}
