import { FACT_KINDS, type FactKind, SUMMARY_LENGTHS, type SummaryLength } from '../core/types.ts';

export type ChatCommand =
	| { name: 'empty' }
	| { name: 'ask'; question: string }
	| { name: 'summary'; length?: SummaryLength; topic?: string }
	| { name: 'facts'; kind?: FactKind; about?: string }
	| { name: 'source'; paragraph: number; report?: string }
	| { name: 'source-usage' }
	| { name: 'reports' }
	| { name: 'reports-add'; target: string }
	| { name: 'help' }
	| { name: 'quit' }
	| { name: 'unknown'; command: string };

const KIND_ALIASES = new Map<string, FactKind>(
	Object.entries({
		counts: 'count',
		numbers: 'count',
		figures: 'count',
		casualties: 'casualty',
		people: 'person',
		persons: 'person',
		places: 'place',
		organisations: 'organisation',
		organization: 'organisation',
		organizations: 'organisation',
		dates: 'date',
		quotes: 'quote',
		attributions: 'attribution',
		claims: 'claim',
	} satisfies Record<string, FactKind>),
);

/**
 * Reads one line of the console chat: a slash command with its arguments, or a question.
 *
 * @example
 * parseChatCommand('/facts people Zelensky'); // { name: 'facts', kind: 'person', about: 'Zelensky' }
 * parseChatCommand('who spoke?'); // { name: 'ask', question: 'who spoke?' }
 */
export function parseChatCommand(line: string): ChatCommand {
	const text = line.trim();
	if (!text) return { name: 'empty' };
	if (!text.startsWith('/')) return { name: 'ask', question: text };
	const [head = '', ...words] = text.slice(1).split(/\s+/);
	const command = head.toLowerCase();
	const rest = (from: number) => words.slice(from).join(' ') || undefined;
	switch (command) {
		case 'ask':
			return rest(0) ? { name: 'ask', question: rest(0) ?? '' } : { name: 'empty' };
		case 'summary': {
			const length = SUMMARY_LENGTHS.find((l) => l === words[0]?.toLowerCase());
			const topic = rest(length ? 1 : 0);
			return { name: 'summary', ...(length ? { length } : {}), ...(topic ? { topic } : {}) };
		}
		case 'facts': {
			const kind = toFactKind(words[0]);
			const about = rest(kind ? 1 : 0);
			return { name: 'facts', ...(kind ? { kind } : {}), ...(about ? { about } : {}) };
		}
		case 'source': {
			const paragraph = /^\d{1,6}$/.test(words[0] ?? '') ? Number(words[0]) : 0;
			if (paragraph < 1) return { name: 'source-usage' };
			const report = words[1];
			return { name: 'source', paragraph, ...(report ? { report } : {}) };
		}
		case 'reports':
			if (words[0]?.toLowerCase() === 'add' && rest(1)) return { name: 'reports-add', target: rest(1) ?? '' };
			return { name: command };
		case 'help':
			return { name: command };
		case 'quit':
		case 'exit':
			return { name: 'quit' };
		default:
			return { name: 'unknown', command: head };
	}
}

/** "people" → 'person'; undefined when the word is no fact kind. */
export function toFactKind(word: string | undefined): FactKind | undefined {
	const lower = word?.toLowerCase() ?? '';
	return FACT_KINDS.find((k) => k === lower) ?? KIND_ALIASES.get(lower);
}
