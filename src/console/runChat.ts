import { createInterface } from 'node:readline';
import { UserError } from '../core/errors.ts';
import type { SummaryOptions } from '../core/Factdesk.ts';
import type { ReportInfo, SummaryLength } from '../core/types.ts';
import type { AsyncFactdesk } from '../engine/AsyncFactdesk.ts';
import { askInConversation, type Conversation, formatChatAnswer } from './askInConversation.ts';
import { completeChatLine } from './completeChatLine.ts';
import { consoleText } from './consoleText.ts';
import { formatFacts } from './formatFacts.ts';
import { formatParagraph } from './formatParagraph.ts';
import { formatReports } from './formatReports.ts';
import { formatSummary } from './formatSummary.ts';
import { type ChatCommand, parseChatCommand } from './parseChatCommand.ts';
import { terminalText } from './terminalText.ts';

export interface ChatOptions {
	factdesk: AsyncFactdesk;
	input: NodeJS.ReadableStream;
	output: NodeJS.WritableStream;
	/**
	 * Show a "> " prompt before each line (for a person at a terminal). When `input` is a terminal too, the line is
	 * read in readline's terminal mode: arrow keys edit and go through the history, Tab completes commands and report ids.
	 */
	prompt?: boolean;
	/** Called with errors that are not the user's (bugs); the user sees an apology. */
	onError?: (error: unknown) => void;
	/** `/reports add PATH|URL`: adds the report and says what was understood (absent: the command is not offered). */
	addReport?: (target: string) => Promise<string>;
}

/** Lines kept in the terminal's history (arrow up and down). */
const HISTORY_SIZE = 1000;

/** Facts listed at most in one chat reply. */
export const CHAT_FACTS_LIMIT = 20;

/**
 * The console chat: answers each line of `input` on `output` until the input ends; the same commands as the bot.
 *
 * @example
 * await runChat({ factdesk: toAsyncFactdesk(createFactdesk(reports)), input: process.stdin, output: process.stdout });
 */
export async function runChat(options: ChatOptions): Promise<void> {
	const { factdesk, input, output, prompt = false } = options;
	const terminal = prompt && (input as { isTTY?: boolean }).isTTY === true;
	// Read before the interface exists: lines that arrive before the loop below starts would be lost.
	const reportIds = await factdesk.reports().then(
		(reports) => reports.map((r) => r.id),
		() => [],
	);
	const lines = createInterface({
		input,
		crlfDelay: Number.POSITIVE_INFINITY,
		...(terminal
			? {
					output,
					terminal: true,
					historySize: HISTORY_SIZE,
					removeHistoryDuplicates: true,
					completer: (line: string) => completeChatLine(line, reportIds),
				}
			: { terminal: false }),
	});
	lines.setPrompt('> ');
	const showPrompt = () => {
		if (terminal) lines.prompt();
		else if (prompt) output.write('> ');
	};
	showPrompt();
	const conversation: Conversation = {};
	for await (const line of lines) {
		const command = parseChatCommand(line);
		if (command.name === 'quit') break;
		if (command.name !== 'empty')
			output.write(`${terminalText(await reply(factdesk, command, conversation, options))}\n\n`);
		showPrompt();
	}
	lines.close();
}

async function reply(
	factdesk: AsyncFactdesk,
	command: ChatCommand,
	conversation: Conversation,
	{ onError, addReport }: ChatOptions,
): Promise<string> {
	try {
		if (command.name === 'ask') return await askInConversation(factdesk, command.question, conversation);
		if (command.name === 'reports-add')
			return addReport ? await addReport(command.target) : consoleText.chat.unknownCommand('reports add');
		return await run(factdesk, command);
	} catch (error) {
		if (error instanceof UserError) return error.message;
		onError?.(error);
		return consoleText.apology;
	}
}

async function run(factdesk: AsyncFactdesk, command: ChatCommand): Promise<string> {
	switch (command.name) {
		case 'ask':
			return formatChatAnswer(await factdesk.ask(command.question), await factdesk.reports());
		case 'summary': {
			const reports = await factdesk.reports();
			return formatSummary(await factdesk.summarise(summaryOptions(reports, command)), reports);
		}
		case 'facts': {
			const { kind, about } = command;
			return formatFacts(
				await factdesk.facts({ ...(kind ? { kind } : {}), ...(about ? { about } : {}) }),
				await factdesk.reports(),
				CHAT_FACTS_LIMIT,
			);
		}
		case 'source':
			return formatParagraph(await factdesk.paragraph(command.paragraph, command.report));
		case 'source-usage':
			return consoleText.chat.sourceUsage;
		case 'reports':
			return formatReports(await factdesk.reports());
		case 'reports-add':
			return '';
		case 'help':
			return consoleText.chat.help;
		case 'quit':
			return '';
		case 'unknown':
			return consoleText.chat.unknownCommand(command.command);
		case 'empty':
			return '';
	}
}

/** "/summary short energy-truce-strikes casualties": a first topic word that is a report id picks the report. */
function summaryOptions(
	reports: ReportInfo[],
	{ length, topic }: { length?: SummaryLength; topic?: string },
): SummaryOptions {
	const [first = '', ...others] = topic?.split(' ') ?? [];
	const report = reports.find((r) => r.id === first.toLowerCase())?.id;
	const about = report ? others.join(' ') : topic;
	return { ...(length ? { length } : {}), ...(about ? { topic: about } : {}), ...(report ? { report } : {}) };
}
