import { describe, expect, test } from 'vitest';
import { commands } from '../../src/discord/commands/index.ts';
import { COMMAND_LOCALES, localiseCommand } from '../../src/discord/commands/localiseCommand.ts';
import { COMMAND_PATHS } from '../../src/discord/wording/CommandWording.ts';
import { en } from '../../src/discord/wording/en.ts';
import { inLocale, WORDING, wording, wordingFor } from '../../src/discord/wording/wording.ts';

const sample = (value: unknown): string =>
	typeof value === 'function' ? String(value(1, 2, 3, 'x', 'y', 'z')) : String(value);

describe('the bot’s wording in every locale', () => {
	test('every locale has every key of the English wording, each a non-empty text of the same kind', () => {
		const locales = Object.entries(WORDING);
		expect(locales.map(([l]) => l).sort()).toEqual(['de', 'en-GB', 'en-US', 'es-ES', 'fr', 'pl', 'uk']);
		for (const [locale, text] of locales) {
			expect(Object.keys(text).sort(), locale).toEqual(Object.keys(en).sort());
			for (const key of Object.keys(en) as (keyof typeof en)[]) {
				expect(typeof text[key], `${locale}.${key}`).toBe(typeof en[key]);
				expect(sample(text[key]).trim(), `${locale}.${key}`).not.toBe('');
			}
		}
	});

	test('a translation is used where one exists; a region falls back to its language, anything else to English', () => {
		expect(wordingFor('de').showParagraph).toBe('Absatz zeigen');
		expect(wordingFor('es-419').showParagraph).toBe('Ver párrafo');
		expect(wordingFor('ja')).toBe(en);
		expect(wordingFor(undefined)).toBe(en);
		expect(inLocale('uk', () => wording().next)).toBe('Далі');
		expect(wording()).toBe(en);
	});
});

describe('command names and descriptions in every locale', () => {
	const paths: string[] = [];
	const walk = (item: { name: string; options?: unknown[] }, path: string) => {
		paths.push(path);
		for (const option of (item.options ?? []) as { name: string; options?: unknown[] }[])
			walk(option, `${path}.${option.name}`);
	};
	for (const command of commands) if ((command.data.type ?? 1) === 1) walk(command.data, command.data.name);

	test('the translated paths are exactly the commands, subcommands and options there are', () => {
		expect([...COMMAND_PATHS].sort()).toEqual([...paths].sort());
	});

	test('every locale names every command and option in Discord’s pattern, lowercase, described in 1-100 characters', () => {
		const pattern = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
		for (const [locale, text] of Object.entries(COMMAND_LOCALES)) {
			for (const path of COMMAND_PATHS) {
				const [name, description] = text.slash[path];
				expect(pattern.test(name) && name === name.toLowerCase(), `${locale} ${path} "${name}"`).toBe(true);
				expect(description.length, `${locale} ${path}`).toBeGreaterThan(0);
				expect(description.length, `${locale} ${path}`).toBeLessThanOrEqual(100);
			}
			expect(text.askMessage.length).toBeLessThanOrEqual(32);
		}
	});

	test('a localised option keeps its English name, so the bot reads the interaction as before', () => {
		const ask = localiseCommand(commands[0]?.data ?? ({} as never)) as { name: string; options: { name: string }[] };
		expect(ask.name).toBe('ask');
		expect(ask.options.map((o) => o.name)).toEqual(['question', 'private', 'thread']);
	});
});
