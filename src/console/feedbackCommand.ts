import type { AnswerFeedback } from '../storage/Feedback.ts';
import { openSettingsStore } from '../storage/openSettingsStore.ts';
import { consoleText } from './consoleText.ts';
import { parseCliOptions } from './parseCliOptions.ts';

/** The most answers exported by default. */
const DEFAULT_LIMIT = 1000;

/**
 * An answer voted wrong in the `ask --json` shape, with its votes, so that it can become a test case:
 * `{"question","answered","answer","confidence","sources":[…],"alternatives":[],"conflicts":[],"votes":{"up","down"}}`.
 */
export function toJsonFeedback(feedback: AnswerFeedback): object {
	return {
		question: feedback.question,
		answered: feedback.answered,
		answer: feedback.answer,
		confidence: feedback.confidence,
		sources: feedback.source ? [feedback.source] : [],
		alternatives: [],
		conflicts: [],
		votes: { up: feedback.up, down: feedback.down },
	};
}

/**
 * `feedback [--guild ID] [--limit N] [--database FILE] [--database-url URL]`: the answers members voted wrong, most
 * 👎 first, as JSON lines; the database is the bot's (DATABASE_URL, else DATABASE_PATH) unless given.
 *
 * @example
 * await feedbackCommand(['--guild', '123'], { stdout: process.stdout, env: process.env });
 */
export async function feedbackCommand(
	args: string[],
	{ stdout, env }: { stdout: NodeJS.WritableStream; env: NodeJS.ProcessEnv },
): Promise<void> {
	const values = parseCliOptions(
		args,
		{
			guild: { type: 'string' },
			limit: { type: 'string' },
			database: { type: 'string' },
			'database-url': { type: 'string' },
		},
		consoleText.cli.feedbackUsage,
	);
	const limit = values.limit === undefined ? DEFAULT_LIMIT : Number(values.limit);
	if (!Number.isInteger(limit) || limit < 1)
		throw new Error(`${consoleText.cli.badLimit}\n${consoleText.cli.feedbackUsage}`);
	const databaseUrl = values['database-url'] ?? (values.database ? undefined : env.DATABASE_URL);
	const store = await openSettingsStore({
		databasePath: values.database ?? env.DATABASE_PATH ?? 'data/factdesk.sqlite',
		...(databaseUrl && { databaseUrl }),
	});
	try {
		const wrong = await store.wrongAnswers(values.guild, limit);
		stdout.write(wrong.map((f) => `${JSON.stringify(toJsonFeedback(f))}\n`).join(''));
	} finally {
		await store.close();
	}
}
