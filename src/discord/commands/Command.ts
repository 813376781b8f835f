import type {
	ApplicationCommandOptionChoiceData,
	AutocompleteInteraction,
	ChatInputCommandInteraction,
	MessageContextMenuCommandInteraction,
	RESTPostAPIChatInputApplicationCommandsJSONBody,
	RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { BotContext } from '../BotContext.ts';

/** A slash command: its registration data beside its handler. */
export interface SlashCommand {
	kind: 'slash';
	data: RESTPostAPIChatInputApplicationCommandsJSONBody;
	/** True when the command answers only in the channels the server allows. */
	followsChannelSettings: boolean;
	execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
	/** The choices for what the member is typing; handleInteraction sends them (through the autocomplete gate). */
	autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<ApplicationCommandOptionChoiceData[]>;
}

/** A message context menu command (right-click a message › Apps). */
export interface MessageMenuCommand {
	kind: 'message';
	data: RESTPostAPIContextMenuApplicationCommandsJSONBody;
	followsChannelSettings: boolean;
	execute(interaction: MessageContextMenuCommandInteraction, ctx: BotContext): Promise<void>;
}

export type Command = SlashCommand | MessageMenuCommand;
