import { FACT_KINDS, SUMMARY_LENGTHS } from '../core/types.ts';

/** The console chat's commands, as typed. */
export const CHAT_COMMANDS = ['/ask', '/summary', '/facts', '/source', '/reports', '/help', '/quit', '/exit'] as const;

/**
 * Tab completion for the console chat (readline's completer): a command name after "/", then what that command takes
 * next (a summary length or a report id, a fact kind, a report id after a paragraph number).
 *
 * @example
 * completeChatLine('/fa', []); // [['/facts'], '/fa']
 * completeChatLine('/source 3 en', ['energy-truce-strikes']); // [['energy-truce-strikes'], 'en']
 */
export function completeChatLine(line: string, reportIds: readonly string[]): [string[], string] {
	const words = line.split(/\s+/);
	const last = words[words.length - 1] ?? '';
	if (words.length === 1) {
		if (!last.startsWith('/')) return [[], last];
		return [CHAT_COMMANDS.filter((c) => c.startsWith(last.toLowerCase())), last];
	}
	const command = words[0]?.toLowerCase();
	const candidates: readonly string[] =
		command === '/summary' && words.length === 2
			? [...SUMMARY_LENGTHS, ...reportIds]
			: command === '/summary' && words.length === 3
				? reportIds
				: command === '/facts' && words.length === 2
					? FACT_KINDS
					: command === '/source' && words.length === 3
						? reportIds
						: [];
	return [candidates.filter((c) => c.startsWith(last.toLowerCase())), last];
}
