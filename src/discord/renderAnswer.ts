import {
	type APIActionRowComponent,
	type APIButtonComponent,
	type APIEmbed,
	ButtonStyle,
	ComponentType,
} from 'discord.js';
import { resolveRelativeDate } from '../core/resolveRelativeDate.ts';
import type { Alternative, Answer, SourceRef } from '../core/types.ts';
import { encodeCustomId } from './customIds.ts';
import type { Outgoing } from './fitMessage.ts';
import { plainText, safeLink } from './plainText.ts';
import { wording } from './wording/wording.ts';

const MAX_ALTERNATIVES = 3;

/** The quote with the span [start, end) in bold, everything escaped so that it shows as written (plainText). */
export function boldSpan(quote: string, span?: readonly [number, number]): string {
	if (!span || span[0] >= span[1] || span[1] > quote.length) return plainText(quote);
	const [start, end] = span;
	const inner = quote.slice(start, end);
	const lead = inner.length - inner.trimStart().length;
	const trail = inner.length - inner.trimEnd().length;
	if (inner.trim() === '') return plainText(quote);
	return `${plainText(quote.slice(0, start + lead))}**${plainText(inner.trim())}**${plainText(quote.slice(end - trail))}`;
}

function highlightOf(answer: Answer, quote: string): [number, number] | undefined {
	if (answer.highlight) return answer.highlight;
	const at = answer.answer ? quote.toLowerCase().indexOf(answer.answer.toLowerCase()) : -1;
	return at >= 0 ? [at, at + answer.answer.length] : undefined;
}

function button(
	label: string,
	customId: string,
	style: ButtonStyle.Primary | ButtonStyle.Secondary = ButtonStyle.Secondary,
): APIButtonComponent {
	return { type: ComponentType.Button, style, label, custom_id: customId };
}

function alternativesRow(alternatives: Alternative[]): APIActionRowComponent<APIButtonComponent>[] {
	const seen = new Set<string>();
	const buttons: APIButtonComponent[] = [];
	for (const alternative of alternatives) {
		const { report, paragraph, start, end } = alternative.source;
		const id = encodeCustomId({ kind: 'alternative', report, paragraph, start, end });
		if (seen.has(id) || alternative.question.trim() === '') continue;
		seen.add(id);
		buttons.push(button(alternative.question, id));
		if (buttons.length === MAX_ALTERNATIVES) break;
	}
	return buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
}

/** 👍 and 👎 for the answer kept as `answerId`. */
function voteButtons(answerId: string): APIButtonComponent[] {
	return (['up', 'down'] as const).map((vote) => ({
		type: ComponentType.Button,
		style: ButtonStyle.Secondary,
		emoji: { name: vote === 'up' ? '👍' : '👎' },
		custom_id: encodeCustomId({ kind: 'vote', vote, answerId }),
	}));
}

/** A "Show paragraph" button for paragraph `paragraph` of report `report`. */
export function paragraphButton(report: string, paragraph: number): APIActionRowComponent<APIButtonComponent> {
	const id = encodeCustomId({ kind: 'paragraph', report, paragraph });
	return { type: ComponentType.ActionRow, components: [button(wording().showParagraph, id, ButtonStyle.Primary)] };
}

function withVotes(
	row: APIActionRowComponent<APIButtonComponent>,
	answerId: string | undefined,
): APIActionRowComponent<APIButtonComponent> {
	return answerId ? { ...row, components: [...row.components, ...voteButtons(answerId)] } : row;
}

export interface AnswerView {
	/** Title of a report by id. */
	titleOf: (id: string) => string;
	/** Below this confidence, offer the alternatives as "Did you mean" buttons. */
	threshold: number;
	/** The earlier question this one followed up on. */
	followed?: string;
	/** The id the answer is kept under for votes: adds 👍 / 👎 buttons. */
	answerId?: string;
	/** A report's published date: a "when" answer in relative words ("on Sunday") is shown as the date it means. */
	publishedOf?: (id: string) => string | undefined;
	/** The source article of a report, when it has one: the embed links it. */
	linkOf?: (id: string) => string | undefined;
	/** In a server with reports of its own: whether a report is the server's or a shared one (named with the source). */
	scopeOf?: (id: string) => 'server' | 'shared';
}

/**
 * Turns an Answer into a Discord reply: the short answer, the quoted sentence with the answering words in bold,
 * its source and the confidence, conflicting figures side by side, a "Show paragraph" button and, when unsure,
 * "Did you mean" buttons. A declined answer says the report does not say and names the closest topics.
 */
export function renderAnswer(answer: Answer, view: AnswerView): Outgoing {
	const source = answer.sources[0];
	const followed = view.followed ? `${wording().followingUp(plainText(view.followed))}\n` : '';
	if (!answer.answered || !source) {
		const votes = view.answerId
			? [{ type: ComponentType.ActionRow as const, components: voteButtons(view.answerId) }]
			: [];
		return {
			content: `${followed}${wording().notInReport(answer.closestTopics)}`,
			components: [...alternativesRow(answer.alternatives), ...votes],
		};
	}
	const where = (ref: SourceRef) => wording().sourceLine(view.titleOf(ref.report), ref.paragraph);
	const scope = view.scopeOf?.(source.report);
	const named = scope ? ` (${scope === 'server' ? wording().reports.fromServer : wording().reports.fromShared})` : '';
	const url = safeLink(view.linkOf?.(source.report));
	const embeds: APIEmbed[] = [
		{
			title: answer.answer ? plainText(shortAnswer(answer, view.publishedOf?.(source.report))) : wording().answerTitle,
			...(url && { url }),
			description: `> ${boldSpan(source.quote, highlightOf(answer, source.quote))}`,
			fields: [
				{ name: wording().sourceField, value: `${plainText(where(source))}${named}`, inline: true },
				{
					name: wording().confidenceField,
					value: wording().confidence(Math.round(answer.confidence * 100)),
					inline: true,
				},
			],
			footer: { text: view.followed ? wording().followUpFooter(answer.question, view.followed) : answer.question },
		},
	];
	if (answer.conflicts.length > 0) {
		const figures = [{ text: answer.answer, source }, ...answer.conflicts].slice(0, 3);
		embeds.push({
			title: wording().conflictsTitle,
			fields: figures.map((figure, i) => ({
				name: wording().conflictField(i + 1),
				value: `**${plainText(figure.text)}**\n> ${plainText(figure.source.quote)}\n${plainText(where(figure.source))}`,
				inline: true,
			})),
		});
	}
	const unsure = answer.confidence < view.threshold && answer.alternatives.length > 0;
	return {
		...((unsure || followed) && { content: `${followed}${unsure ? wording().lowConfidence : ''}`.trim() }),
		embeds,
		components: [
			withVotes(paragraphButton(source.report, source.paragraph), view.answerId),
			...(unsure ? alternativesRow(answer.alternatives) : []),
		],
	};
}

/** The short answer; a "when" answer in relative words, as the absolute date with the report's words quoted. */
function shortAnswer(answer: Answer, published: string | undefined): string {
	return (answer.type === 'when' && resolveRelativeDate(answer.answer, published)) || answer.answer;
}
