import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import type { Token } from './tokenize.ts';

const ASKS_CLAUSE = /^\s*(?:why\b|how\s+come\b|what\s+(?:happened|happens|is\s+happening|caused|led\s+to)\b)/i;
const ASKS_REASON = /^\s*(?:why\b|how\s+come\b|what\s+(?:caused|led\s+to)\b)/i;
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

/**
 * What "why" is answered by when no clause gives a reason: what it followed ("resigned after an inquiry found…", "was
 * cleared after prosecutors dropped the case").
 */
const FOLLOWED =
	/\b(?:(?:after|following|amid)\s+(?:a|an|the|his|her|their|its|\p{Ll}+ing)|(?:after|following)\s+(?:[\p{L}'’-]+\s+){1,3}?(?:\p{Ll}+ed|found|said|made|took|gave|fell|broke|left|hit|struck|won|lost|told|sent|came|began|became|ran|went|caught|brought|threw|shot)(?=[\s,.])|on\s+suspicion\s+of|on\s+charges?\s+of)(?:\s|(?=[,.]))[^;]*/giu;
const REASON = /^(?:because|due to|owing to|so that|in order to|arguing|citing|blaming|for fear)\b/i;
const MIN_WORDS = 4;

interface Clause {
	text: string;
	start: number;
	end: number;
}

/** Words that give a reason or a cause, anywhere in a sentence. */
const CAUSE =
	/\b(?:because|due\s+to|owing\s+to|so\s+that|in\s+order\s+to|so\s+as\s+to|as\s+a\s+result|thanks\s+to|caused|causing|causes?|blam(?:e|ed|es|ing)|attribut\w+|reasons?|led\s+to|prompt\w*|trigger\w*|result\w*|after|following|amid|since|citing|cited|argu\w+|explain\w*|why|fear\w*|concern\w*|worr\w+|(?:came|comes|come|stem\w*|arose|arises|originat\w+)\s+from|traced\s+to|linked\s+to|down\s+to|spark\w*|set\s+off|source|for\s+(?:not\s+)?\p{Ll}{3,}ing)\b/iu;

/**
 * Whether a sentence may give the reason a "why" question asks: a word of cause or purpose ("because", "blamed",
 * "after", "citing"); one with none ("The roof gave way at 10:40 a.m.") only tells what happened.
 */
export function givesReason(sentence: string): boolean {
	return CAUSE.test(sentence);
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
	if (clauses.length === 1 && only && only.start > 0)
		return { text: only.text.replace(/[.!?]+$/, ''), start: only.start, end: only.end, typed: false };
	if (clauses.length < 2) {
		const reason = ASKS_REASON.test(question) ? (followed(sentence, 0) ?? blamedFor(sentence, 0)) : undefined;
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
				chosen;
	}
	if (best.shared === 0) return whole;
	return { text: chosen.text.replace(/[.!?]+$/, ''), start: chosen.start, end: chosen.end, typed: false };
}

/** How much the question's last word counts in a clause against its other words: a tie goes to the verb's clause. */
const VERB_WEIGHT = 1.5;

/** The stem of the question's last word, when it is one of the words asked about. */
function lastWordStem(question: string, asked: ReadonlySet<string>): string | undefined {
	const last = /(\p{L}+)\W*$/u.exec(question)?.[1];
	const found = last ? [...asked].find((s) => last.toLowerCase().startsWith(s)) : undefined;
	return found;
}

/** A speech verb right after a speaker's clause, maybe past a clause of who they are: ", who voted against it, said". */
const SAID_AFTER =
	/^,?\s+(?:who\s[^,;]*,\s+)?(?:said|says|told(?:\s+(?:reporters|journalists|(?:the|a|an)\s+\p{L}+|\p{Lu}[\p{L}-]+|him|her|them|us|me))?(?:\s+(?:backstage|afterwards|later))?|added|explained|argued)\s+(?:that\s+)?/u;

/** A speaker named right after the verb of saying: "council spokesman Tom Reid", "Inspector Ann Moe of …". */
const SPEAKER_AFTER = /^(?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+\s*(?:[,.;]|of\b|$)/u;

/**
 * For "why", of a clause that only describes the speaker ("Dale Kruger, 59, who closed his pharmacy…, said he was
 * losing money"): what they said, from its "because" when it has one; undefined where no speech verb follows `end`.
 */
function reported(sentence: string, end: number): Clause | undefined {
	const verb = SAID_AFTER.exec(sentence.slice(end));
	if (!verb) return undefined;
	const from = end + verb[0].length;
	// "…, said council spokesman Tom Reid": the speaker after the verb, no words of theirs.
	if (SPEAKER_AFTER.test(sentence.slice(from))) return undefined;
	const because = /\bbecause\b/i.exec(sentence.slice(from));
	const start = from + (because?.index ?? 0);
	let stop = sentence.length;
	while (stop > start && /[\s.!?]/.test(sentence.charAt(stop - 1))) stop--;
	// '…a speech "because I never thought they would call my name."': a quotation's close without its opening.
	if ((sentence.slice(start, stop).match(/["“”]/g)?.length ?? 0) % 2 === 1 && /["”]$/.test(sentence.slice(0, stop))) {
		stop--;
		while (stop > start && /[\s.!?,]/.test(sentence.charAt(stop - 1))) stop--;
	}
	const text = sentence.slice(start, stop);
	return text.split(/\s+/).length >= MIN_WORDS ? { text, start, end: stop } : undefined;
}

/** A deed given as the reason for a verdict on it: "criticised the leader for contradicting his own promises". */
const FOR_DEED = /\bfor\s+(?:not\s+)?\p{Ll}{3,}ing\b[^,;]*/gu;
/** Words ending in -ing that are no deed: "for nothing", "for the evening". */
const NOT_DEED =
	/^for\s+(?:nothing|something|anything|everything|morning|evening|spring|ceiling|clothing|king|ring|thing|string|wedding|building|housing|funding|training|shipping|parking|heating|lighting|landing|boarding|dining|meeting|hearing|offering)\b/u;

/** The first "for <doing> …" from `from`, of at least MIN_WORDS words: what someone was blamed, fined or praised for. */
function blamedFor(sentence: string, from: number): Clause | undefined {
	for (const match of sentence.slice(from).matchAll(FOR_DEED)) {
		const text = withoutAttribution(match[0]).replace(/[\s.!?]+$/, '');
		if (NOT_DEED.test(text) || text.split(/\s+/).length < MIN_WORDS) continue;
		return { text, start: from + match.index, end: from + match.index + text.length };
	}
	return undefined;
}

/** Who said it, closing a sentence: ", sources said.", ", the club said on Monday." */
const ATTRIBUTION_END =
	/,\s+(?:[\p{L}'’.()-]+\s+){0,5}?(?:(?:have|has|had)\s+)?(?:said|says|told\s+\S+|reported|added|warned|confirmed|announced|noted)(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?[.!?]?\s*$/u;

/** A reason without the clause after it or the speaker's tag closing its sentence ("after Smith resigned, sources said"). */
function withoutAttribution(text: string): string {
	return text.replace(NEXT_CLAUSE, '').replace(ATTRIBUTION_END, '');
}

/** A new clause joined by a comma and a conjunction: ", and Transport Canada has limited…" is no part of the reason. */
const NEXT_CLAUSE = /,\s+(?:and|but|while|whereas|although)\s.*$/su;

/** The first "after/following/amid …" of at least MIN_WORDS words from `from` to the end of the sentence's clause. */
function followed(sentence: string, from: number): Clause | undefined {
	for (const match of sentence.slice(from).matchAll(FOLLOWED)) {
		const text = withoutAttribution(reasonOnly({ text: match[0], start: 0, end: match[0].length }).text).trimEnd();
		if (text.split(/\s+/).length >= MIN_WORDS)
			return { text, start: from + match.index, end: from + match.index + text.length };
	}
	return undefined;
}

/**
 * Where a reason told without a verb of its own ends and the sentence's deed goes on: "after a knee injury(, dedicated
 * the record to…)", "because of a knee injury( and faced growing calls…)"; a past verb with no subject of its own,
 * after a lowercase word (", Tbilisi, stopped" is a name's own verb).
 */
const DEED_AFTER =
	/(?<=(?:^|\s)\p{Ll}[\p{L}’'-]*)(?:,\s+|,?\s+and\s+)(?=(?!(?:needed|used|based|called|named|related|expected|required)\b)\p{Ll}+ed\s)/u;
/** A reason given as a thing, without a verb: "because of a knee injury", "after a knee injury". */
const REASON_THING = /^(?:because\s+of|due\s+to|owing\s+to|after|following|amid|thanks\s+to)\s/iu;
/** A verb in a reason: "because Plumtree admitted the breaches and cooperated" keeps both its deeds. */
const REASON_VERB = /\b(?:\p{Ll}+ed|is|was|were|are|has|had|have|did|does|do|could|would|will|can)\b/u;

/** A reason clause without the deed that follows it in the same clause. */
function reasonOnly(clause: Clause): Clause {
	if (!REASON_THING.test(clause.text)) return clause;
	const cut = DEED_AFTER.exec(clause.text);
	if (!cut || REASON_VERB.test(clause.text.slice(0, cut.index).replace(REASON_THING, ''))) return clause;
	if (clause.text.slice(0, cut.index).split(/\s+/).length < MIN_WORDS - 1) return clause;
	return { text: clause.text.slice(0, cut.index), start: clause.start, end: clause.start + cut.index };
}

function splitClauses(sentence: string): Clause[] {
	const clauses: (Clause & { words: number; endsWithName: boolean })[] = [];
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
		if (last && (short || list)) {
			last.end = at + text.length;
			last.words += words;
			last.endsWithName = endsWithName;
		} else clauses.push({ text: '', start: at, end: at + text.length, words, endsWithName });
	};
	// A dateline ("MOBILE, Alabama — ") is no clause of the sentence: none starts before its end.
	start = datelineEnd(sentence);
	for (const match of sentence.matchAll(BREAKS)) {
		if (match.index < start) continue;
		push(match.index);
		start = match.index + match[0].length;
	}
	push(sentence.length);
	return clauses.map(({ start: from, end }) => ({ text: sentence.slice(from, end), start: from, end }));
}
