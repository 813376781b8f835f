import { randomBytes } from 'node:crypto';
import { UserError } from '../core/errors.ts';
import { type PreviousQuestion, resolveFollowUp } from '../core/resolveFollowUp.ts';
import type { Answer } from '../core/types.ts';
import { type AnswerRecord, DIRECT_MESSAGES } from '../storage/Feedback.ts';
import { DEFAULT_THRESHOLD } from '../storage/SettingsStore.ts';
import type { BotContext } from './BotContext.ts';
import type { Outgoing } from './fitMessage.ts';
import { renderAnswer } from './renderAnswer.ts';
import { reportLink, reportPublished, reportScope, reportTitle } from './reportTitle.ts';
import { wording } from './wording/wording.ts';

/** Questions are cut to this many characters before matching. */
export const MAX_QUESTION_CHARS = 300;

/** Trims a question and cuts a very long one; throws UserError when nothing is left. */
export function cleanQuestion(raw: string): string {
	const question = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUESTION_CHARS).trim();
	if (question === '') throw new UserError(wording().emptyQuestion);
	return question;
}

/** Throws UserError when `userId` asked within the cooldown. */
export function checkAskCooldown(ctx: BotContext, userId: string): void {
	const waitMs = ctx.askCooldown.take(userId);
	if (waitMs > 0) throw new UserError(wording().cooldown(Math.ceil(waitMs / 1000)));
}

export interface AskOptions {
	/** Log a declined question for `/config unanswered` (default true). */
	logDeclined?: boolean;
	/** The conversation's previous question: a follow-up is read with it as context. */
	previous?: PreviousQuestion;
	/** Keep the answer for votes now (default true); otherwise the caller calls keepAnswer once it is shown. */
	keep?: boolean;
}

export interface Asked {
	answer: Answer;
	reply: Outgoing;
	/** The question as this conversation remembers it, for the next follow-up. */
	remembered: PreviousQuestion;
	/** The answer as kept for votes. */
	record: AnswerRecord;
}

/**
 * Keeps an answer shown in `guildId` (or a DM) so that members can vote on it; a database that fails costs the
 * member nothing but the vote.
 */
export async function keepAnswer(ctx: BotContext, guildId: string | null, record: AnswerRecord): Promise<void> {
	const guild = guildId ?? DIRECT_MESSAGES;
	await ctx.store
		.recordAnswer(guild, record)
		.catch((error: unknown) => ctx.logger.warn({ err: error, guild }, 'could not keep an answer for votes'));
}

/**
 * Asks the core and renders the answer with the server's threshold; a declined question is logged for
 * `/config unanswered` when `guildId` is given and `logDeclined` is not false. A follow-up of `previous` is
 * rewritten first (resolveFollowUp) and the answer says which question it followed.
 */
export async function askQuestion(
	ctx: BotContext,
	raw: string,
	guildId: string | null,
	{ logDeclined = true, previous, keep = true }: AskOptions = {},
): Promise<Asked> {
	const asked = cleanQuestion(raw);
	const { question, followed } = resolveFollowUp(asked, previous);
	const factdesk = ctx.factdeskFor(guildId);
	const answer = await factdesk.ask(question, followed?.report);
	ctx.interactions.noteAnswer(question, answer);
	if (!answer.answered && guildId && logDeclined) {
		// The log is for moderators; a full disk or a database that fails must not cost the member the answer.
		await ctx.store
			.logUnanswered(guildId, question)
			.catch((error: unknown) =>
				ctx.logger.warn({ err: error, guild: guildId }, 'could not log an unanswered question'),
			);
	}
	const scopeOf = await reportScope(factdesk, ctx.factdesk);
	const threshold = guildId ? (await ctx.store.get(guildId)).threshold : DEFAULT_THRESHOLD;
	const answerId = randomBytes(9).toString('base64url');
	const reply = renderAnswer(answer, {
		threshold,
		titleOf: await reportTitle(factdesk),
		linkOf: await reportLink(factdesk),
		publishedOf: await reportPublished(factdesk),
		...(scopeOf && { scopeOf }),
		answerId,
		...(followed && { followed: followed.asked }),
	});
	const source = answer.sources[0];
	const record: AnswerRecord = {
		answerId,
		question,
		answered: answer.answered,
		answer: answer.answer,
		confidence: answer.confidence,
		...(source && {
			source: { report: source.report, paragraph: source.paragraph, sentence: source.sentence, quote: source.quote },
		}),
	};
	if (keep) await keepAnswer(ctx, guildId, record);
	const remembered = {
		asked,
		resolved: question,
		at: Date.now(),
		...(source && { report: source.report }),
		...(answer.answered && { answer: answer.answer }),
	};
	return { answer, reply, remembered, record };
}
