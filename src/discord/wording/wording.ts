import { AsyncLocalStorage } from 'node:async_hooks';
import { de } from './de.ts';
import { en, type Wording } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { pl } from './pl.ts';
import { uk } from './uk.ts';

/** The bot's wording by Discord locale; a locale not listed (or a region of one, e.g. es-419) falls back. */
export const WORDING: Readonly<Record<string, Wording>> = { 'en-US': en, 'en-GB': en, de, fr, 'es-ES': es, pl, uk };

const current = new AsyncLocalStorage<Wording>();

/**
 * The wording for a Discord locale: the locale's own, else its language's (es-419 → es-ES), else English.
 *
 * @example
 * wordingFor('de').previous; // 'Zurück'
 */
export function wordingFor(locale: string | undefined): Wording {
	if (!locale) return en;
	const language = locale.split('-')[0] ?? locale;
	return WORDING[locale] ?? WORDING[language] ?? WORDING[`${language}-${language.toUpperCase()}`] ?? en;
}

/** Runs `work` with the wording of `locale` (the member's `interaction.locale`) as what wording() returns. */
export function inLocale<T>(locale: string | undefined, work: () => T): T {
	return current.run(wordingFor(locale), work);
}

/** The wording of the member being answered now (set by inLocale), English outside of it. */
export function wording(): Wording {
	return current.getStore() ?? en;
}
