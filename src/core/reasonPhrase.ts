/**
 * The phrases of a sentence that give a reason, for "why" questions (see pickClause): what it followed, what a verdict
 * was for, what a speaker said.
 */

/** The fewest words a reason takes. */
const MIN_WORDS = 4;

/** A part of a sentence, by where it stands. */
export interface Clause {
	text: string;
	start: number;
	end: number;
}

/**
 * What "why" is answered by when no clause gives a reason: what it followed ("resigned after an inquiry found…", "was
 * cleared after prosecutors dropped the case"), whose advice or what fears it was over ("withdrawn over salmonella fears").
 */
const FOLLOWED =
	/\b(?:(?:after|following|amid)\s+(?:a|an|the|his|her|their|its|\p{Ll}+ing)|(?:after|following)\s+(?:[\p{L}'’-]+\s+){1,3}?(?:\p{Ll}+ed|found|said|made|took|gave|fell|broke|left|hit|struck|won|lost|told|sent|came|began|became|ran|went|caught|brought|threw|shot)(?=[\s,.])|on\s+suspicion\s+of|on\s+charges?\s+of|on\s+the\s+advice\s+of|in\s+response\s+to|in\s+protest\s+(?:at|against|over)|over\s+(?:[\p{Ll}-]+\s+){0,2}(?:fears?|concerns?|worries|allegations?|claims?|complaints?))(?:\s|(?=[,.]))[^;]*/giu;

/** A speech verb right after a speaker's clause, maybe past a clause of who they are: ", who voted against it, said". */
const SAID_AFTER =
	/^,?\s+(?:who\s[^,;]*,\s+)?(?:said|says|told(?:\s+(?:reporters|journalists|(?:the|a|an)\s+\p{L}+|\p{Lu}[\p{L}-]+|him|her|them|us|me))?(?:\s+(?:backstage|afterwards|later))?|added|explained|argued)\s+(?:that\s+)?/u;

/** A speaker named right after the verb of saying: "council spokesman Tom Reid", "Inspector Ann Moe of …". */
const SPEAKER_AFTER = /^(?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+\s*(?:[,.;]|of\b|$)/u;

/**
 * For "why", of a clause that only describes the speaker ("Dale Kruger, 59, who closed his pharmacy…, said he was
 * losing money"): what they said, from its "because" when it has one; undefined where no speech verb follows `end`.
 */
export function reported(sentence: string, end: number): Clause | undefined {
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

/** A purpose told by "to" and a verb of aim: "kept secret to protect the birds from egg thieves". */
const PURPOSE =
	/\sto\s+(?:protect|prevent|avoid|allow|help|make\s+way|ensure|stop|reduce|save|raise|cover|fund|meet|boost|improve|attract|encourage|discourage|limit|curb|tackle|combat|ease|free\s+up|replace|honou?r|mark|celebrate|guard|shield|preserve|conserve|deter|speed\s+up|make\s+room)\b[^,;]*/iu;

/** For "why", a purpose the sentence tells from `from` ("to protect the birds…"), of at least MIN_WORDS words. */
export function purposeOf(sentence: string, from: number): Clause | undefined {
	const found = PURPOSE.exec(sentence.slice(from));
	if (!found) return undefined;
	const text = withoutAttribution(found[0].trim()).replace(/[\s.!?]+$/, '');
	const start = from + found.index + found[0].indexOf(text);
	return text.split(/\s+/).length >= MIN_WORDS ? { text, start, end: start + text.length } : undefined;
}

/** A deed given as the reason for a verdict on it: "criticised the leader for contradicting his own promises". */
const FOR_DEED = /\bfor\s+(?:not\s+)?\p{Ll}{3,}ing\b[^,;]*/gu;
/** Words ending in -ing that are no deed: "for nothing", "for the evening". */
const NOT_DEED =
	/^for\s+(?:nothing|something|anything|everything|morning|evening|spring|ceiling|clothing|king|ring|thing|string|wedding|building|housing|funding|training|shipping|parking|heating|lighting|landing|boarding|dining|meeting|hearing|offering)\b/u;

/** What a "for <doing>" after them describes, not a verdict: "known for making steel rails", "used for drying". */
const DESCRIBED_FOR =
	/\b(?:known|famous|noted|renowned|used|responsible|designed|needed|suitable|ready|time|room|reason|plans?|ways?|tools?|machines?|equipment)\s+$/iu;

/** The first "for <doing> …" from `from`, of at least MIN_WORDS words: what someone was blamed, fined or praised for. */
export function blamedFor(sentence: string, from: number): Clause | undefined {
	for (const match of sentence.slice(from).matchAll(FOR_DEED)) {
		const text = withoutAttribution(match[0]).replace(/[\s.!?]+$/, '');
		const at = from + match.index;
		if (NOT_DEED.test(text) || text.split(/\s+/).length < MIN_WORDS) continue;
		if (DESCRIBED_FOR.test(sentence.slice(Math.max(0, at - 20), at))) continue;
		return { text, start: from + match.index, end: from + match.index + text.length };
	}
	return undefined;
}

/** Who said it, closing a sentence: ", sources said.", ", the club said on Monday night", ", according to police". */
const ATTRIBUTION_END =
	/,\s+(?:(?:[\p{L}'’.()-]+\s+){0,5}?(?:(?:have|has|had)\s+)?(?:said|says|told\s+\S+|reported|added|warned|confirmed|announced|noted)(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day(?:\s+(?:night|morning|evening|afternoon))?|\s+in\s+(?:a|an)\s+\p{Ll}+)?|according\s+to\s+[^,;]{1,60})[.!?]?\s*$/u;

/** A reason without the clause after it or the speaker's tag closing its sentence ("after Smith resigned, sources said"). */
function withoutAttribution(text: string): string {
	return text.replace(NEXT_CLAUSE, '').replace(ATTRIBUTION_END, '');
}

/** A new clause joined by a comma and a conjunction: ", and Transport Canada has limited…" is no part of the reason. */
const NEXT_CLAUSE =
	/,\s+(?:and|but|while|whereas|although)\s+(?:\S+\s+){0,5}?(?:\p{Ll}+ed|is|was|were|are|has|have|had|will|would|can|could)\b.*$/su;

/** The first "after/following/amid …" of at least MIN_WORDS words from `from` to the end of the sentence's clause. */
export function followed(sentence: string, from: number): Clause | undefined {
	for (const match of sentence.slice(from).matchAll(FOLLOWED)) {
		const text = withoutAttribution(reasonOnly({ text: match[0], start: 0, end: match[0].length }).text).trimEnd();
		// "over salmonella fears" says its cause in three words.
		if (text.split(/\s+/).length >= (/^over\s/iu.test(text) ? MIN_WORDS - 1 : MIN_WORDS))
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
export function reasonOnly(clause: Clause): Clause {
	if (!REASON_THING.test(clause.text)) return clause;
	const cut = DEED_AFTER.exec(clause.text);
	if (!cut || REASON_VERB.test(clause.text.slice(0, cut.index).replace(REASON_THING, ''))) return clause;
	if (clause.text.slice(0, cut.index).split(/\s+/).length < MIN_WORDS - 1) return clause;
	return { text: clause.text.slice(0, cut.index), start: clause.start, end: clause.start + cut.index };
}
