import type { OptionValue } from './payloads.ts';

/** Option builders, by Discord's option types. */
export const opt = {
	string: (name: string, value: string, focused?: boolean): OptionValue => ({
		name,
		type: 3,
		value,
		...(focused && { focused }),
	}),
	integer: (name: string, value: number): OptionValue => ({ name, type: 4, value }),
	boolean: (name: string, value: boolean): OptionValue => ({ name, type: 5, value }),
	channel: (name: string, value: string): OptionValue => ({ name, type: 7, value }),
	number: (name: string, value: number): OptionValue => ({ name, type: 10, value }),
	attachment: (name: string, id: string): OptionValue => ({ name, type: 11, value: id }),
	subcommand: (name: string, options: OptionValue[] = []): OptionValue => ({ name, type: 1, options }),
};

/** Discord's ephemeral message flag. */
export const EPHEMERAL = 64;
