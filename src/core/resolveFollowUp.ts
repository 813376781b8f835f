/** A question asked before, as a conversation remembers it. */
export interface PreviousQuestion {
	/** The question as it was asked. */
	asked: string;
	/** The question as the engine read it (a follow-up already resolved). */
	resolved: string;
	/** The report its answer came from, when it was answered. */
	report?: string;
	/** Its short answer, when it was answered ("Yusuf Latif" for "who is the spokesman?"): whom a later "he" means. */
	answer?: string;
	/** When it was asked (ms since the epoch). */
	at: number;
}

/** A question as the engine should read it, and the earlier question it follows when it is a follow-up. */
export interface ResolvedQuestion {
	question: string;
	followed?: PreviousQuestion;
}

/** How long a previous question stays context for the next one. */
export const FOLLOW_UP_TTL_MS = 10 * 60 * 1000;

const CONNECTOR = /^(?:and|also|so|then|but|ok|okay)\b[,\s]*/i;
const SUBSTITUTE = /^(?:(?:and\s+)?(?:what|how)\s+about)\s+(.+)$/i;
const WH = /^(?:how\s+many|how\s+much|how\s+long|how|what|which|who|whom|whose|where|when|why)\b/i;
const AUX = /^(?:is|are|was|were|did|do|does|has|have|had|will|would|can|could)\b\s*/i;
const DEICTIC_END = /\s*\b(?:that|this|it|there|then)\s*$/i;
const PERSON_PRONOUN = /\b(?:he|she|him)\b/i;
const POSSESSIVE_PRONOUN = /\b(?:his|her)\b/i;
const QUIET = new Set(
	'how many much long what which who whom whose where when why is are was were did do does has have had will would can could that this it there then he she him her his they them their those these the a an of to in on at and also so about ok okay'.split(
		' ',
	),
);

function contentWords(text: string): string[] {
	return (text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? []).filter((w) => !QUIET.has(w));
}

/** "drones" in "how many drones were shot down", "people" in "how many people died in the crash". */
function countedThing(question: string): string | undefined {
	const beforeAux =
		/^how\s+(?:many|much)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:were|was|are|is|did|do|does|have|has|had|will|would)\b/iu.exec(
			question,
		)?.[1];
	if (beforeAux) return beforeAux;
	const word = /^how\s+(?:many|much)\s+([\p{L}-]+)\s+\p{L}/iu.exec(question)?.[1];
	return word && !AUX.test(word) ? word : undefined;
}

/** The previous question without its question word and auxiliary: "drones were shot down". */
function gist(question: string): string {
	const bare = question.replace(/[?!.\s]+$/, '');
	const wh = WH.exec(bare);
	if (!wh) return bare;
	let rest = bare.slice(wh[0].length).trimStart();
	if (/^how\s+(?:many|much)$/i.test(wh[0])) return rest;
	rest = rest.replace(AUX, '');
	return rest;
}

/** The first name in a question past its first word: "Zelensky" in "what did Zelensky say". */
function named(question: string): string | undefined {
	return /(?<=\s)\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*/u.exec(question)?.[0];
}

/**
 * Reads a question in the light of the one asked just before: a follow-up ("and how many were launched?", "who said
 * that?", "where?", "when was that?", "what about missiles?", "what did he say?") is rewritten to carry the previous
 * question's subject and names; a question that stands on its own, or one asked more than FOLLOW_UP_TTL_MS later,
 * is left as it is. The ranking is not changed: the engine gets an ordinary question.
 *
 * @example
 * resolveFollowUp('and how many were launched?', { asked: 'how many drones were shot down?', resolved: 'how many drones were shot down?', at: now }, now);
 * // { question: 'how many drones were launched?', followed: { asked: 'how many drones were shot down?', … } }
 */
export function resolveFollowUp(
	question: string,
	previous: PreviousQuestion | undefined,
	now = Date.now(),
): ResolvedQuestion {
	const asked = question.trim();
	if (!previous || now - previous.at > FOLLOW_UP_TTL_MS || now < previous.at) return { question: asked };
	const before = previous.resolved.replace(/[?!.\s]+$/, '');
	const mark = /\?\s*$/.test(asked) ? '?' : '';
	const substitute = SUBSTITUTE.exec(asked.replace(/[?!.\s]+$/, ''));
	if (substitute?.[1]) {
		const thing = countedThing(before);
		const rewritten = thing ? before.replace(thing, substitute[1]) : `${before} ${substitute[1]}`;
		return { question: `${rewritten}?`, followed: previous };
	}
	const connected = CONNECTOR.test(asked);
	let body = asked.replace(CONNECTOR, '').replace(/[?!.\s]+$/, '');
	const words = contentWords(body);
	const pronoun = PERSON_PRONOUN.test(body) || POSSESSIVE_PRONOUN.test(body);
	const deictic = DEICTIC_END.test(body);
	const countWithoutThing = /^how\s+(?:many|much)\s+(?=(?:were|was|are|is|did|do|does|have|has|had|will|would)\b)/i;
	const bareWh = WH.test(body) && words.length === 0;
	const isFollowUp = connected || countWithoutThing.test(body) || bareWh || ((deictic || pronoun) && words.length <= 2);
	if (!isFollowUp || body === '') return { question: asked };
	const thing = countedThing(before);
	if (thing && words.length === 1 && !WH.test(body) && !deictic && !pronoun) {
		// "and injured?" after "how many people were killed?"; "and missiles?" after "how many drones were launched?".
		const participle = /(?:ed|en|down|up|out)$/i.test(body);
		body = participle ? `how many ${thing} were ${body}` : before.replace(thing, body);
		return { question: `${body}${mark}`, followed: previous };
	}
	if (thing && countWithoutThing.test(body)) {
		// "and how many were rescued?" after "how many people died in the crash?": "how many people were rescued?", asked
		// of the report that answered it.
		body = body.replace(/^how\s+(many|much)\s+/i, `how $1 ${thing} `);
		return { question: `${body.replace(/\s+/g, ' ').trim()}${mark}`, followed: previous };
	}
	// "what did he say?" after "who is the spokesman?": he is the one the answer named.
	const person = named(before) ?? (/^\s*who\b/i.test(before) && previous.answer ? previous.answer : undefined);
	const replaced = person !== undefined && pronoun;
	if (person) body = body.replace(PERSON_PRONOUN, person).replace(POSSESSIVE_PRONOUN, `${person}’s`);
	const rest = replaced ? gist(before).replace(person, '') : gist(before);
	if (deictic) {
		body = body.replace(DEICTIC_END, '');
		if (WH.test(body) && contentWords(body).length === 0)
			body = body.replace(/\s+(?:is|are|was|were|did|do|does)$/i, '');
		body = `${body} ${rest}`;
	} else if (bareWh && !replaced) body = `${body.replace(/\s+(?:is|are|was|were|did|do|does)$/i, '')} ${rest}`;
	else if (connected && !thing && !person && words.length <= 1) body = `${body} ${rest}`;
	return { question: `${body.replace(/\s+/g, ' ').trim()}${mark}`, followed: previous };
}
