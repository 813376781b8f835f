import type { LocalizationMap } from 'discord.js';
import type { CommandPath, CommandWording } from '../wording/CommandWording.ts';
import { deCommands } from '../wording/de.ts';
import { esCommands } from '../wording/es.ts';
import { frCommands } from '../wording/fr.ts';
import { plCommands } from '../wording/pl.ts';
import { ukCommands } from '../wording/uk.ts';
import type { Command } from './Command.ts';

/** The Discord locales the commands are translated into, with their wording. */
export const COMMAND_LOCALES: Readonly<Record<string, CommandWording>> = {
	de: deCommands,
	fr: frCommands,
	'es-ES': esCommands,
	pl: plCommands,
	uk: ukCommands,
};

interface Named {
	name: string;
	description?: string;
	options?: readonly Named[];
}

function localisations(path: string, part: 0 | 1): LocalizationMap | undefined {
	const entries = Object.entries(COMMAND_LOCALES).flatMap(([locale, wording]) => {
		const text = wording.slash[path as CommandPath]?.[part];
		return text ? [[locale, text] as const] : [];
	});
	return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function localise<T extends Named>(item: T, path: string): T {
	const names = localisations(path, 0);
	const descriptions = localisations(path, 1);
	return {
		...item,
		...(names && { name_localizations: names }),
		...(descriptions && { description_localizations: descriptions }),
		...(item.options && { options: item.options.map((o) => localise(o, `${path}.${o.name}`)) }),
	};
}

/**
 * A command's registration body with `name_localizations` and `description_localizations` for every command,
 * subcommand and option (the message command gets its localised name only: it has no description). The command
 * definitions stay plain English data; the translations live in one wording module per locale.
 *
 * @example
 * localiseCommand(ask.data).name_localizations; // { de: 'fragen', fr: 'demander', 'es-ES': 'preguntar', … }
 */
export function localiseCommand(data: Command['data']): Command['data'] {
	if (data.type !== undefined && data.type !== 1) {
		const names = Object.fromEntries(Object.entries(COMMAND_LOCALES).map(([l, w]) => [l, w.askMessage]));
		return { ...data, name_localizations: names };
	}
	return localise(data as Named, data.name) as Command['data'];
}
