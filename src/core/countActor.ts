import { contentStems } from './tokenize.ts';
import type { Fact } from './types.ts';
import { COUNT_ACTIONS } from './vocabulary.ts';

/** Action verbs as a question asks them ("did Russia launch", "did the army fire at"). */
const QUESTION_VERB =
	/\b(?:launch|fire|send|sen[dt]|shoot|shot|intercept|destroy|down|kill|injure|wound|hurt|arrest|detain|evacuate|capture|deploy|use)\w*/i;
/** How far before a count its verb and subject are looked for, in characters. */
const LOOK_BACK = 200;
const AUXILIARY = /\b(?:did|does|do|has|have|had|will|would|could)\s+/i;
const PASSIVE_BY =
	/^\s*(?:(?:down|out|off|up)\s+)?by\s+(.{1,60}?)(?=\s+(?:at|in|on|over|during|from|against|toward|near|across|inside|outside|with|after|before|since|when)\b|[?.!,;]|$)/i;
const NOT_ACTOR_WORDS =
	/\b(?:say|says|said|tell|told|claim|claimed|report|reported|think|believe|were|was|is|are|been)\b/i;
const NOT_ACTORS = new Set(['force', 'forc', 'troop', 'militari', 'unit', 'armi']);
/** A finite or infinitive verb, not a noun like "assault" or a participle like "involving". */
const VERB_FORM = /(?:ed|shot|sent|shoot down|shot down)$/i;
const LEADING_WORDS =
	/^(?:.*(?:\b(?:that|which|who|and|but|while|as|after|when|said|says|reported|claimed|announced)\b|[,;:]))?\s*(?:the\s+)?/i;
const TRAILING_WORDS =
	/(?:\s+(?:had|has|have|also|then|later|reportedly|allegedly|again|managed to|tried to|were able to|was able to|did))+\s*$/i;

/** Who does the counted action in a "how many" question: "Ukraine" in "How many drones did Ukraine launch at Russia?". */
export function askedActor(question: string): string | undefined {
	const auxiliary = AUXILIARY.exec(question);
	if (auxiliary) {
		const rest = question.slice(auxiliary.index + auxiliary[0].length);
		const verb = QUESTION_VERB.exec(rest);
		const actor = verb
			? rest
					.slice(0, verb.index)
					.replace(/^the\s+/i, '')
					.trim()
			: '';
		if (actor && actor.split(/\s+/).length <= 4 && !NOT_ACTOR_WORDS.test(actor)) return actor;
	}
	const passive = /\b(?:were|was|been)\s+(?:\w+\s+){0,2}?(?=by\b)/i.exec(question);
	return passive
		? PASSIVE_BY.exec(question.slice(passive.index + passive[0].length))?.[1]?.replace(/^the\s+/i, '')
		: undefined;
}

/**
 * Who does the action of a count in its sentence: the subject just before the verb ("Russia launched 145 drones"),
 * or the agent after "by" ("72 drones were shot down by Ukrainian forces"); none when the sentence does not say.
 *
 * @example
 * countActor(factOf('The Air Force reported that Russia launched 145 drones.')); // 'Russia'
 */
export function countActor(fact: Fact): string | undefined {
	const sentence = fact.source.quote;
	const pattern = COUNT_ACTIONS.find(([, action]) => action === fact.detail)?.[0];
	if (!pattern) return undefined;
	const before = sentence.slice(Math.max(0, fact.span[0] - LOOK_BACK), fact.span[0]);
	const verb = [...before.matchAll(new RegExp(pattern.source, 'gi'))].pop();
	if (verb && VERB_FORM.test(verb[0])) {
		const subject = before
			.slice(0, verb.index)
			.replace(TRAILING_WORDS, '')
			.replace(/\s+to\s*$/, '');
		const actor = subject.replace(LEADING_WORDS, '').trim().split(/\s+/).slice(-3).join(' ');
		return /\p{L}/u.test(actor) && !NOT_ACTOR_WORDS.test(actor) ? actor : undefined;
	}
	const after = sentence.slice(fact.span[1], fact.span[1] + LOOK_BACK);
	const passive = /^\s+(?:were|was|had been|have been)\s+(?:\w+\s+){1,2}?(?=by\b)/i.exec(after);
	return passive ? PASSIVE_BY.exec(after.slice(passive[0].length))?.[1]?.replace(/^the\s+/i, '') : undefined;
}

/**
 * Whether a count answers a "how many" question's actor: false when the question asks what one side did
 * ("did Ukraine launch") and the sentence counts what another did ("Russia launched"), while the side asked
 * about is named nearby (`nearby`: stems of the paragraph, made only when needed), so the report speaks of it in
 * another role.
 */
export function sameActor(question: string, fact: Fact, nearby: () => Iterable<string>): boolean {
	const asked = actorStems(askedActor(question));
	const actual = actorStems(countActor(fact));
	if (asked.length === 0 || actual.length === 0) return true;
	if (asked.some((a) => actual.some((b) => related(a, b)))) return true;
	const near = [...nearby()];
	return !asked.some((a) => near.some((b) => related(a, b)));
}

function actorStems(actor: string | undefined): string[] {
	const stems = contentStems(actor ?? '');
	const specific = stems.filter((s) => !NOT_ACTORS.has(s));
	return specific.length > 0 ? specific : stems;
}

/** "ukrain" and "ukrainian", "russia" and "russian": one is the other's beginning. */
function related(a: string, b: string): boolean {
	return a.length >= 3 && b.length >= 3 && (a.startsWith(b) || b.startsWith(a));
}
