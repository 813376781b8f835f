/** Every command, subcommand and option, by its path of English names ("config.channel.mode"). */
export const COMMAND_PATHS = [
	'ask',
	'ask.question',
	'ask.private',
	'ask.thread',
	'summary',
	'summary.length',
	'summary.topic',
	'summary.report',
	'facts',
	'facts.kind',
	'facts.about',
	'source',
	'source.paragraph',
	'source.report',
	'help',
	'config',
	'config.channel',
	'config.channel.channel',
	'config.channel.mode',
	'config.threshold',
	'config.threshold.value',
	'config.show',
	'config.reset',
	'config.unanswered',
	'config.feedback',
	'config.reload',
	'reports',
	'reports.add',
	'reports.add.file',
	'reports.add.url',
	'reports.list',
	'reports.list.page',
	'reports.remove',
	'reports.remove.report',
] as const;
export type CommandPath = (typeof COMMAND_PATHS)[number];

/**
 * A locale's names and descriptions of the commands: [name, description] by path, and the name of the message
 * command "Ask factdesk". Slash command and option names are lowercase, 1-32 letters, digits, - or _.
 */
export interface CommandWording {
	slash: Readonly<Record<CommandPath, readonly [name: string, description: string]>>;
	askMessage: string;
}
