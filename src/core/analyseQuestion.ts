import { agentNounStems } from './agentNouns.ts';
import { numberDigits, spelledNumber } from './answerKey.ts';
import { classifyQuestion, spelledWho } from './classifyQuestion.ts';
import { findUnknownPhrases, type PhraseLookup } from './findUnknownPhrases.ts';
import { isFrameWord, withoutDurationVerb } from './frameWords.ts';
import { givenFigures } from './givenFigures.ts';
import { hyphenClosedWords } from './hyphenClosedWords.ts';
import { leaderRoles } from './leaderRoles.ts';
import { populationAlternatives } from './populationAsked.ts';
import { abbreviationStems, phrasalStems, synonymStems } from './synonymStems.ts';
import { QUESTION_WORDS, STOPWORDS, stem, tokenize } from './tokenize.ts';
import type { QuestionType } from './types.ts';
import { ABBREVIATIONS } from './vocabulary.ts';

const CURRENTLY = stem('currently');

export interface QueryTerm {
	stem: string;
	/** The word as the user wrote it (after typo correction). */
	word: string;
	/** 1 for the user's own words, less for synonyms. */
	weight: number;
	/** Index of the user's word this term stands for; synonyms share it. */
	slot: number;
	/** The user wrote it with a capital (not at the start), or the reports write it only so: likely a name. */
	capitalised: boolean;
}

export interface AnalysedQuestion {
	text: string;
	type: QuestionType;
	terms: QueryTerm[];
	/** Number of the user's own content words. */
	slots: number;
	/** Content words that occur nowhere in the reports, even after typo correction. */
	unknown: { word: string; capitalised: boolean }[];
	/** Names of several words the reports know one by one but never write together (see findUnknownPhrases). */
	unknownPhrases: string[];
	/** The figures a count question gives itself ("four white balls", "the 300 homes"), by value (see givenFigures). */
	givenFigures?: ReadonlySet<number>;
}

export interface QuestionContext extends PhraseLookup {
	/** The content stems of the words an acronym stands for in the reports (see expandAcronym). */
	expandAcronym?: (acronym: string) => string[];
	synonymWeight: number;
	maxLength: number;
	/** Whether a word is a known English word (the model's word vectors); without it, no closed compound is split. */
	isWord?: (word: string) => boolean;
	/** Whether the reports write a stem only as a name ("brunner"): a question's word typed in lower case is one too. */
	writtenAsName?: (stem: string) => boolean;
}

/** Measures "how" asks whose word the answer seldom holds ("how big": "covers 12,400 square metres"), unlike "how long". */
const SELDOM_SAID = new Set(['big', 'large', 'heavy', 'far', 'wide']);

/** "What" asking a sum: "what do teachers earn", "what will the stadium cost", "what did the house sell for". */
const SUM_ASKED =
	/^(\s*)what(?=\s+(?:do|does|did|will|would|could|should)\s+(?:[\p{L}\d'’-]+\s+){1,5}?(?:(?:earn|cost|charge|fetch|owe)s?\b|(?:sell|go)\s+for\b|pay\s+for\b))/iu;

/** "Open again", "elected again": a deed done once more, which reports may write as one word ("reopen"). */
const AGAIN = /\bagain\b/iu;

/**
 * Reads a question: its type, its content words (typos corrected against the reports' vocabulary),
 * their synonyms, and the words the reports never use (nor any synonym of). Its text is the question with those typos
 * corrected, which the rules reading its wording read.
 *
 * @example
 * analyseQuestion('how many dornes were shot down?', context).terms.map((t) => t.word); // ['drones', 'shot', …]
 */
export function analyseQuestion(question: string, context: QuestionContext): AnalysedQuestion {
	// "halftime" as the reports write it ("half-time"), for the rules that read the question's wording too.
	const text = hyphenClosedWords(
		question
			.slice(0, context.maxLength)
			.replace(/<@[!&]?\d+>|<#\d+>|@(everyone|here)/g, ' ')
			.replace(/https?:\/\/\S+/g, ' ')
			// "whats the yacht called lol": chat at the end is no word of the question its rules read to the end.
			.replace(TRAILING_CHAT, '')
			.replace(CHAT_QUESTION_WORD, (word) => CHAT_QUESTION_WORDS[word.toLowerCase()] ?? word)
			// "hows much is rent there": "how's" typed before a measure asks the measure.
			.replace(/\bhow['’]?s(?=\s+(?:much|many|big|long|far|old|tall|deep|high|wide|heavy|fast|often|soon)\b)/giu, 'how')
			// "how many yrs did it take": the rules that read the wording read the word.
			.replace(CHAT_SHORTHAND, (word) => CHAT_SHORTHANDS[word.toLowerCase()] ?? word)
			.replace(OFFICER_TITLE, (word) =>
				context.stems.has(stem(word.toLowerCase())) ? word : (OFFICER_TITLES[word.toLowerCase()] ?? word),
			)
			// Years counted ("how many yrs", "40 yrs old"); "last yr" is left as typed (its period rules would read it).
			.replace(/\b(how\s+many|\d+)\s+yrs\b/giu, '$1 years')
			// "what do new teachers earn", "what did the repairs cost": a sum asked, as "how much" asks it.
			.replace(SUM_ASKED, '$1how much')
			// "what % did they get": the sign alone is the word.
			.replace(/(?<![\d.\s])\s*%|(?<=\s)%/gu, ' percent'),
		context.stems,
	);
	const terms: QueryTerm[] = [];
	const unknown: AnalysedQuestion['unknown'] = [];
	const seen = new Set<string>();
	let slots = 0;
	const fixes: { start: number; end: number; word: string }[] = [];
	// "the WHO" is a name, which "who" as a question word would drop: its words are matched instead.
	const read = joinSplitWords(
		splitUnknownCompounds(withoutDurationVerb(spelledWho(text)), context.stems, context.isWord),
		context.stems,
	);
	const tokens = tokenize(read);
	const leader = leaderRoles(text);
	const asksWho = classifyQuestion(text) === 'who';
	const again = AGAIN.test(text);
	for (const [at, token] of tokens.entries()) {
		// "How many people work there now?" of "currently employs 870 people": the time asked, as reports write it.
		if (token.word === 'now' && context.stems.has(CURRENTLY) && !seen.has(CURRENTLY)) {
			seen.add(CURRENTLY);
			terms.push({
				stem: CURRENTLY,
				word: 'currently',
				weight: context.synonymWeight,
				slot: slots++,
				capitalised: false,
			});
		}
		if (STOPWORDS.has(token.word) || QUESTION_WORDS.has(token.word)) continue;
		// A frame word the reports never use is dropped, unless they use a synonym ("how deep": "at a depth of").
		const said = (s: string) => context.stems.has(s);
		const frame = isFrameWord(tokens, at);
		if (frame && !said(token.stem) && !synonymStems(token.stem).some(said)) continue;
		const original = text.slice(token.start, token.end);
		const capitalised =
			token.start > 0 && /^\p{Lu}/u.test(original) && !/^\p{Lu}+$/u.test(original.slice(1).replace('&', '') || 'x');
		let { word, stem: s } = token;
		if (!context.stems.has(s)) {
			const fixed = context.correct(word);
			if (fixed) {
				word = fixed;
				s = stem(fixed);
				fixes.push({ start: token.start, end: token.end, word: capitalised ? upperFirst(fixed) : fixed });
			}
		}
		if (seen.has(s)) continue;
		seen.add(s);
		const slot = slots++;
		// A rare word only: "board" or "river" may stand in names ("River Road") a member does not mean.
		const rare = context.isWord !== undefined && !context.isWord(word);
		// "how much did brunner win": a word the reports write only as a name is one, however the member typed it.
		const named =
			capitalised || (rare && /^\p{Ll}/u.test(original) && context.stems.has(s) && context.writtenAsName?.(s) === true);
		// "How heavy is each machine?": the measure's word is seldom the answer's ("weighs roughly 2,800 tonnes"), and
		// a sentence holding it otherwise ("the grain was already heavy") is no likelier to answer; so for "what year",
		// answered by "in 1913", not by "last year".
		const seldom =
			(frame && tokens[at - 1]?.word === 'how' && SELDOM_SAID.has(token.word)) ||
			(/^(?:year|day|date|month|time)$/.test(token.word) && /^(?:what|which)$/.test(tokens[at - 1]?.word ?? ''));
		const weight = seldom ? context.synonymWeight : 1;
		terms.push({ stem: s, word, weight, slot, capitalised: named });
		let known = context.stems.has(s);
		const fromReports = /^\p{Lu}{2,8}$/u.test(original) ? (context.expandAcronym?.(original) ?? []) : [];
		const spelled = fromReports.length ? fromReports : abbreviationStems(word);
		for (const part of spelled) {
			if (seen.has(part)) continue;
			known ||= context.stems.has(part);
			seen.add(part);
			terms.push({ stem: part, word: part, weight: context.synonymWeight, slot, capitalised: false });
		}
		const roles = leader?.asked === s ? leader.roles : [];
		// "Who owns the ship?" of "the ship's owner, Calder Shipping": whoever does the deed asked (the question's first
		// word) is named by its noun.
		const doers = asksWho && slot === 0 ? agentNounStems(word, said) : [];
		// "the 8 min target" of reports that write "the eight-minute target": the same number, spelled.
		const number = spelledNumber(word) ?? numberDigits(word);
		const figures = number ? [stem(number)] : [];
		const dwellers = populationAlternatives(text, s);
		// "when does the shop open again" of reports that write "is due to reopen": the deed again is its "re-" verb.
		const redone = again ? [stem(`re${word}`)] : [];
		// "when was the firm set up" of reports that write "was founded in 2016": the verb and its particle, as one word.
		const phrasal = tokens[at + 1] ? phrasalStems(s, tokens[at + 1]?.word ?? '') : [];
		for (const synonym of [...synonymStems(s), ...roles, ...doers, ...figures, ...dwellers, ...redone, ...phrasal]) {
			if (seen.has(synonym) || !context.stems.has(synonym)) continue;
			known = true;
			terms.push({ stem: synonym, word: synonym, weight: context.synonymWeight, slot, capitalised: false });
		}
		// "freeze thaw cycles" of reports that write "freeze-thaw": both words known alone, the compound found too.
		const next = tokens[at + 1];
		// "8 min" of "eight-minute": the number spelled, the next word unabbreviated.
		const heads = number ? [word, number] : [word];
		const tails = next
			? [next.word, ...(Object.hasOwn(ABBREVIATIONS, next.word) ? (ABBREVIATIONS[next.word] ?? '').split(' ') : [])]
			: [];
		const compounds =
			next && !STOPWORDS.has(next.word) ? heads.flatMap((h) => tails.flatMap((t) => [`${h}-${t}`, `${h}${t}`])) : [];
		for (const compound of compounds) {
			const joined = stem(compound);
			if (seen.has(joined) || !context.stems.has(joined)) continue;
			seen.add(joined);
			terms.push({ stem: joined, word: compound, weight: context.synonymWeight, slot, capitalised: false });
		}
		// A word the reports only write as a synonym ("say" where they write "said") is not unknown to them.
		if (!known) unknown.push({ word, capitalised });
	}
	const unknownPhrases = findUnknownPhrases(text, tokens, context);
	// The rules that read the question's wording read it with its typos corrected ("the bus crahs" is "the bus crash").
	const corrected = joinSplitWords(read.length === text.length ? withFixes(text, fixes) : text, context.stems);
	const type = classifyQuestion(corrected);
	// Every count of every candidate is weighed against these: they are read once.
	const figures = type === 'count' ? { givenFigures: givenFigures(corrected) } : {};
	return { text: corrected, type, terms, slots, unknown, unknownPhrases, ...figures };
}

function upperFirst(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The text with the words at the given spans replaced (spans in order, none overlapping). */
function withFixes(text: string, fixes: readonly { start: number; end: number; word: string }[]): string {
	let out = '';
	let at = 0;
	for (const fix of fixes) {
		out += text.slice(at, fix.start) + fix.word;
		at = fix.end;
	}
	return out + text.slice(at);
}

/** Question words as typed in chat ("hw many", "wen did"), which the question's kind is read from. */
const CHAT_QUESTION_WORDS: Readonly<Record<string, string>> = {
	hw: 'how',
	hou: 'how',
	wen: 'when',
	wher: 'where',
	whn: 'when',
};
const CHAT_QUESTION_WORD = new RegExp(`\\b(?:${Object.keys(CHAT_QUESTION_WORDS).join('|')})\\b`, 'gi');
/** Chat shorthands of units and common nouns, never a word of their own. */
/** Chat words ending a question, with any punctuation: " lol", ", pls?", " thx!!". */
const TRAILING_CHAT =
	/(?:[\s,]+(?:lol|lmao|lmfao|haha+|pls|plz|please|thx|thanks|ty|tho|ngl|bro|guys|fr|tbh|idk|xd))+(?=\s*[?!.]*\s*$)/giu;

const CHAT_SHORTHANDS: Readonly<Record<string, string>> = {
	hr: 'hour',
	hrs: 'hours',
	mins: 'minutes',
	secs: 'seconds',
	wks: 'weeks',
	mths: 'months',
	ppl: 'people',
	govt: 'government',
	avg: 'average',
	approx: 'approximately',
	dept: 'department',
	exec: 'executive',
	execs: 'executives',
};
const CHAT_SHORTHAND = new RegExp(`\\b(?:${Object.keys(CHAT_SHORTHANDS).join('|')})\\b`, 'gi');
/**
 * Officers' titles by their initials, written out where the reports never write the initials ("who's the cto" of
 * "serves as chief technology officer"): the initials' words alone weigh as synonyms only.
 */
const OFFICER_TITLES: Readonly<Record<string, string>> = {
	cto: 'chief technology officer',
	cfo: 'chief financial officer',
	coo: 'chief operating officer',
	cio: 'chief information officer',
};
const OFFICER_TITLE = new RegExp(`\\b(?:${Object.keys(OFFICER_TITLES).join('|')})\\b`, 'gi');

/** "small-scale" where the reports write "small scale": a hyphenated word they never use, whose parts they all do. */
/**
 * Two words the reports write as one ("cyber attack" as "cyberattack", "mail in" as "mail-in"), joined, when one of
 * them alone is unknown to the reports or a stopword: they are one term there.
 */
/** Words that end a hyphened compound ("mail-in", "walk-out", "drop-off"). */
const PARTICLES = new Set(['in', 'on', 'out', 'up', 'off', 'down', 'over', 'back', 'by']);
/**
 * Words that open a noun phrase or a preposition's phrase after a verb and its particle ("built in the 1920s", "take
 * off from Heathrow"): no compound ends before them.
 */
const BEFORE_NOUN = new Set(
	'the a an this that these those its his her their our my your some any every each all no one two three from in on at to for with by of into through after before during near'.split(
		' ',
	),
);

function joinSplitWords(text: string, known: { has(stem: string): boolean }): string {
	// "tessera 1" as "Tessera-1": a name and its number, which the reports write as one.
	const numbered = text.replace(/(?<![\p{L}\d-])(\p{L}{2,}) (\d{1,4})(?![\p{L}\d-])/gu, (pair, a: string, n: string) =>
		!known.has(stem(a.toLowerCase())) && known.has(stem(`${a.toLowerCase()}-${n}`)) ? `${a}-${n}` : pair,
	);
	return numbered.replace(
		/(?<![\p{L}-])(\p{L}{2,}) (\p{L}{2,})(?![\p{L}-])(?=(\s+\p{L}+)?)/gu,
		(pair, a: string, b: string, next: string | undefined) => {
			const [lowerA, lowerB] = [a.toLowerCase(), b.toLowerCase()];
			if (QUESTION_WORDS.has(lowerA) || STOPWORDS.has(lowerA)) return pair;
			// "mail in ballots" as "mail-in ballots", "the runner up get" as "the runner-up get", not "built in the
			// 1920s" as "built-in".
			const nounAfter = next !== undefined && !BEFORE_NOUN.has(next.trim().toLowerCase());
			const particle = PARTICLES.has(lowerB);
			const alone = particle || (!STOPWORDS.has(lowerB) && (!known.has(stem(lowerA)) || !known.has(stem(lowerB))));
			if (alone && (nounAfter || !particle) && known.has(stem(`${lowerA}-${lowerB}`))) return `${a}-${b}`;
			const joined = `${lowerA}${lowerB}`;
			if (STOPWORDS.has(lowerB) || (known.has(stem(lowerA)) && known.has(stem(lowerB)))) return pair;
			return known.has(stem(joined)) ? `${a}${b}` : pair;
		},
	);
}

/**
 * Compounds the reports never write, split into the words they do write: "well-known" as "well known", and an English
 * word like "ringleader" as "ring leader" (two words of three letters or more, neither a stopword); not a name the
 * reports never write ("kingsbridge"), which isWord does not know.
 */
function splitUnknownCompounds(
	text: string,
	known: { has(stem: string): boolean },
	isWord?: (word: string) => boolean,
): string {
	const hyphened = text.replace(/\p{L}+(?:-\p{L}+)+/gu, (word) => {
		const parts = word.split('-');
		if (known.has(stem(word.toLowerCase()))) return word;
		return parts.every((p) => STOPWORDS.has(p.toLowerCase()) || known.has(stem(p.toLowerCase())))
			? parts.join(' ')
			: word;
	});
	if (!isWord) return hyphened;
	return hyphened.replace(/\b\p{Ll}{7,}\b/gu, (word) => {
		if (known.has(stem(word)) || !isWord(word)) return word;
		for (let at = 3; at <= word.length - 3; at++) {
			const [head, tail] = [word.slice(0, at), word.slice(at)];
			if (STOPWORDS.has(head) || STOPWORDS.has(tail)) continue;
			if (known.has(stem(head)) && known.has(stem(tail))) return `${head} ${tail}`;
		}
		return word;
	});
}
