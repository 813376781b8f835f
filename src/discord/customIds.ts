import type { FactKind } from '../core/types.ts';
import { FACT_KINDS } from '../core/types.ts';
import { VOTES, type Vote } from '../storage/Feedback.ts';
import { LIMITS } from './fitMessage.ts';

/** What a button asks for; encoded into its custom_id so that no state is kept between clicks. */
export type ButtonAction =
	| { kind: 'paragraph'; report: string; paragraph: number }
	| { kind: 'alternative'; report: string; paragraph: number; start: number; end: number }
	| { kind: 'facts'; page: number; factKind?: FactKind; about?: string }
	| { kind: 'vote'; vote: Vote; answerId: string };

/** Discord's limit on a component custom_id. */
export const CUSTOM_ID_MAX = LIMITS.customId;

/**
 * Encodes a button action in at most 100 characters (a long `about` is cut).
 *
 * @example
 * encodeCustomId({ kind: 'paragraph', report: 'truce', paragraph: 3 }); // 'para:3:truce'
 */
export function encodeCustomId(action: ButtonAction): string {
	switch (action.kind) {
		case 'paragraph':
			return `para:${action.paragraph}:${action.report}`.slice(0, CUSTOM_ID_MAX);
		case 'alternative':
			return `alt:${action.paragraph}:${action.start}:${action.end}:${action.report}`.slice(0, CUSTOM_ID_MAX);
		case 'vote':
			return `vote:${action.vote}:${action.answerId}`.slice(0, CUSTOM_ID_MAX);
		case 'facts': {
			const head = `facts:${action.page}:${action.factKind ?? ''}:`;
			return head + (action.about ?? '').slice(0, CUSTOM_ID_MAX - head.length);
		}
	}
}

const wholeNumber = (text: string | undefined): number | undefined =>
	text !== undefined && /^\d{1,9}$/.test(text) ? Number(text) : undefined;

/** Reads a custom_id written by encodeCustomId; undefined for anything else. */
export function decodeCustomId(customId: string): ButtonAction | undefined {
	const [prefix, ...parts] = customId.split(':');
	if (prefix === 'para') {
		const paragraph = wholeNumber(parts[0]);
		const report = parts.slice(1).join(':');
		return paragraph && report ? { kind: 'paragraph', report, paragraph } : undefined;
	}
	if (prefix === 'alt') {
		const [paragraph, start, end] = parts.slice(0, 3).map(wholeNumber);
		const report = parts.slice(3).join(':');
		if (!paragraph || start === undefined || end === undefined || !report) return undefined;
		return { kind: 'alternative', report, paragraph, start, end };
	}
	if (prefix === 'vote') {
		const vote = VOTES.find((v) => v === parts[0]);
		const answerId = parts.slice(1).join(':');
		return vote && /^[\w-]{1,40}$/.test(answerId) ? { kind: 'vote', vote, answerId } : undefined;
	}
	if (prefix === 'facts') {
		const page = wholeNumber(parts[0]);
		const kind = FACT_KINDS.find((k) => k === parts[1]);
		if (page === undefined || (parts[1] && !kind)) return undefined;
		const about = parts.slice(2).join(':');
		return { kind: 'facts', page, ...(kind && { factKind: kind }), ...(about && { about }) };
	}
	return undefined;
}
