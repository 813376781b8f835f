import { agentVerbStems } from './agentsAge.ts';
import { isPastForm, NOT_DEEDS, PARTICIPLE_ALSO, WHO_ACTIVE } from './askedPatient.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { synonymStems } from './synonymStems.ts';
import { stem, type Token } from './tokenize.ts';

/**
 * "by" and the agent right after a passive verb, or after a time or place between ("was spotted on Saturday morning by
 * retired postman…", "were spotted on Aug. 13 by a ferry crew"); not after an object ("opened the museum in a ceremony attended by…": the active voice). A title's
 * or an initial's full stop ("Dr. Miriam Achterberg", "James O. McKinsey") does not end the agent.
 */
const BY_AGENT =
	/^(?:\s+(?:(?:in|on|at|during|last|early|late|earlier|later|this|about|around|near|off|from|after|before|soon|first|originally)\b|\p{Ll}+ly\b)(?:[^,.;:!?]|(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\.){0,40}?)?\s+by\s+((?:[^,.;:!?()]|(?<=\d)[,.](?=\d)|(?<=\b(?:Dr|Mr|Mrs|Ms|Prof|St|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Rev|\p{Lu}))\.)+)/u;
/**
 * "by" and the agent set apart by a comma after the deed's time and place ("was first found in 2022 in soil samples
 * collected near Ulvik, by a doctoral student, Amira Tessaly"): the deed's agent, not that of a participle between.
 */
const BY_AGENT_APART =
	/^[^.;:!?"“”]{0,160}?,\s+by\s+((?:[^.;:!?()]|(?<=\b(?:Dr|Mr|Mrs|Ms|Prof|St|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Rev|\p{Lu}))\.)+)/u;
/** "Who will chair…", "who's gonna lead…", "who is going to run…": a deed to come, its verb as written. */
const WHO_WILL =
	/^\s*who(?:['’]s|\s+is)?\s+(?:will|gonna|going\s+to|would|is\s+set\s+to|is\s+to)\s+(?!be\b|have\b)(\p{Ll}{3,})\b/u;
/** A participle right before "by": the agent is that deed's ("a ceremony attended by"). */
const OTHER_PARTICIPLE = /\s\p{Ll}+(?:ed|en)\s+by\s/u;
/** Capitalised words with their particles, one word joined by "of" to more ("Alistair Flett", "University of Otago"). */
const NAME =
	/(?:\p{Lu}[\p{L}'’.-]*\s+of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|da|do|dos|del|della|der|den|van|von|la|le|du|bin|al|el|&)\s+)?\p{Lu}[\p{L}'’.-]*)*/gu;
/** Where the agent's words end: a preposition of place or time. */
const PLACE_AFTER =
	/\s(?:near|in|at|from|on|off|outside|inside|during|after|before|for|with|into|while|to|across|around)\s/u;
/** Means given by someone and who gave them: "a grant of 1.2 million euros from the Delmont Heritage Foundation". */
const MEANS_FROM =
	/^\s+by\s+(?:a|an|the)\s+(?:[\p{Ll}\p{Sc}\d.,-]+\s+){0,3}(?:grant|donation|loan|gift|bequest|subsidy|contribution|investment|payment)s?\b[^;:!?]{0,60}?\bfrom\s+(?:the\s+)?(?=\p{Lu})/u;
/** Words that begin another clause after an agent told of: "and is in stable condition", "who had heard her". */
const CLAUSE_AFTER = /\s+(?:and|but|who|which|that|when|while|as)\s+/u;
/** Another name joined by "and", maybe after the words that describe them ("and software engineer Priya Castellano"). */
const AND =
	/^\s+and\s+(?:(?!(?:the|a|an|his|her|their|its|other|others)\b)\p{Ll}[\p{L}-]*\s+){0,3}(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+)/u;
/** A lowercase noun after one capitalised word that describes it: "US consortium", "Texas businessman". */
const DESCRIBED =
	/^\s+(?!(?:of|and|or|but|who|whom|whose|which|that|in|at|on|for|with|from|to|after|before|during|as|when|while|since|until|into|under|near|over|between|through|said|says|was|were|is|are|has|had|have)\b)\p{Ll}/u;
/** A person's name in apposition after one of a kind: ", Amira Tessaly, 31", ", Lars Bech.", or two joined by "and". */
const NAMED_BESIDE =
	/^,\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+(?:\s+and\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+)?)(?=\s*(?:[,.;(]|$))/u;
/** An agent told as one of a kind: "an excavator driver", "two hikers", "local fishermen". */
const UNNAMED = /^(?:a|an|one|two|three|four|five|several|some|local|other|\p{Ll}+s)\s/u;

/**
 * For "Who found the body?", the agent a sentence gives the same deed (or a synonym) in the passive: "Lars Bech" of
 * "The body was found in May 2023 by Lars Bech, 52, an excavator driver", or named beside one of a kind ("by a
 * doctoral student, Amira Tessaly"); null where the agent is one of a kind with no name ("found by an excavator
 * driver cutting peat": a sentence below may name them; `onUnnamed` is given the words that tell them); undefined where
 * the sentence tells the deed no such way.
 *
 * @example
 * const sentence = 'The bird was spotted by retired postman Alistair Flett, 71.';
 * passiveAgent('who spotted the bird', sentence, tokenize(sentence))?.text; // 'Alistair Flett'
 */
export function passiveAgent(
	question: string,
	sentence: string,
	tokens: readonly Token[],
	onUnnamed?: (agent: AnswerPhrase) => void,
): AnswerPhrase | null | undefined {
	const done = WHO_ACTIVE.exec(question.toLowerCase())?.[1];
	const past = (word: string) => isPastForm(word) || PARTICIPLE_ALSO.test(word);
	// "Who's gonna chair the inquiry?" of "the inquiry would be chaired by a retired judge": a deed to come, asked too.
	const verb = WHO_WILL.exec(question.toLowerCase())?.[1] ?? (done && past(done) ? done : undefined);
	if (!verb || NOT_DEEDS.test(verb)) return undefined;
	const wanted = new Set([stem(verb), ...synonymStems(stem(verb))]);
	for (const token of tokens.slice(0, SENTENCE_LIMITS.tokens)) {
		if (!wanted.has(token.stem) || !past(token.word)) continue;
		const after = sentence.slice(token.end, token.end + 200);
		const by = BY_AGENT.exec(after) ?? (/^\s+by\b/u.test(after) ? null : BY_AGENT_APART.exec(after));
		if (by && OTHER_PARTICIPLE.test(by[0].slice(0, by[0].length - (by[1]?.length ?? 0)))) continue;
		// "funded by a grant of 1.2 million euros from the Delmont Foundation": who gave the means did it.
		const giver = MEANS_FROM.exec(after);
		const from = giver ? [...after.slice(giver[0].length).matchAll(NAME)][0] : undefined;
		if (giver && from?.index === 0) {
			const start = token.end + giver[0].length;
			const text = from[0].replace(/\.$/u, '');
			return { text, start, end: start + text.length, typed: true };
		}
		// "a digger driver cutting peat near Vejle": a place after its preposition is where, not who.
		const agent = by?.[1]?.split(PLACE_AFTER)[0];
		if (!by || !agent) continue;
		const name = [...agent.matchAll(NAME)].find(
			(n) => /\s/u.test(n[0]) || !DESCRIBED.test(agent.slice(n.index + n[0].length)),
		);
		if (name) {
			// "John Allen and Elisha Walker Rumsey": both did it.
			const rest = agent.slice(name.index + name[0].length);
			const other = AND.exec(rest);
			const text = other ? name[0] + other[0] : name[0];
			const start = token.end + by[0].length - agent.length + name.index;
			return { text, start, end: start + text.length, typed: true };
		}
		if (UNNAMED.test(agent)) {
			// "by a doctoral student, Amira Tessaly, 31": one of a kind, named beside it.
			const from = token.end + by[0].length;
			const named = NAMED_BESIDE.exec(sentence.slice(from));
			if (!named?.[1]) {
				// "by two colleagues and is in stable condition": the agent ends where another clause begins.
				const text = (agent.split(CLAUSE_AFTER)[0] ?? agent).trim();
				const start = from - (by[1]?.length ?? 0);
				onUnnamed?.({ text, start, end: start + text.length, typed: true });
				return null;
			}
			const start = from + named[0].length - named[1].length;
			// A name that ends the sentence ends before its full stop ("…and Josiah Finch.").
			const text = named[1].replace(/(?<=\p{Ll})\.$/u, '');
			return { text, start, end: start + text.length, typed: true };
		}
	}
	return undefined;
}

/**
 * Whether "who <did> X?" asks a deed (or a synonym of it) that the sentence never tells, in any form ("who led the
 * coup attempt" of "Soldiers detained after failed coup attempt"): the names it gives did something else.
 *
 * @example
 * const sentence = 'Soldiers detained after failed coup attempt';
 * deedUntold('who led the coup attempt', tokenize(sentence)); // true
 */
export function deedUntold(question: string, tokens: readonly Token[]): boolean {
	const verb = WHO_ACTIVE.exec(question.toLowerCase())?.[1];
	if (!verb || !(isPastForm(verb) || PARTICIPLE_ALSO.test(verb)) || NOT_DEEDS.test(verb)) return false;
	const wanted = new Set([stem(verb), ...synonymStems(stem(verb))]);
	// "Who came third?" of "Third place went to Marguerite Oyelaran": a placing told as the place, no verb of finishing.
	const placing = PLACING.exec(question)?.[1]?.toLowerCase();
	if (placing && tokens.some((t) => t.stem === stem(placing)) && tokens.some((t) => t.stem === stem('place')))
		return false;
	// "Who won the men's race?" of "The men's winner, Samuel Kiprono": the doer's noun tells the deed.
	return !tokens.some(
		(t) => wanted.has(t.stem) || (AGENT_NOUN.test(t.word) && agentVerbStems(t.word).some((v) => wanted.has(v))),
	);
}

/** A noun of who does something: "winner", "founder", "rescuer". */
const AGENT_NOUN = /^\p{Ll}{3,}(?:er|or)s?$/u;

/** "came third", "finished second", "placed fourth": a placing asked by its verb. */
const PLACING =
	/\b(?:came|finished|placed|ended\s+up|ended)\s+(?:in\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\b/iu;
